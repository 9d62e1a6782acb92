import { isSubjectless, isUnknownSubject, parseSpeakerPhrase, subjectBounds, type SpeakerPhrase } from './speakerPhrase';
import { clauseStart, clauseStartOverTerms, clauseStartPastQuotes, sentenceStart, type BlockView } from './view';
import { findVerbs } from './verbScan';
import { CROWD, DOCUMENT_NOUNS, ENDS_WITH_ROLE, LEADING, MEDIA, STAFF } from './lexicon';
import { entityOpening, isMentionAt, personBeforeVerb, unnamedRole } from './entitySubject';
import { opensEarlierClause } from './earlierSubject';
import { staffOpening } from './staffPhrase';
import { firstAtOrAfter, overlapsMention } from '../entities/shared';
import type { EntityMention } from '../types';

/** A speech clause: a speaker phrase and its verb (`李先生称，`), or an outlet (`据路透社报道`). Offsets are document offsets. */
export interface SpeechClause {
  /** Start of the verb (or of `据`). */
  at: number;
  /** Just after the verb and its tail (`称，`). */
  end: number;
  /** Start of the sentence holding it. */
  sentence: number;
  /** The verb is followed by `，` `：` or a quote mark: it introduces reported content. */
  open: boolean;
  phrase: (SpeakerPhrase & { start: number; end: number }) | null;
  media: boolean;
  /** The words before the verb name something that is no speaker (`在商品晒单笔记中同样有买家表示`). */
  rejected: boolean;
  /** `据路透社报道`: names a source but does not make short quotes in its sentence reported speech. */
  outlet: boolean;
  /** A sentence-initial word the lists do not know (`经纬纺机称`), read by `speakers.ts`; null if none. */
  unknown: { at: number; word: string } | null;
}

/** Verbs that introduce reported content even without a comma: `图斯克称此事可能导致冲突升级`. */
const STRONG = /^(?:表示|放话|放言|推测|称|说|指出|强调|透露|坦言|直言|介绍|告诉|回应|认为|警告|宣称|声称|辩称|写道|提到|补充说|补充道|介绍说|说道|报道|质问|追问)/;
const OUTLET_RE = /据([^，。！？；：,\u25a1“”「」]{2,24}?)(?:的)?(?:报道|消息|通报|披露|援引|透露)/g;
const NOT_OUTLET = /^(?:报道|悉|介绍|了解|统计|分析|调查|相关|有关|外媒|媒体|报|称)$/;
const MAX_BACK = 3;
/** Conjunctions opening a condition (`如果`, `一旦`, `即使`): a verb in their clause reports no speech. */
const CONDITIONAL = /^(?:如果|假如|假若|倘若|如若|若是|要是|一旦|只要|即使|即便|哪怕)/;

/**
 * The speech clauses of one block, in order:
 * `李先生称，他是当地的一名医生，“要不是……”` → one clause, verb `称`, phrase `李先生`.
 */
export function findSpeechClauses(view: BlockView, named: readonly EntityMention[] = []): SpeechClause[] {
  const out: SpeechClause[] = [];
  const s = view.masked;
  for (const m of findVerbs(s)) {
    const at = m.index;
    const end = at + m.text.length;
    if (s[at - 1] === '据' || answersQuoted(s, m.text, end)) continue;
    const open = /[：:，,]/.test(m.tail) || /[“「『]/.test(s[end] ?? '');
    if (!open && !STRONG.test(m.text)) continue;
    const sentence = sentenceStart(s, at);
    // `如果查尔斯要求，……`: a condition, not someone speaking
    const conditional = CONDITIONAL.test(s.slice(clauseStart(s, at, sentence), at).replace(/^[\s*_]+/, ''));
    const found: Found = conditional ? { phrase: null, rejected: true } : phraseBefore(s, at, sentence, view.start, named);
    // `宏达公司在投诉后将责任推给中介，称……`: a verb with no subject of its own shares the last speech clause's, else the sentence's
    const shared = found.phrase ? contentSubject(out, found, s, at, sentence, view.start) : sharedSubject(out, s, at, sentence, view.start) ?? (conditional || found.unknown ? null : chainSubject(s, at, sentence, view.start, named));
    const { phrase, rejected, unknown = null } = shared ?? found;
    out.push({ at: view.start + at, end: view.start + end, sentence: view.start + sentence, open, phrase, media: /报道/.test(m.text), outlet: false, rejected, unknown });
  }
  for (const m of s.matchAll(OUTLET_RE)) {
    if (NOT_OUTLET.test(m[1])) continue;
    const p = parseSpeakerPhrase(m[1]);
    const at = m.index!;
    const phrase = p ? { ...p, start: view.start + at + 1 + p.start, end: view.start + at + 1 + p.end } : null;
    out.push({ at: view.start + at, end: view.start + at + m[0].length, sentence: view.start + sentenceStart(s, at), open: true, phrase, media: true, outlet: true, rejected: !phrase, unknown: null });
  }
  for (const c of findViewClauses(view)) out.push(c);
  return out.sort((a, b) => a.at - b.at);
}

