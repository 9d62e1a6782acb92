/**
 * Speakers from the neighbouring paragraph. Most line breaks inside a paragraph are read as spaces
 * (`../softWraps.ts`), but a break after a closing bracket or a colon stays a break, and the line after it
 * may go on with the verb of a speaker named at the end of the line before:
 *
 *     白宫官员张伟明 (Mira Rapp)
 *     15日对媒体称，这件事“……”
 *
 * A paragraph that is only a quote may also be introduced by the paragraph after it
 * (`“……”` / `郑海波对记者说：“……”`). A unit sees only its own paragraphs, so this is a pass over
 * the finished quotes of the article, in document offsets. It is pure: a quote it changes is replaced by a new object (unit results are
 * remembered across analyses and must stay as they were), and so is the findings array.
 */
import type { Block, EntityMention, Finding, Quote } from '../types';
import { QUALIFIES } from './entitySubject';
import { firstAtOrAfter } from '../entities/shared';
import { TITLE } from './lexicon';
import { isSubjectless, parseSpeakerPhrase, type SpeakerPhrase } from './speakerPhrase';
import { findVerbs } from './verbScan';
import { clauseStart, sentenceEnd } from './view';

const SENTENCE_END = /[。！？!?；;]/;
/** A line that ends like this was not broken in the middle of a clause. */
const ENDS_CLAUSE = /[。！？!?；;：:，,、”」』]\s*$/;
/** `Edel）` opening a line: the rest of a gloss begun on the line before. */
const GLOSS_REST = /^\s*[A-Za-z][A-Za-z .'\-]*[）)]/;
/** Rules that a speaker named on the line before may replace. */
const WEAK = new Set(['carried', 'topic']);

/** The quotes with speakers found across line wraps, and the findings without their `quote.unattributed`. */
export function speakersAcrossWraps(text: string, blocks: readonly Block[], quotes: Quote[], findings: Finding[], named: readonly EntityMention[] = []): { quotes: Quote[]; findings: Finding[] } {
  let out: Quote[] | null = null;
  let b = 0;
  // the last quote given a new speaker: the quotes carried from its old speaker follow it
  let moved: { from: Quote; to: Quote } | null = null;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.kind !== 'speech') continue;
    while (b + 1 < blocks.length && blocks[b + 1].content.start <= q.start) b++;
    const wrap = speakerAcrossWrap(text, blocks, b, q);
    const next = wrap ? null : nextAfterQuoteOnly(text, blocks, b, q);
    const found = wrap ?? (next && (speakerAfter(text, next, quotes[i + 1]) ?? speakerLineNext(text, next, named) ?? personOpeningNext(text, next, named, spokeBefore(blocks, b, q)) ?? bodyOpeningNext(text, next, named) ?? pronounOpeningNext(text, next, blocks[b - 1], named)));
    if (!found) {
      if (moved && q.speakerVia === 'carried' && sameSpeaker(q, moved.from)) (out ??= quotes.slice())[i] = { ...q, speaker: moved.to.speaker, speakerSpan: moved.to.speakerSpan };
      else if (q.speaker) moved = null;
      continue;
    }
    out ??= quotes.slice();
    out[i] = { ...q, speaker: found.name, speakerSpan: { start: found.start, end: found.end }, speakerVia: wrap ? 'wrapped' : 'next-paragraph' };
    moved = { from: q, to: out[i] };
  }
  if (!out) return { quotes, findings };
  const done = new Set<number>();
  out.forEach((q, i) => { if (q !== quotes[i]) done.add(q.start); });
  return { quotes: out, findings: findings.filter((f) => f.code !== 'quote.unattributed' || !done.has(f.start)) };
}

