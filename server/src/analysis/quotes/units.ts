/**
 * Quotes as a fold over units: a unit is one paragraph, or the paragraphs one quotation runs over.
 * A unit's quotes depend on its own text and on what earlier units left (the speakers remembered,
 * the last person mention before it). A unit is read on its own text, offsets relative to its first
 * paragraph; the speakers and the mention it received from earlier units get placeholder spans there
 * (before the unit: `LAST` = -40 …), which `placeUnit` replaces with the real spans when it moves the
 * result to document offsets. So a unit's result is a function of exactly its text and the names and
 * rules it received, which is what lets `reuse/quoteUnits.ts` remember it.
 */
import type { Block, EntityMention, Finding, Quote, Span } from '../types';
import type { State, Who } from './memory';
import { unattributedFinding } from './messages';
import { findSourcing } from './sourcing';
import { attributeQuotes, type Attributed } from './speakers';
import { findQuoteSpans } from './spans';
import { buildViews } from './view';

/** What one unit leaves to the next: the speakers remembered (see `memory.ts`). */
export interface SpeakerCarry {
  last: Who | null;
  lastPerson: Who | null;
  /** The last outlet that spoke (`据美国“动力”网站报道`), for `报道称`, `文章说`. */
  lastMedia: Who | null;
  /** The last speaker of the unit's last paragraph. */
  inBlock: Who | null;
  /** Someone unnamed spoke last and no one was named after them (`一名男子表示……`): they still hold the floor. */
  unnamed: boolean;
}

/** Quotes, findings and the carry for the next unit. */
export interface UnitQuotes {
  quotes: Quote[];
  findings: Finding[];
  carry: SpeakerCarry;
}

/** Everything a unit's result depends on; spans in document offsets. */
export interface UnitInput {
  text: string;
  /** The prose blocks of the article; the unit's are `blocks[first..last]`. */
  blocks: readonly Block[];
  first: number;
  last: number;
  /** Entity mentions of the article (persons, places, organizations), in order; the unit's are `named[from..to)`. */
  named: readonly EntityMention[];
  from: number;
  to: number;
  /** The last person mention before the unit (pronouns fall back to it). */
  before: EntityMention | null;
  /** `before` opens the paragraph just before the unit, after the last person who spoke (`topicOf`). */
  topic: boolean;
  carry: SpeakerCarry;
}

/** Placeholder starts of the speakers and the mention carried into a unit (all before the unit). */
export const LAST = -40;
export const LAST_PERSON = -30;
export const IN_BLOCK = -20;
export const MENTION = -10;
export const LAST_MEDIA = -50;
/** `unnamedAt` of a unit whose floor someone unnamed held when it began (they spoke in the unit before). */
export const FLOOR_CARRIED_IN = -0.5;
/** The placeholders a unit's result can hold. */
export const PLACEHOLDERS: readonly number[] = [LAST, LAST_PERSON, IN_BLOCK, MENTION, LAST_MEDIA];

/** Shared by every unit without quotes or findings (most paragraphs): never written to. */
export const NO_QUOTES: Quote[] = [];
export const NO_FINDINGS: Finding[] = [];

/**
 * Quotes of one unit in document offsets: `古普塔表示：“……”` → a speech quote by `古普塔`, and the
 * carry for the next unit.
 */
export function findUnitQuotes(u: UnitInput): UnitQuotes {
  const base = u.blocks[u.first].content.start;
  return placeUnit(readUnit(u, base), base, u);
}