/** `回应`, `回复`, maybe `网传` after it, then a quotation mark: the matter answered, when the answer follows its colon. */
const ANSWER = /^(?:回应|回复)$/;
/**
 * `空客回应“运输机拒绝中国籍游客参观”：及时改进……`, `小米回应网传“……”：不实信息`: a headline's quote after `回应`
 * and before a colon names the matter answered (an allegation, an event); the answer is after the colon.
 */
function answersQuoted(s: string, verb: string, end: number): boolean {
  if (!ANSWER.test(verb)) return false;
  const open = s.startsWith('网传', end) ? end + 2 : end;
  const mark = s[open];
  if (mark !== '“' && mark !== '「') return false;
  const close = s.indexOf(mark === '“' ? '”' : '」', open + 1);
  return close > 0 && /[：:]/.test(s[close + 1] ?? '');
}

const VIEW_RE = /在([^，。！？；：,\u25a1“”「」]{1,20}?)(?:看来|眼中|眼里)[，,]|(?:根据|据|按照)([^，。！？；：,\u25a1“”「」]{1,20}?)(?:所说|所言|的说法)[，,]/dg;

/** `在李教授看来，……`, `据李教授所说，……`, `根据李教授的说法，……` opening a clause: read like a speech clause. */
function findViewClauses(view: BlockView): SpeechClause[] {
  const out: SpeechClause[] = [];
  const s = view.masked;
  for (const m of s.matchAll(VIEW_RE)) {
    const at = m.index!;
    const sentence = sentenceStart(s, at);
    if (!isSubjectless(s.slice(clauseStart(s, at, sentence), at))) continue;
    const who = m[1] ?? m[2];
    const p = parseSpeakerPhrase(who);
    if (!p) continue;
    const off = view.start + m.indices![m[1] !== undefined ? 1 : 2]![0];
    const phrase = { ...p, start: off + p.start, end: off + p.end };
    out.push({ at: view.start + at, end: view.start + at + m[0].length, sentence: view.start + sentence, open: true, phrase, media: false, outlet: false, rejected: false, unknown: null });
  }
  return out;
}

/** What the words before a verb name: a speaker phrase, no one (`rejected`), or an unknown word. */
type Found = { phrase: SpeechClause['phrase']; rejected: boolean; unknown?: { at: number; word: string } };

/**
 * The speaker phrase of the clause before `verbAt`, stepping back over clauses without a subject
 * (`，称……`, `，辩解称……`). `rejected` when a clause on the way has words before its verb that name
 * no speaker (`家属当场拒绝火化，并哭诉道`).
 */