/** The speaker named at the end of the line before the quote's line, when the quote's line goes on from it. */
function speakerAcrossWrap(text: string, blocks: readonly Block[], b: number, q: Quote): SpeakerPhrase | null {
  // only a quote without a speaker, with a weak one or with a pronoun's can take one from the line before (asked first: most have a speaker)
  if (q.speaker !== null && !WEAK.has(q.speakerVia ?? '') && q.speakerVia !== 'pronoun') return null;
  if (b === 0 || q.start < blocks[b].content.start || q.start >= blocks[b].content.end) return null;
  const prev = blocks[b - 1];
  const cur = blocks[b];
  if (prev.kind !== 'paragraph' || cur.kind !== 'paragraph') return null;
  if (!/^\r?\n$/.test(text.slice(prev.content.end, cur.content.start))) return null;
  const before = text.slice(prev.content.start, prev.content.end);
  const head = text.slice(cur.content.start, q.start);
  if (ENDS_CLAUSE.test(before) || SENTENCE_END.test(head)) return null;
  const gloss = GLOSS_REST.exec(head);
  if (gloss && q.speakerVia === 'pronoun') return nameAtEnd(before + gloss[0].trim(), prev.content.start, prev.content.end);
  if (q.speaker !== null && !WEAK.has(q.speakerVia ?? '')) return null;
  const verb = findVerbs(head)[0];
  if (!verb) return null;
  const clause = head.slice(0, verb.index);
  if (/[，,：:]/.test(clause) || !isSubjectless(clause)) return null;
  return nameAtEnd(before, prev.content.start, prev.content.end);
}

/** The person, body or role named by the last clause of `line` (document offset `at`, span kept before `limit`), after its last quotation. */
function nameAtEnd(line: string, at: number, limit: number): SpeakerPhrase | null {
  let from = clauseStart(line, line.length);
  const closer = Math.max(line.lastIndexOf('”'), line.lastIndexOf('」'), line.lastIndexOf('』'));
  if (closer >= from) from = closer + 1 + (line[closer + 1] === '的' ? 1 : 0);
  const p = parseSpeakerPhrase(line.slice(from));
  if (!p || p.cls === 'pronoun' || p.cls === 'indefinite') return null;
  // the phrase must run to the end of the line or its gloss (`……反对党主席哈尔热（Mallikarjun`, not a cut `印度主要反`)
  const named = withoutGloss(line).trimEnd().length;
  if (from + p.end < named) return null;
  return { ...p, start: at + from + p.start, end: Math.min(limit, at + from + p.end) };
}

/**
 * `line` without a gloss in brackets at its end (`……哈尔热（Mallikarjun`, `……（Ben）`): the last opening bracket, only
 * a closing one after it at the end. In linear time (`/\s*[（(][^（）()]*[）)]?\s*$/`, which it replaces, backtracked
 * cubically on long runs of spaces before a later bracket: 4,000 characters, 3.7 s).
 */
function withoutGloss(line: string): string {
  const k = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
  if (k < 0) return line;
  let rest = line.slice(k + 1).trimEnd();
  if (rest.endsWith('）') || rest.endsWith(')')) rest = rest.slice(0, -1);
  return /[（）()]/.test(rest) ? line : line.slice(0, k);
}

/** The paragraph after a quote-only paragraph (block `b`; a lede's ellipsis may follow the quote, `“……”……`) whose quote has no speaker of its own, or null. */
function nextAfterQuoteOnly(text: string, blocks: readonly Block[], b: number, q: Quote): Block | null {
  if (q.speaker !== null && !WEAK.has(q.speakerVia ?? '')) return null;
  const cur = blocks[b];
  const next = blocks[b + 1];
  if (!next || cur.kind !== 'paragraph' || next.kind !== 'paragraph') return null;
  if (text.slice(cur.content.start, q.start).trim() || !/^[。…\s]*$/.test(text.slice(q.end, cur.content.end))) return null;
  return next;
}

/** The paragraph after a quote-only one opens with `X说：“……”` (or `X介绍，“……”`; `nq`, the next quote): X. */
function speakerAfter(text: string, next: Block, nq: Quote | undefined): SpeakerPhrase | null {
  if (!nq || nq.start < next.content.start || nq.start >= next.content.end || !nq.speaker || !nq.speakerSpan || nq.speakerVia === 'carried') return null;
  if (nq.speakerSpan.start < next.content.start || nq.speakerSpan.end > nq.start) return null;
  const lead = text.slice(next.content.start, nq.speakerSpan.start);
  const between = text.slice(nq.speakerSpan.end, nq.start);
  // `郑海波对记者说：`, or a comma right after the verb (`文雅婷（化名）向记者介绍，`)
  // not someone who `also` says something (`王涵也告诉记者：`): the quote before was another's
  // (the adverb may still end the speaker's phrase here, `李梅却`, trimmed later by the speaker checks)
  if (/[，,。：:；;！？]/.test(lead) || lead.length > 30 || !/^[^，,。；;！？：:]*[：:，,]\s*$/.test(between) || ANOTHER.test(between) || /..[也亦则却倒]$/.test(nq.speaker)) return null;
  return { name: nq.speaker, start: nq.speakerSpan.start, end: nq.speakerSpan.end, cls: 'name' };
}

