import type { Block, Entity, EntityMention, Finding, Quote } from '../types';
import { findNameVariants } from './nameVariants';
import { findOpenMarks, unitEnd } from './spans';
import { findUnitQuotes, type SpeakerCarry, type UnitInput, type UnitQuotes } from './units';
import { speakersAcrossWraps } from './wrapped';
import { resolveBodies, resolveRolesAgain, resolveTitledRoles } from './bodies';
import { checkSpeakers } from './speakerCheck';
import type { ReadWord } from './wordReading';
import { resolveNarrator } from './narrator';
import { resolveDocuments, resolveStaffOf } from './documents';
import { resolveNestedSpeakers } from './nested';
import { opensBlock } from './subjects';
import { BYLINE_CREDITS } from '../entities/shared';
import { OWNS_KIN } from './lexicon';
import { obliqueIn } from './memory';
import { rankSpeakers, type RankMemo, type SpeakerWeights } from './ranker';
import { withoutSelfNamed } from './selfNamed';
import { resolveRepeated } from './repeated';
import SPEAKER_WEIGHTS from './speakerWeights.json';

export type { SpeakerCarry, UnitInput, UnitQuotes } from './units';

export interface QuoteOptions {
  /** `findOpenMarks` of each block's content, if already known (computed with the paragraph). */
  openMarks?: readonly string[];
  /**
   * The quotes of one unit in document offsets: `findUnitQuotes` unless given (`reuse/quoteUnits.ts`
   * gives one that remembers unit results across analyses of a document). Called once per unit, in
   * order; `u` is refilled for the next unit.
   */
  findUnit?: (u: UnitInput) => UnitQuotes;
  /**
   * Units whose quotes the caller has without reading them (`reuse/quoteFold.ts`: those an edit left as
   * they were): given the unit about to be read (`u`) and the fold at its start, it may push the quotes
   * and findings of this unit and of units after it and move `fold` past them (true), or change nothing
   * (false). Called before every unit.
   */
  skipKnown?: (u: UnitInput, fold: UnitFold) => boolean;
  /** The name-variant findings of the mentions: `findNameVariants` unless given. */
  findNameVariants?: (mentions: EntityMention[]) => Finding[];
  /** The segmenter's reading of a speaker no entity covers (`来源` is a common word, `武立中` unknown): without it, name shapes alone decide. */
  readWord?: ReadWord;
  /** The speaker ranker's weights (`ranker.ts`): the trained ones unless given; `null` leaves the rules' speakers as they are. */
  speakerWeights?: SpeakerWeights | null;
  /** The grouped entities of `mentions` (how often the article names each, for the ranker); without them it counts names around each quote. */
  entities?: readonly Entity[];
  /** Remembers the ranker's picks across analyses of one document (`reuse/documentCache.ts`). */
  rankMemo?: RankMemo;
}

/** The fold over units (see {@link findQuotes}) at the start of unit `b`: everything it carries from unit to unit. */
export interface UnitFold {
  /** The unit's first block. */
  b: number;
  /** The first of the speaker mentions (`speakerMentions`) at or after block `b`'s content. */
  p: number;
  /** The last person among them before block `b`, outside speech quotes (the unit's `before`): its index, or -1. */
  before: number;
  /** Where the last quote with a speaker starts, or -1. */
  lastSaid: number;
  carry: SpeakerCarry;
  /** The quotes and findings of the units before `b`. */
  quotes: Quote[];
  findings: Finding[];
}

/**
 * Quotes of the article with kind and speaker, and the sourcing findings:
 * `古普塔表示：“我完全期待……”` → one speech quote, speaker `古普塔`, via `verb-before`;
 * `有舆论认为，……` → `source.vague`. `blocks` are the prose blocks (title, headings, paragraphs);
 * `mentions` are entity mentions in document offsets, grouped by `entityId`.
 */