function phraseBefore(s: string, verbAt: number, floor: number, offset: number, named: readonly EntityMention[]): Found {
  let to = verbAt;
  for (let step = 0; step < MAX_BACK && to >= floor; step++) {
    const from = clauseStartOverTerms(s, to, floor);
    const clause = s.slice(from, to);
    const read = parseSpeakerPhrase(clause);
    // the entity analysis knows subjects the phrase rules do not (`欧洲央行表示`, `德国物理学家马克斯·普朗克曾说过`)
    const opening = step === 0 ? null : entityOpening(clause, offset + from, named);
    const p = step === 0 ? personBeforeVerb(clause, offset + from, named, read) : staffSubject(clause) ?? openingOver(clause, read, opening);
    if (p && (step === 0 || opensEarlierClause(clause, p, opening, offset + from, named))) {
      const q = unnamedRole(p, offset + from, named);
      return { phrase: { ...q, start: offset + from + q.start, end: offset + from + q.end }, rejected: false };
    }
    if (p) return { phrase: null, rejected: false };
    if (!isSubjectless(clause)) return { phrase: null, rejected: true };
    if (from <= floor) return isUnknownSubject(clause) ? { phrase: null, rejected: true, unknown: unknownWord(clause, offset + from) } : { phrase: null, rejected: false };
    to = from - 1;
  }
  return { phrase: null, rejected: false };
}

/** Staff opening an earlier clause (`客服人员确认了上述内容，称`), as a speaker phrase: `bodies.ts` gives their body. */
function staffSubject(clause: string): SpeakerPhrase | null {
  const staff = staffOpening(clause);
  const p = staff && parseSpeakerPhrase(staff.text);
  return p && staff ? { ...p, start: staff.start + p.start, end: staff.start + p.end } : null;
}

/**
 * An earlier clause's subject: a name opening it (`普京听取了……报告`) over what the rules read there when
 * they read no one in particular or something after the name and a `的` (`……的工作汇报`, its object);
 * not over a subject the name only qualifies (`韩国总统尹锡悦办公室`).
 */
function openingOver(clause: string, read: SpeakerPhrase | null, opening: SpeakerPhrase | null): SpeakerPhrase | null {
  return opening && (!read || read.cls === 'indefinite' || (read.start >= opening.end && clause[read.start - 1] === '的')) ? opening : read;
}

/**
 * `马先生表示，……，并直言“……”`: a verb with no subject of its own (`并直言`) shares the phrase of the
 * speech clause before it in the same sentence; null when its clause has a subject or there is none.
 */
function sharedSubject(out: SpeechClause[], s: string, verbAt: number, floor: number, offset: number): Found | null {
  const prev = out[out.length - 1];
  if (!prev?.phrase || prev.sentence !== offset + floor) return null;
  if (!isSubjectless(s.slice(clauseStart(s, verbAt, floor), verbAt))) return null;
  return { phrase: prev.phrase, rejected: false };
}

/**
 * `哈罗德称，查尔斯患癌一事“……”，称“……”`: a verb with no subject of its own, whose phrase was read from an
 * earlier clause inside what the sentence's last speech clause reports, shares that clause's speaker.
 */
function contentSubject(out: SpeechClause[], found: Found, s: string, verbAt: number, floor: number, offset: number): Found | null {
  const prev = out[out.length - 1];
  const p = found.phrase!;
  // not inside what an outlet reports (`有媒体报道称，内塔尼亚胡拒绝了……，表示`): the one inside speaks
  if (!prev?.phrase || prev.outlet || prev.media || prev.phrase.cls === 'media' || prev.sentence !== offset + floor || !prev.open) return null;
  return p.start >= prev.end && p.start < offset + clauseStart(s, verbAt, floor) ? { phrase: prev.phrase, rejected: false } : null;
}

/**
 * A topic chain: `赵明亮，选择在周末摆摊，……，感叹“……”`, `宏达置业有限公司在投诉后将责任推给中介，称“……”`. The
 * verb's clause has nothing before the verb but adverbs (`，并声称`), the sentence opens (after at most one clause
 * naming no one: a time, a circumstance) with a person or organization found there, in an earlier clause,
 * and no clause after it opens with anyone or anything else (a name, a pronoun, a role, a crowd, an
 * outlet, a document) nor ends at a colon: its subject is the verb's.
 */
