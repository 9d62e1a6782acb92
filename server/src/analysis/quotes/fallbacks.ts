import { parseSpeakerPhrase } from './speakerPhrase';
import { resolvePronoun, type State, type Who } from './memory';
import { clauseStart, MASK, sentenceStart, skipMarkupBack, type BlockView } from './view';
import { LEADING, ORG_END } from './lexicon';
import { personThenPredicate } from './entitySubject';
import { firstAtOrAfter, overlapsMention } from '../entities/shared';

/** Verbs whose clause has no subject of its own: `试图`, `企图`, `打算`. */
const CONTROL = /^(?:试图|企图|力图|打算|想要|设法|尝试)/;

/**
 * `对方称其“学历歧视”，李继延无奈：“……”`: a name and a colon of their own after the sentence's speech clause
 * `near` (with its speaker `who`), for the quote at `quoteAt`; not the clause right after `X警告称，`
 * (`欧洲已经处于“战前时代”：“……”` goes on with what X said).
 */
export function colonAfterClause(view: BlockView, quoteAt: number, floor: number, near: { clause: { end: number }; who: Who | null }, state: State): Who | null {
  const colon = skipMarkupBack(view.masked, quoteAt - view.start) - 1;
  const from = clauseStart(view.masked, skipMarkupBack(view.masked, colon), floor);
  const end = near.clause.end - view.start;
  if (!/[：:]/.test(view.masked[colon] ?? '') || from < end || (near.who && /^[\s*_，,]*$/.test(view.masked.slice(end, from)))) return null;
  const who = colonSpeaker(view, colon, floor, state);
  return who && who !== 'indefinite' && who.via === 'colon' ? who : null;
}

/**
 * A colon with no speech verb: `民警立刻联系赖女士：“你赶紧……”` → `民警`, via `colon`.
 * `colonAt` is the colon's index in `view.masked`; `floor` the sentence start there.
 */
export function colonSpeaker(view: BlockView, colonAt: number, floor: number, state: State): Who | 'indefinite' | null {
  let to = colonAt;
  for (let step = 0; step < 2 && to > floor; step++) {
    const from = clauseStart(view.masked, to, floor);
    const clause = view.masked.slice(from, to);
    const read = parseSpeakerPhrase(clause);
    // a long `name` the entity analysis has nothing for is the clause's predicate (`并起诉这些网暴者：`), as is one opening
    // with a control verb (`试图安抚泽连斯基：`): look further back
    const p = read && read.cls === 'name' && (CONTROL.test(read.name) || (read.name.length > 4 && !ORG_END.test(read.name) && !overlapsMention(state.named, view.start + from + read.start, view.start + from + read.end))) ? null : read;
    // `被称为“大魔王”的名将张怡宁曾评价对手：`: a person found after a description, before an adverb
    const found = p || !state.named.length ? undefined : personThenPredicate(clause, view.start + from, state.named, { glossEnd: false, predicate: true });
    if (found) return { name: found.text, span: { start: found.start, end: found.end }, via: 'colon' };
    // `某高校……副教授赵佳有一种被挤压的感觉：` reads as unnamed (`某`) but names its person after the title
    if (p?.cls === 'indefinite') return titledSubject(view, from, to, state) ?? 'indefinite';
    if (p?.cls === 'pronoun') return resolvePronoun(view.start + from + p.start, state, p.name);
    if (p && (p.cls !== 'name' || p.name.length <= 8)) return { name: p.name, span: { start: view.start + from + p.start, end: view.start + from + p.end }, via: 'colon' };
    to = from - 1;
  }
  return null;
}

/**
 * The subject of the sentence when no verb introduces the quote:
 * `戴志康非常看好P2P，“金融体系里……”` → `戴志康` (a person mention or a pronoun), via `subject`;
 * `走到这一步，张帆宽慰自己，“……”` → `张帆`: the nearest clause before the quote that opens with a person.
 */
export function subjectSpeaker(view: BlockView, sentence: number, quoteAt: number, state: State): Who | null {
  const s = view.masked;
  let to = quoteAt;
  while (to > sentence && /[\s*_]/.test(s[to - 1])) to--;
  if (!/[，,：:]/.test(s[to - 1] ?? '')) return null;
  for (let step = 0; step < MAX_CLAUSES && --to > sentence; step++) {
    const from = clauseStart(s, to, sentence);
    const who = from === sentence ? firstClauseSubject(view, sentence, to, state) : clauseSubject(view, from, to, state, sentence);
    if (who) return who;
    to = from;
  }
  return null;
}

const MAX_CLAUSES = 4;
/** `他`/`她` opening a clause, not `他们`, `她的`. */
const HE = /^[他她](?![们的])/;
/** `杨妮的看法也类似`: a person's view is theirs; any other `X的` is something else (`王先生的女儿`). */
const OPINION = /^(?:看法|观点|想法|说法|意见)/;