export function findQuotes(text: string, blocks: Block[], mentions: EntityMention[], options: QuoteOptions = {}): { quotes: Quote[]; findings: Finding[] } {
  // persons speak and are what pronouns stand for; organizations and countries speak too (`欧洲央行表示`, `朝鲜宣布`)
  // mentions come in document order: used as they are, unless a caller passes them otherwise
  // a reporter named in a byline (`封面新闻记者 刘秋凤`, `【环球网报道 记者 张晓雅】`) is no one a quote, a
  // pronoun or a topic can point back to
  const named = speakerMentions(text, mentions);
  const { quotes, findings } = foldUnits(text, blocks, named, options);
  // a speaker named on the line before a hard line wrap, or in the paragraph after a quote-only one: a
  // pass over the whole article, cached or not
  const wrapped = speakersAcrossWraps(text, blocks, quotes, findings, named);
  // `该局工作人员称`: the bureau named before, maybe paragraphs earlier
  wrapped.quotes = resolveTitledRoles(text, resolveBodies(text, resolveRolesAgain(text, wrapped.quotes, mentions), mentions), mentions);
  // `公告称，“……”`: the body that published it, maybe paragraphs earlier
  wrapped.quotes = resolveDocuments(text, wrapped.quotes, named);
  // `以下为唐腊梅口述：……我回答说：“……”`: the narrator the article declares
  wrapped.quotes = resolveNarrator(text, wrapped.quotes, named);
  // `有字节员工告诉`: the body whose staff speak
  wrapped.quotes = resolveStaffOf(text, wrapped.quotes, named);
  // `马斯克充满` → `马斯克`; `常言` → no speaker
  wrapped.quotes = checkSpeakers(text, wrapped.quotes, named, options.readWord);
  // `“我说过，‘……’”`: the outer speaker's own words quoted, or a name's before the verb
  wrapped.quotes = resolveNestedSpeakers(text, wrapped.quotes, named);
  // the narration fallback's quotes: the learned ranker decides among the names around them and no one
  const ranked = rankSpeakers(text, blocks, wrapped.quotes, wrapped.findings, named, options.speakerWeights === undefined ? SPEAKER_WEIGHTS.weights : options.speakerWeights, options.entities, options.rankMemo);
  // a guessed person the quote itself names is spoken of, not speaking (`“……现在端端用勺子吃饭……”`)
  const guessed = withoutSelfNamed(ranked.quotes, ranked.findings, named);
  // `**“二维码对外国人来说是一个挑战”**`: words quoted again elsewhere with their speaker are that speaker's
  const own = resolveRepeated(guessed.quotes, guessed.findings);
  // a new list: the fold's are left as they were (`reuse/quoteFold.ts` keeps them for the next analysis)
  const all = own.findings.concat((options.findNameVariants ?? findNameVariants)(mentions));
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes: own.quotes, findings: all };
}

/** The units' quotes and findings, unit after unit, each unit given what the ones before it left (`UnitFold`). */
function foldUnits(text: string, blocks: Block[], named: readonly EntityMention[], options: QuoteOptions): UnitFold {
  const findUnit = options.findUnit ?? findUnitQuotes;
  const fold: UnitFold = { b: 0, p: 0, before: -1, lastSaid: -1, carry: { last: null, lastPerson: null, lastMedia: null, inBlock: null, unnamed: false }, quotes: [], findings: [] };
  const { quotes } = fold;
  const quoted = { at: 0 };
  // one input object for every unit, refilled (a keystroke in a large article goes through thousands)
  const input: UnitInput = { text, blocks, first: 0, last: 0, named, from: 0, to: 0, before: null, topic: false, carry: fold.carry };
  while (fold.b < blocks.length) {
    const b = fold.b;
    const c = blocks[b].content;
    const open = options.openMarks ? options.openMarks[b] : findOpenMarks(text.slice(c.start, c.end));
    const e = open ? unitEnd(text, blocks, b) : b;
    // `before`: the last person mentioned before the unit (the next unit's loop steps over this one's mentions), not one
    // after a preposition (`也和法里托有同样的感觉`: the subject is someone else)
    let p = fold.p;
    for (; p < named.length && named[p].start < c.start; p++) if (named[p].type === 'person' && !inQuotedWords(quotes, named[p], quoted) && !ownsKin(text, named[p]) && !glosses(text, named, fold.before, named[p]) && !obliqueIn(text, named[p])) fold.before = p;
    fold.p = p;
    let q = p;
    while (q < named.length && named[q].start < blocks[e].content.end) q++;
    const before = fold.before >= 0 ? named[fold.before] : null;
    const carry = fold.carry;
    input.first = b;
    input.last = e;
    input.from = p;
    input.to = q;
    input.before = before;
    input.topic = before !== null && b > 0 && fold.lastSaid < before.start && namedFirst(text, blocks[b - 1], named, fold.before) && (!carry.lastPerson || carry.lastPerson.span.end <= before.start);
    input.carry = carry;
    if (options.skipKnown?.(input, fold)) continue;
    const u = findUnit(input);
    for (const x of u.quotes) {
      quotes.push(x);
      if (x.speaker) fold.lastSaid = x.start;
    }
    for (const x of u.findings) fold.findings.push(x);
    fold.carry = u.carry;
    fold.b = e + 1;
  }
  return fold;
}

/** The mentions quotes can be attributed to, in document order: all but the reporters a byline names. */
export function speakerMentions(text: string, mentions: readonly EntityMention[]): readonly EntityMention[] {
  // one pass (the order checked as it goes), then a copy only without the few byline names (this runs on every keystroke)
  let bylines: number[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    if (i > 0 && mentions[i - 1].start > mentions[i].start) return withoutBylines(text, mentions.slice().sort((a, b) => a.start - b.start));
    if (isBylineName(text, mentions[i])) (bylines ??= []).push(i);
  }
  return bylines ? without(mentions, bylines) : mentions;
}