/**
 * The paragraph after a quote-only one is only its speaker and a verb (`“……”` / `《韩民族日报》指出。`,
 * `李先生说。`): that speaker, an outlet or a name the entity analysis found (not a pronoun, a role or
 * someone unnamed, nor words before the verb read as a name: `王涵的同事也这样认为。`).
 */
function speakerLineNext(text: string, next: Block, named: readonly EntityMention[]): SpeakerPhrase | null {
  const line = text.slice(next.content.start, next.content.end);
  const verb = line.length <= 40 ? findVerbs(line)[0] : undefined;
  if (!verb || !/^[说道]?[。.]?\s*$/.test(line.slice(verb.index + verb.text.length))) return null;
  const p = parseSpeakerPhrase(line.slice(0, verb.index));
  if (!p || (p.cls !== 'media' && p.cls !== 'name')) return null;
  const start = next.content.start + p.start;
  const m = named[firstAtOrAfter(named, start)];
  if (p.cls === 'name' && !(m && m.start === start && m.end === start + p.end - p.start)) return null;
  return { ...p, start, end: start + p.end - p.start };
}

const REPORTER = /(?:记者|通讯员|实习生|编辑|主持人)$/;
/**
 * `也`, `同样`, `亦` right after the person: another speaker joins the one before; `则`, `却`, `倒`, `反而`: another speaker
 * answers them (`李梅则有不同的看法`).
 */
const ANOTHER = /^(?:也|同样|亦|则|却|倒|反而)/;
/** Words before a person opening a sentence: nothing, a description ending in `的`, or a title. */
const OPENER_LEAD = new RegExp(`^(?:[\\s*_]*|[^，,。；;！？：:“”「」]{0,24}(?:的|${TITLE}))$`);

/** Words crediting the quote before to the person after them: `这是`, `这番话出自`, `以上是`. */
const CREDIT_LEAD = /^[\s*_]*(?:这(?:番话|段话|句话|些话)?(?:就|便|正)?(?:是|出自)|以上(?:是|为))/;
/** A time or a setting opening the sentence before its subject: `2月4日，`, `在第三方平台上，`, `采访期间，`. */
const SCENE_LEAD = /^(?:[\s*_]*(?:[0-9０-９一二三四五六七八九十]{1,4}[年月日号][0-9０-９一二三四五六七八九十]{0,2}[月日号]?(?:[上下]午|晚上|晚间|凌晨)?|当天|当日|近日|日前|此前|随后|在[^，,。；;！？：:“”「」]{1,15}(?:上|中|里|内|时|期间)|[^，,。；;！？：:“”「」]{1,8}期间)[，,])+/;

/**
 * The paragraph after a quote-only one opens its first sentence with a person the entity analysis found
 * (`“……”` / `一位资深制片人王涵向《深网》发出疑问……`), maybe after a time or a setting (`2月4日，在第三方平台上，
 * 大盛地产一门店经纪人张明告诉……`): that person, as the guideline has a quote-only paragraph take the speaker
 * the paragraph after names.
 */
function personOpeningNext(text: string, next: Block, named: readonly EntityMention[], spoke: boolean): SpeakerPhrase | null {
  // the first person, maybe after a body or a place its description names (`大盛地产一门店经纪人张明`, `湖北荆州的张先生`)
  let k = firstAtOrAfter(named, next.content.start);
  while (k < named.length && named[k].type !== 'person' && named[k].end < next.content.end) k++;
  const m = named[k];
  if (!m || m.type !== 'person' || m.start >= next.content.end) return null;
  const opening = text.slice(next.content.start, m.start).replace(SCENE_LEAD, '');
  // `这是泽连斯基周日……说的`, `这番话出自泽连斯基之口`: a credit of the words before
  const credit = CREDIT_LEAD.exec(opening)?.[0].length ?? 0;
  const lead = opening.slice(credit);
  // not the reporter who goes on with the story (`记者李明了解到`)
  // nor someone who `also` says something (`置业顾问李涵波也告诉记者`) or answers (`李梅则`): the quote before was another's
  if (!OPENER_LEAD.test(lead) || REPORTER.test(lead) || (QUALIFIES.test(text.slice(m.end, m.end + 1)) && !(credit && text.startsWith('之口', m.end))) || ANOTHER.test(text.slice(m.end, m.end + 2))) return null;
  // after someone who spoke in the paragraph before (`张伟说，……`), only a person who speaks or is credited takes the words
  // over (`李梅是他的妻子` does not)
  const after = text.slice(m.end, next.content.end);
  if (spoke && !credit && !findVerbs(after.slice(0, sentenceEnd(after, 0))).length) return null;
  return { name: m.text, start: m.start, end: m.end, cls: 'name' };
}