/** The first clause of the sentence: a speaker phrase that is a person mention or a pronoun (`美国总统拜登……`). */
function firstClauseSubject(view: BlockView, sentence: number, end: number, state: State): Who | null {
  const p = parseSpeakerPhrase(view.masked.slice(sentence, end));
  if (!p || p.cls === 'indefinite') return clauseSubject(view, sentence, end, state, sentence) ?? titledSubject(view, sentence, end, state);
  const start = view.start + sentence + p.start;
  if (p.cls === 'pronoun') return resolvePronoun(start, state, p.name, view.start + sentence);
  if (!state.personStarts.has(start)) return clauseSubject(view, sentence, end, state, sentence);
  // the mention, not the phrase: `王先生感觉很冤枉` → `王先生`
  const m = state.persons.find((x) => x.start === start)!;
  return ownedBy(view, m, end) ? null : { name: m.text, span: { start: m.start, end: m.end }, via: 'subject' };
}

/** Pronouns, aspect and object markers and visiting verbs: words of a predicate, not of a description. */
const ACTS = /[他她我你了着过把被给]|采访|联系|找到|询问|见到|遇到|问/;

/**
 * `某高校信息工程学院副教授赵佳有一种被挤压的感觉：`: the first person of the clause, when the words
 * before it read as a description ending in a title (`parseSpeakerPhrase` reads that name out of them).
 */
function titledSubject(view: BlockView, from: number, to: number, state: State): Who | null {
  const m = state.persons.find((x) => x.start > view.start + from && x.end <= view.start + to);
  // a clause that does something before the name (`他采访了副教授罗平`) is no description of it
  if (!m || ACTS.test(view.masked.slice(from, m.start - view.start))) return null;
  const p = parseSpeakerPhrase(view.masked.slice(from, m.end - view.start));
  if (!p || p.cls !== 'name' || view.start + from + p.start !== m.start || ownedBy(view, m, to)) return null;
  return { name: m.text, span: { start: m.start, end: m.end }, via: 'subject' };
}

/** `王先生的女儿`: the mention owns what follows, which is the subject; `杨妮的看法` is still 杨妮's. */
function ownedBy(view: BlockView, m: { end: number }, to: number): boolean {
  const after = m.end - view.start;
  return view.masked[after] === '的' && !OPINION.test(view.masked.slice(after + 1, to));
}

/** A clause that opens (after leading adverbs) with a person mention not followed by `的`, or with `他`/`她`. */
function clauseSubject(view: BlockView, from: number, to: number, state: State, sentence: number): Who | null {
  const clause = view.masked.slice(from, to);
  const lead = /^[\s*_]*/.exec(clause)![0].length;
  const at = from + lead + (LEADING.exec(clause.slice(lead))?.[0].length ?? 0);
  const rest = view.masked.slice(at, to);
  if (HE.test(rest)) return resolvePronoun(view.start + at, state, rest[0], view.start + sentence);
  if (!state.personStarts.has(view.start + at)) return null;
  const m = state.persons.find((x) => x.start === view.start + at)!;
  if (m.end - view.start >= to || ownedBy(view, m, to)) return null;
  return { name: m.text, span: { start: m.start, end: m.end }, via: 'subject' };
}

/** The paragraph is nothing but the quote (`**“不敢开空调，只能裹着羽绒服过夜”**`). */
export function isQuoteOnly(view: BlockView, start: number, end: number): boolean {
  const s = view.masked;
  const before = s.slice(0, start - view.start);
  const after = s.slice(end - view.start);
  return /^[\s*_]*$/.test(before) && /^[\s*_。，！？]*$/.test(after) && s.indexOf(MASK) >= 0;
}

/**
 * `吴高俊……指挥场上小球员：` ending its paragraph, the quotes on the next line (`**“踢不着球能踢着人不？”……**`): the one
 * the colon gives, when no speech clause of the paragraph ends there (its speaker is remembered already); null otherwise.
 */
export function colonTail(view: BlockView, lastClauseEnd: number, state: State): Who | null {
  const colon = skipMarkupBack(view.masked, view.masked.length) - 1;
  if (colon < 0 || !/[：:]/.test(view.masked[colon]) || lastClauseEnd > view.start + colon) return null;
  const who = colonSpeaker(view, colon, sentenceStart(view.masked, colon), state);
  // (someone the entity analysis found: not a title read as a subject, `出自王阳明的七言绝句《泛海》：`)
  if (!who || who === 'indefinite') return null;
  // (colonSpeaker's span may run past the name, `吴高俊（前中超辽宁队球员）在……时`: the mention inside it is the speaker's)
  for (let k = firstAtOrAfter(state.named, who.span.start); k < state.named.length && state.named[k].start < who.span.end; k++) {
    const m = state.named[k];
    if (m.end <= who.span.end && m.text === who.name) return { name: m.text, span: { start: m.start, end: m.end }, via: who.via };
  }
  return null;
}