function chainSubject(s: string, verbAt: number, floor: number, offset: number, named: readonly EntityMention[]): Found | null {
  const ownStart = clauseStart(s, verbAt, floor);
  const own = s.slice(ownStart, verbAt);
  // nothing before the verb but adverbs, or words that start a predicate the subject shares (`否则她认为`),
  // maybe after a time clause naming no one (`回来后对她说`) or a manner one (`操着杭州口音的普通话介绍`)
  if (!named.length || (own.replace(/^[\s*_]*/, '').replace(LEADING, '') !== '' && !isSubjectless(own) && !MANNER_LEAD.test(own) && !afterTimeClause(own, offset + ownStart, named))) return null;
  const starts: number[] = [];
  for (let to = verbAt; to > floor && starts.length < 8; ) {
    const from = clauseStartPastQuotes(s, to, floor);
    starts.unshift(from);
    to = from - 1;
  }
  if (starts.length < 2 || starts[0] > floor) return null;
  // `作为X的外祖母，Y……，并称`: an opening adjunct holds no subject; the chain starts after it
  const first = starts.length > 2 && ADJUNCT.test(s.slice(starts[0], starts[1])) ? 1 : 0;
  let subject: SpeechClause['phrase'] = null;
  for (let i = first; i < starts.length; i++) {
    const from = starts[i], clause = s.slice(from, i + 1 < starts.length ? starts[i + 1] - 1 : verbAt);
    // `腾讯新闻《远光灯》：……`: what follows a colon is someone's words, not the chain's
    if (i > first && /[：:]/.test(s[from - 1])) return null;
    if (subject) {
      if (opensWithSomeone(clause, offset + from, named)) return null;
      continue;
    }
    if (i === starts.length - 1) return null;
    subject = openingSubject(clause, offset + from, named);
    if (!subject && (i > first || overlapsMention(named, offset + from, offset + from + clause.length) || opensWithSomeone(clause, offset + from, named))) return null;
  }
  return subject && { phrase: subject, rejected: false };
}

/** Prepositions opening an adjunct clause before the subject: `作为……，`, `随着……，`, `在……上，`. */
const ADJUNCT = /^[\s*_]*(?:作为|随着|面对|对于|关于|为了|针对|根据|按照|在)[^，,]*[，,]$/;

/** A verb and `着` opening a clause (`操着……`, `带着……`): a manner, no subject of its own. */
const MANNER_LEAD = /^[\s*_]*[\u4e00-\u9fa5]着/;
/** `回来后`, `听完之后`: a short time clause opening a clause, before its predicate; or time passing (`过了许久才`, `良久`). */
const TIME_CLAUSE = /^[\s*_]*(?:[\u4e00-\u9fa5]{1,4}?(?:之后|以后|后|时)(?=[\u4e00-\u9fa5])|(?:过了)?(?:许久|很久|好久|一会儿?|良久|半晌|片刻|一阵)[才又便就]?)/;

/** The clause opens with a time clause that names no one, then goes on with no subject of its own (`回来后对她`). */
function afterTimeClause(own: string, at: number, named: readonly EntityMention[]): boolean {
  const time = TIME_CLAUSE.exec(own);
  if (!time || overlapsMention(named, at, at + time[0].length)) return false;
  const rest = own.slice(time[0].length);
  // `两度送医后均称`: an adverb of many (`均`, `都`) says the verb has a subject of its own, not the chain's one
  if (/^(?:[均都皆]|纷纷|一致|分别)/.test(rest)) return false;
  return rest.replace(LEADING, '') === '' || isSubjectless(rest);
}

/**
 * A person or organization opening the clause; a person after an organization and a title in its
 * subject (`山东某律师事务所律师赵宗艳在……`) is that person.
 */
function openingSubject(clause: string, at: number, named: readonly EntityMention[]): SpeechClause['phrase'] {
  const p = entityOpening(clause, at, named);
  if (!p) return describedSubject(clause, at, named);
  let i = firstAtOrAfter(named, at + p.start);
  const m = named[i];
  if (m.type !== 'person' && m.type !== 'organization') return null;
  if (m.type === 'person' && at + p.end > m.end) return { ...p, start: at + p.start, end: at + p.end }; // people joined by `、`/`和`: all of them
  const end = at + (subjectBounds(clause)?.end ?? p.end);
  for (let k = i + 1; m.type === 'organization' && k < named.length && named[k].end <= end; k++) if (named[k].type === 'person') i = k;
  const x = named[i];
  return { name: x.text, cls: 'name', start: x.start, end: x.end };
}