/** `ordered` without the byline names. */
function withoutBylines(text: string, ordered: readonly EntityMention[]): readonly EntityMention[] {
  const bylines: number[] = [];
  for (let i = 0; i < ordered.length; i++) if (isBylineName(text, ordered[i])) bylines.push(i);
  return bylines.length ? without(ordered, bylines) : ordered;
}

/** `ordered` without the items at `bylines` (ascending). */
function without(ordered: readonly EntityMention[], bylines: readonly number[]): EntityMention[] {
  const out: EntityMention[] = new Array(ordered.length - bylines.length);
  for (let i = 0, j = 0, k = 0; i < ordered.length; i++) {
    if (j < bylines.length && bylines[j] === i) j++;
    else out[k++] = ordered[i];
  }
  return out;
}

/**
 * Whether `m` lies inside a speech quote of `quotes` (in order; `cursor.at`, the first that does not end
 * before the last mention asked about, moves on) or is only part of a term in quotes: a person named only in
 * someone's words (`短信称：“为旅客张某申请……”`) or in the name of something else (`“维苏威挑战赛”`, an event)
 * is carried into no later unit; a name that is the whole term (`网友“海边的风”`) is.
 */
function inQuotedWords(quotes: readonly Quote[], m: EntityMention, cursor: { at: number }): boolean {
  while (cursor.at < quotes.length && quotes[cursor.at].inner.end <= m.start) cursor.at++;
  const q = quotes[cursor.at];
  return !!q && q.inner.start <= m.start && (q.kind === 'speech' || q.inner.end - q.inner.start > m.end - m.start);
}

/**
 * Whether person `m` only owns the kin named after it (`创办人赵锡成，是……赵小兰之父。¶他说`): no referent of a
 * later pronoun, which points back to the person before.
 */
function ownsKin(text: string, m: EntityMention): boolean {
  return OWNS_KIN.test(text.slice(m.end, m.end + 3));
}

/**
 * Whether the person `named[at]` opens `block` ({@link opensBlock}), there or where the block names them
 * first: `尽管张玉内心不屑……。今年春节，她……。不止张玉，……千千万万的张玉困于……` (the paragraph's topic is the
 * person it opens with, named again after).
 */
function namedFirst(text: string, block: Block, named: readonly EntityMention[], at: number): boolean {
  const m = named[at];
  for (let k = at; k >= 0 && named[k].start >= block.content.start; k--) {
    if (named[k].type === 'person' && (named[k].text === m.text || named[k].text.endsWith(`·${m.text}`)) && opensBlock(text, block, named[k])) return true;
  }
  return false;
}

/** Whether person `m` is the bracketed gloss of the one at `prev` (`赵锡成（James Chao）`): the name stays the one meant. */
function glosses(text: string, named: readonly EntityMention[], prev: number, m: EntityMention): boolean {
  const before = prev >= 0 ? named[prev] : null;
  return !!before && m.start - before.end === 1 && /[（(]/.test(text.charAt(before.end));
}

/** Before a byline's name: the reporter's title, maybe other names of the same byline (`记者 郭媛丹 `). */
const BYLINE_BEFORE = new RegExp(`(?:${BYLINE_CREDITS}|实习生)[\\s　丨|｜：:]*(?:[\\u4e00-\\u9fa5·]{2,4}[ 　、]+)*$`);
/** After it: more names of the byline, then the end of the line or of its bracket. */
const BYLINE_AFTER = /^(?:[ 　、]+[\u4e00-\u9fa5·]{2,4})*[ 　]*(?:$|\r?\n|[】）)])/;

/**
 * A person named in a byline: `记者 刘秋凤` ending its line, `记者\n张晓雅】`, `（记者 李明 王芳）`, or one the entity
 * analysis read in a staff credit (`credit-name`: `**撰文丨张同**`, `（编辑：孟庆伟 校对：颜京宁）`, where markup or a
 * second credit follows the name): the article's writers, no speakers and no one a `她` stands for.
 */
function isBylineName(text: string, m: EntityMention): boolean {
  if (m.rule === 'credit-name') return true;
  // asked of every person on every keystroke: most are followed by words, which no byline name is
  const c = text.charCodeAt(m.end);
  if (m.type !== 'person' || !(Number.isNaN(c) || c === 0x20 || c === 0x3000 || c === 0x3001 || c === 0x0a || c === 0x0d || c === 0x3011 || c === 0xff09 || c === 0x29)) return false;
  return BYLINE_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && BYLINE_AFTER.test(text.slice(m.end, m.end + 24));
}