/** The unit's result read from its own text, offsets relative to `base` (its first paragraph), with placeholders. */
export function readUnit(u: UnitInput, base: number): UnitQuotes {
  const text = u.text.slice(base, u.blocks[u.last].content.end);
  const blocks = u.blocks.slice(u.first, u.last + 1).map((b) => ({ ...b, start: b.start - base, end: b.end - base, content: { start: b.content.start - base, end: b.content.end - base } }));
  const named = u.named.slice(u.from, u.to).map((m) => ({ ...m, start: m.start - base, end: m.end - base }));
  const state = placeholderState(u, named, text);
  const { spans, findings } = findQuoteSpans(text, blocks);
  const views = buildViews(text, blocks, spans);
  const attributed = attributeQuotes(text, views, spans, state);
  for (const a of attributed) {
    // a quote from an unnamed person (`一名匿名美国高级国防官员表示`) is sourced, anonymously: `source.*` says so
    if (a.kind === 'speech' && !a.speaker && !a.unnamed && a.span.depth === 0 && !wovenFragment(text, a.span)) {
      findings.push(unattributedFinding(a.span));
    }
  }
  findings.push(...findSourcing(views, named));
  const quotes = attributed.length ? attributed.map((a) => toQuote(text, a)) : NO_QUOTES;
  return { quotes, findings: findings.length ? findings : NO_FINDINGS, carry: { last: state.last, lastPerson: state.lastPerson, lastMedia: state.lastMedia, inBlock: state.inBlock, unnamed: holdsFloor(state) } };
}

/** Longest quotation read as a fragment woven into its sentence. */
const FRAGMENT_MAX = 6;
const CLAUSE_MARK = /[，。！？；：,.!?;…]/;
/** A word or a letter right before the opening mark (the sentence runs into the quotation), not a speech verb. */
const RUNS_INTO = /[\u4e00-\u9fa5A-Za-z0-9](?<![说道称问答喊])$/;

/**
 * A few words quoted inside a sentence that runs into them (`或意在“放长线钓大鱼”`, `作出“有罪推论”`, `对台“施压”`): a
 * fragment of someone's words at most (the guideline's optional speech), whose missing speaker is no finding: a
 * fact-checker is told of the quotations a reader takes for someone's statement, not of every word in marks.
 */
function wovenFragment(text: string, span: { start: number; inner: Span }): boolean {
  const inner = text.slice(span.inner.start, span.inner.end);
  return inner.length <= FRAGMENT_MAX && !CLAUSE_MARK.test(inner) && RUNS_INTO.test(text.slice(Math.max(0, span.start - 1), span.start));
}

/**
 * Someone unnamed spoke in the unit after the last speaker and no person is named after them (outside quotes): they hold
 * the floor into the next unit (one paragraph or quotation: after that the article's topic takes it back).
 */
function holdsFloor(state: State): boolean {
  return state.unnamedAt >= 0 && !state.last && !state.persons.some((m) => m.start > state.unnamedAt && !state.quotedStarts.has(m.start));
}

function placeholderState(u: UnitInput, named: EntityMention[], text: string): State {
  const persons = named.filter((m) => m.type === 'person');
  const at = (w: Who | null, start: number): Who | null => w && { name: w.name, via: w.via, span: { start, end: start + 1 } };
  const last = at(u.carry.last, LAST);
  const inBlock = u.carry.inBlock === u.carry.last ? last : at(u.carry.inBlock, IN_BLOCK);
  const before = u.before ? [{ ...u.before, start: MENTION, end: MENTION + 1 }] : [];
  return { last, lastPerson: at(u.carry.lastPerson, LAST_PERSON), lastMedia: at(u.carry.lastMedia, LAST_MEDIA), inBlock, prevBlockLast: null, persons: [...before, ...persons], subjects: [], blockStart: 0, personStarts: new Set(persons.map((m) => m.start)), named, quotedStarts: new Set(), unnamedAt: u.carry.unnamed ? FLOOR_CARRIED_IN : -1, topic: u.topic, text };
}

function toQuote(text: string, a: Attributed): Quote {
  const q = a.span;
  return {
    start: q.start,
    end: q.end,
    text: text.slice(q.inner.start, q.inner.end),
    inner: q.inner,
    mark: q.mark,
    kind: a.kind,
    speaker: a.speaker,
    speakerSpan: a.speakerSpan,
    speakerVia: a.via,
  };
}