/** What may stand between a body and its verb: its staff (`负责人`, `一位工作人员`) or its side (`方面`). */
const BODY_STAFF = /^(?:的)?(?:相关|一位|一名|有关)?(?:负责人|工作人员|发言人|新闻发言人|方面|官方)?(?:还|再次|进一步)?(?:对记者|向记者)?$/;

/**
 * The paragraph after a quote-only one opens its first sentence (maybe after a time or a setting) with a body and
 * its staff speaking (`“……”` / `马迭尔文旅集团负责人坦言，……`): the body, as the guideline has unnamed staff speak
 * for the body they are named with; not one that `also` speaks (`X也表示`).
 */
function bodyOpeningNext(text: string, next: Block, named: readonly EntityMention[]): SpeakerPhrase | null {
  const m = named[firstAtOrAfter(named, next.content.start)];
  if (!m || m.type !== 'organization' || m.end >= next.content.end) return null;
  if (text.slice(next.content.start, m.start).replace(SCENE_LEAD, '').replace(/^[\s*_]+/, '')) return null;
  const after = text.slice(m.end, Math.min(next.content.end, m.end + 40));
  const verb = findVerbs(after.slice(0, sentenceEnd(after, 0)))[0];
  if (!verb || !BODY_STAFF.test(after.slice(0, verb.index))) return null;
  return { name: m.text, start: m.start, end: m.end, cls: 'name' };
}

/**
 * The paragraph after a quote-only one opens (maybe after a time or a setting) with a pronoun that speaks (`“……”` /
 * `他说，村里已经……`): the last person the paragraph before the quote named, not a reporter (`prev`, the block before the quote's).
 */
function pronounOpeningNext(text: string, next: Block, prev: Block | undefined, named: readonly EntityMention[]): SpeakerPhrase | null {
  // (not an image's caption, `_赵家五姐妹和父亲合影。_`: the story's people are further back)
  if (!prev || prev.kind !== 'paragraph' || text.startsWith('_', prev.content.start)) return null;
  const line = text.slice(next.content.start, next.content.end);
  const opening = line.replace(SCENE_LEAD, '').replace(/^[\s*_]+/, '');
  // `他说，`, `她对记者说：`, `他还告诉记者`: one person's pronoun as the subject of a speech verb (not `他们`, `他的妻子`, `他也`)
  const verb = /^[他她]/.test(opening) ? findVerbs(opening.slice(0, sentenceEnd(opening, 0)))[0] : undefined;
  const p = verb && parseSpeakerPhrase(opening.slice(0, verb.index));
  if (!p || p.cls !== 'pronoun' || p.start !== 0 || p.name.length !== 1 || ANOTHER.test(opening.slice(1))) return null;
  let k = firstAtOrAfter(named, prev.content.end) - 1;
  while (k >= 0 && named[k].start >= prev.content.start && named[k].type !== 'person') k--;
  const m = named[k];
  if (!m || m.start < prev.content.start || REPORTER.test(text.slice(Math.max(prev.content.start, m.start - 6), m.start))) return null;
  return { name: m.text, start: m.start, end: m.end, cls: 'name' };
}

/** The quote's speaker was carried from the paragraph right before its own (block `b`), where they spoke. */
function spokeBefore(blocks: readonly Block[], b: number, q: Quote): boolean {
  const prev = blocks[b - 1];
  return q.speakerVia === 'carried' && !!q.speakerSpan && !!prev && q.speakerSpan.start >= prev.content.start && q.speakerSpan.end <= prev.content.end;
}

function sameSpeaker(a: Quote, b: Quote): boolean {
  return a.speaker === b.speaker && a.speakerSpan?.start === b.speakerSpan?.start && a.speakerSpan?.end === b.speakerSpan?.end;
}