/**
 * `玺悦台的操盘方招商蛇口深圳公司，`: a clause that is a description (with a `的`, not opening with a
 * preposition) and the person or organization it ends with.
 */
function describedSubject(clause: string, at: number, named: readonly EntityMention[]): SpeechClause['phrase'] {
  const end = at + clause.trimEnd().length;
  const i = firstAtOrAfter(named, at);
  let k = i;
  while (k < named.length && named[k].end < end) k++;
  const m = named[k];
  if (!m || m.end !== end || (m.type !== 'person' && m.type !== 'organization')) return null;
  const desc = clause.slice(0, m.start - at).replace(/^[\s*_]*/, '').replace(LEADING, '');
  return desc.length <= 24 && desc.includes('的') && !/^[在对向把被与和跟给据从为于当]/.test(desc) ? { name: m.text, cls: 'name', start: m.start, end: m.end } : null;
}

/** Connectives before a clause's subject (`结果印度媒体……`). */
const CONNECTIVE = /^(?:结果|于是|因此|所以|可是|而且|甚至|竟然|居然)/;
/** A document or a demonstrative opening a clause (`声明函称`, `这份报告认可`): a subject of its own. */
const THING = new RegExp(`^(?:[这该那此][份个位名项篇则条些家]?|${DOCUMENT_NOUNS}|通知|文件|判决|裁定|邮件|信中|帖子|视频|微博)`);

/** Someone opens the clause: a name found there, a pronoun, a role, staff, a crowd, an outlet or a document (`医生们都很忙`, `他在电话那头`). */
function opensWithSomeone(clause: string, at: number, named: readonly EntityMention[]): boolean {
  const lead = /^[\s*_]*/.exec(clause)![0].length;
  const rest = clause.slice(lead).replace(LEADING, '').replace(CONNECTIVE, '');
  const start = clause.length - rest.length;
  if (/^(?:[他她我你它咱]|对方|双方|大家|有人|记者)/.test(rest) || THING.test(rest) || isMentionAt(named, at + start)) return true;
  // `还被朋友介绍了……`: a preposition first, the one after it is no subject
  if (/^[被把让给向对与和跟同在从将由为]/.test(rest)) return false;
  for (let k = 2; k <= Math.min(8, rest.length); k++) {
    const head = rest.slice(0, k).replace(/们$/, '');
    // `购房者`, `记者`: an agent noun in 者
    if (ENDS_WITH_ROLE.test(head) || CROWD.test(head) || STAFF.test(head) || MEDIA.test(head) || (k <= 4 && head.endsWith('者'))) return true;
  }
  return false;
}

/** The word of a clause {@link isUnknownSubject} accepted, after markup and leading adverbs: `**经纬纺机` → `经纬纺机`. */
function unknownWord(clause: string, at: number): { at: number; word: string } {
  const word = clause.replace(/^[\s*_]*/, '').replace(LEADING, '').trimEnd();
  return { at: at + clause.trimEnd().length - word.length, word };
}

/** Clause `inner` opens right after `outer`'s verb (and whom it was told) and comma, in its sentence: it is part of what `outer` reports. */
export function reports(view: BlockView, outer: SpeechClause, inner: SpeechClause): boolean {
  if (!inner.phrase || inner.sentence !== outer.sentence || inner.phrase.start < outer.end) return false;
  const between = view.masked.slice(outer.end - view.start, inner.phrase.start - view.start);
  // a comma after whom it was told (`告诉记者，`), or the verb's own (`表示，`, which `outer.end` includes)
  if (/^[^，。！？；：,;!?“”\u25a1]{0,6}[，,：:]\s*$/.test(between) || (/^\s*$/.test(between) && /[，,：:]/.test(view.masked[outer.end - view.start - 1] ?? ''))) return true;
  // a later clause of the sentence that `outer` opens with its verb and comma (`陈芬回忆，……，之后朱某平称要去昆明`), not one set against it (`而`, `但`)
  return /[，,]$/.test(view.masked.slice(0, outer.end - view.start)) && !/[\u25a1“”]|而|但|不过|然而|另外|同时/.test(between);
}