/** A unit result (from {@link readUnit}) as new objects in document offsets, real spans in place of the placeholders. */
export function placeUnit(r: UnitQuotes, base: number, u: UnitInput): UnitQuotes {
  const span = (s: Span): Span => placeSpan(s, base, u);
  // a literal in `toQuote`'s key order: one hidden class for every placed quote
  const quotes = r.quotes.length === 0 ? NO_QUOTES : r.quotes.map((q): Quote => ({ start: q.start + base, end: q.end + base, text: q.text, inner: span(q.inner), mark: q.mark, kind: q.kind, speaker: q.speaker, speakerSpan: q.speakerSpan && span(q.speakerSpan), speakerVia: q.speakerVia }));
  const findings = r.findings.length === 0 ? NO_FINDINGS : r.findings.map((f) => {
    const out = { ...f, start: f.start + base, end: f.end + base };
    if (f.related) out.related = f.related.map((x) => ({ ...x, ...span(x) }));
    return out;
  });
  return { quotes, findings, carry: placeCarry(r.carry, u, base) };
}

/**
 * The carry a unit passes on, in document offsets. A speaker the unit only passes through is the very
 * object it received (most paragraphs quote nobody: they allocate no carry at all); a speaker of its
 * own is placed anew.
 */
function placeCarry(c: SpeakerCarry, u: UnitInput, base: number): SpeakerCarry {
  const last = placeWho(c.last, base, u);
  // the next unit's key tells `inBlock` apart from `last` by identity
  const inBlock = c.inBlock === c.last ? last : placeWho(c.inBlock, base, u);
  const lastPerson = placeWho(c.lastPerson, base, u);
  const lastMedia = placeWho(c.lastMedia, base, u);
  const k = u.carry;
  if (last === k.last && lastPerson === k.lastPerson && lastMedia === k.lastMedia && inBlock === k.inBlock && c.unnamed === k.unnamed) return k;
  return { last, lastPerson, lastMedia, inBlock, unnamed: c.unnamed };
}

/** A speaker of a unit result in document offsets: the one received, when passed through, else a new one. */
export function placeWho(w: Who | null, base: number, u: UnitInput): Who | null {
  if (!w) return null;
  return passedThrough(w, u) ?? { name: w.name, span: placeSpan(w.span, base, u), via: w.via };
}

/** The speaker the unit received for a placeholder `w` it passes on unchanged (same name and rule), or null. */
export function passedThrough(w: Who, u: UnitInput): Who | null {
  const s = w.span.start;
  const got = s === LAST ? u.carry.last : s === LAST_PERSON ? u.carry.lastPerson : s === IN_BLOCK ? u.carry.inBlock : s === LAST_MEDIA ? u.carry.lastMedia : null;
  return got && got.name === w.name && got.via === w.via ? got : null;
}

/** A relative span in document offsets: moved by `base`, or a copy of the span its placeholder stands for. */
function placeSpan(s: Span, base: number, u: UnitInput): Span {
  if (s.start >= 0) return { start: s.start + base, end: s.end + base };
  const real = placeholderSource(s.start, u);
  return { start: real.start, end: real.end };
}

/** The span a placeholder stands for (not a copy). */
export function placeholderSource(start: number, u: UnitInput): Span {
  const real = spanBehind(start, u);
  if (!real) throw new Error(`no span behind placeholder ${start}`);
  return real;
}

/** The span placeholder `start` stands for in unit `u`, if any. */
export function spanBehind(start: number, u: UnitInput): Span | null | undefined {
  return start === LAST ? u.carry.last?.span : start === LAST_PERSON ? u.carry.lastPerson?.span : start === IN_BLOCK ? u.carry.inBlock?.span : start === LAST_MEDIA ? u.carry.lastMedia?.span : u.before;
}
