/**
 * Quotes as a fold over units: a unit is one paragraph, or the paragraphs one quotation runs over.
 * A unit's quotes depend on its own text and on what earlier units left (the speakers remembered,
 * the last person mention before it), so each unit's result is memoized under a key of exactly that.
 * Speakers that come from earlier units are keyed by name and rule only: inside the unit they get
 * placeholder spans, which are replaced by the real spans when the result is placed in the document.
 */
import type { Block, EntityMention, Finding, Quote } from '../types';
import type { Memo, MemoEntry } from '../reuse/memoTable';
import type { State, Who } from './memory';
import { unattributedMessage } from './messages';
import { findSourcing } from './sourcing';
import { attributeQuotes, type Attributed } from './speakers';
import { findQuoteSpans } from './spans';
import { buildViews } from './view';
import { IN_BLOCK, LAST, LAST_PERSON, MENTION, NO_FINDINGS, NO_QUOTES, place, placeAgain, type Placement } from './placement';

/** What one unit leaves to the next: the speakers remembered (see `memory.ts`). */
export interface Carry {
  last: Who | null;
  lastPerson: Who | null;
  /** The last speaker of the unit's last paragraph. */
  inBlock: Who | null;
}

/** Quotes, findings and the carry for the next unit. */
export interface UnitQuotes {
  quotes: Quote[];
  findings: Finding[];
  carry: Carry;
}

/** One unit's quotes and findings, offsets relative to the unit's first paragraph. */
export interface QuoteUnit extends UnitQuotes {
  /** The result in document offsets as an analysis (`run`) placed it (see {@link placeAgain}). */
  placed: Placement | null;
}

/** Everything a unit's result depends on; spans in document offsets. */
export interface UnitInput {
  text: string;
  /** The prose blocks of the article; the unit's are `blocks[first..last]`. */
  blocks: readonly Block[];
  first: number;
  last: number;
  /** Short stand-ins for the blocks' content texts (see `CachedParagraph.key`), or null to key by the texts. */
  keys: readonly string[] | null;
  /** Person mentions of the article, in order; the unit's are `persons[from..to)`. */
  persons: readonly EntityMention[];
  from: number;
  to: number;
  /** The last person mention before the unit (pronouns fall back to it). */
  before: EntityMention | null;
  carry: Carry;
}

/** What a unit was computed with, kept so the next analysis can reuse it without building its key. */
export interface UnitRecord {
  entry: MemoEntry<QuoteUnit>;
  /** Its number of blocks, their kinds, the mention before it and the carry it got. */
  blocks: number;
  kinds: string;
  before: string | null;
  carry: Carry;
  /** Its person mentions: names, and offsets from the unit's first content (start, end pairs). */
  names: string[];
  offsets: number[];
}

const NONE: string[] = [];
const NONE_AT: number[] = [];

/**
 * Quotes of one unit in document offsets: `古普塔表示：“……”` → a speech quote by `古普塔`, and the
 * carry for the next unit. With `memo`, an unchanged unit with an unchanged input is not recomputed;
 * `old` is the same unit's record in the last analysis (its blocks on the same lines): when everything
 * else the unit depends on is unchanged too, its result is taken from there, and no key is built.
 * `unmoved` is the last analysis's number when the unit lies before the edit (nothing before it
 * changed): a result that analysis placed is where it was, and is not placed again. The unit's record
 * for the next analysis goes to `records[u.first]` (with a memo).
 */
export function findUnitQuotes(u: UnitInput, memo: Memo<QuoteUnit> | undefined, old: UnitRecord | null, run = 0, unmoved = -1, records?: (UnitRecord | null)[]): UnitQuotes {
  const base = u.blocks[u.first].content.start;
  if (!memo) return place(computeFor(u, base), base, u);
  const kinds = blockKinds(u);
  const before = u.before ? u.before.text : null;
  const n = u.last - u.first + 1;
  if (old && old.blocks === n && old.kinds === kinds && old.before === before && sameCarry(old.carry, u.carry) && samePersons(old, u, base)) {
    memo.touch(old.entry);
    // the record stays true of this unit: only the carry object may be another, equal one
    old.carry = u.carry;
    if (records) records[u.first] = old;
    return placeAgain(old.entry.value, base, u, run, unmoved);
  }
  const record = newRecord(u, base, memo, n, kinds, before);
  if (records) records[u.first] = record;
  return placeAgain(record.entry.value, base, u, run, -1);
}

/**
 * The unit's memo entry, found by its key (or computed), and its record. Apart from
 * {@link findUnitQuotes}, whose every call would otherwise allocate the context of this closure.
 */
function newRecord(u: UnitInput, base: number, memo: Memo<QuoteUnit>, n: number, kinds: string, before: string | null): UnitRecord {
  const entry = memo.entry(unitKey(u, base), () => computeFor(u, base));
  // plain arrays: a typed array costs ~200 bytes of its own, and most units have no person at all
  const names: string[] = u.to > u.from ? [] : NONE;
  const offsets: number[] = u.to > u.from ? [] : NONE_AT;
  for (let i = u.from; i < u.to; i++) {
    names.push(u.persons[i].text);
    offsets.push(u.persons[i].start - base, u.persons[i].end - base);
  }
  return { entry, blocks: n, kinds, before, carry: u.carry, names, offsets };
}

/** The unit's result computed afresh, offsets relative to `base` (its first paragraph). */
function computeFor(u: UnitInput, base: number): QuoteUnit {
  const local = u.text.slice(base, u.blocks[u.last].content.end);
  const blocks = u.blocks.slice(u.first, u.last + 1).map((b) => ({ ...b, start: b.start - base, end: b.end - base, content: { start: b.content.start - base, end: b.content.end - base } }));
  const persons = u.persons.slice(u.from, u.to).map((m) => ({ ...m, start: m.start - base, end: m.end - base }));
  return computeUnit(local, blocks, placeholderState(u, persons));
}

function blockKinds(u: UnitInput): string {
  if (u.first === u.last) return u.blocks[u.first].kind;
  return u.blocks.slice(u.first, u.last + 1).map((b) => b.kind).join(',');
}

function sameWho(a: Who | null, b: Who | null): boolean {
  return a === b || (!!a && !!b && a.name === b.name && a.via === b.via);
}

/** The same carry as far as the unit's key can tell (names and rules; `inBlock` being `last`). */
function sameCarry(a: Carry, b: Carry): boolean {
  if (a === b) return true;
  const aSame = a.inBlock === a.last;
  return sameWho(a.last, b.last) && sameWho(a.lastPerson, b.lastPerson) && aSame === (b.inBlock === b.last) && (aSame || sameWho(a.inBlock, b.inBlock));
}

function samePersons(old: UnitRecord, u: UnitInput, base: number): boolean {
  if (old.names.length !== u.to - u.from) return false;
  for (let i = 0; i < old.names.length; i++) {
    const p = u.persons[u.from + i];
    if (p.start - base !== old.offsets[2 * i] || p.end - base !== old.offsets[2 * i + 1] || p.text !== old.names[i]) return false;
  }
  return true;
}

/** The unit's text (or its stand-ins), block shapes, person mentions and incoming state, offsets from `base`. */
function unitKey(u: UnitInput, base: number): string {
  const who = (w: Who | null): string => (w ? `${w.name}\u0002${w.via}` : '\u0003');
  const c = u.carry;
  let key = `${who(c.last)}\u0001${who(c.lastPerson)}\u0001${c.inBlock === c.last ? '=' : who(c.inBlock)}\u0001${u.before ? u.before.text : '\u0003'}`;
  for (let i = u.from; i < u.to; i++) key += `\u0001${u.persons[i].start - base},${u.persons[i].end - base},${u.persons[i].text}`;
  for (let i = u.first; i <= u.last; i++) {
    const { kind, content } = u.blocks[i];
    // the text between paragraphs is part of a quotation that runs over them
    const gap = i > u.first ? u.text.slice(u.blocks[i - 1].content.end, content.start) : '';
    key += `\u0000${gap}\u0000${kind},${content.start - base},${content.end - base},${u.keys ? u.keys[i] : u.text.slice(content.start, content.end)}`;
  }
  return key;
}

function placeholderState(u: UnitInput, persons: EntityMention[]): State {
  const at = (w: Who | null, start: number): Who | null => w && { name: w.name, via: w.via, span: { start, end: start + 1 } };
  const last = at(u.carry.last, LAST);
  const inBlock = u.carry.inBlock === u.carry.last ? last : at(u.carry.inBlock, IN_BLOCK);
  const before = u.before ? [{ ...u.before, start: MENTION, end: MENTION + 1 }] : [];
  return { last, lastPerson: at(u.carry.lastPerson, LAST_PERSON), inBlock, prevBlockLast: null, persons: [...before, ...persons], personStarts: new Set(persons.map((m) => m.start)) };
}

function computeUnit(text: string, blocks: Block[], state: State): QuoteUnit {
  const { spans, findings } = findQuoteSpans(text, blocks);
  const views = buildViews(text, blocks, spans);
  const attributed = attributeQuotes(text, views, spans, state);
  for (const a of attributed) {
    if (a.kind === 'speech' && !a.speaker && a.span.depth === 0) {
      findings.push({ code: 'quote.unattributed', severity: 'warning', start: a.span.start, end: a.span.end, message: unattributedMessage() });
    }
  }
  findings.push(...findSourcing(views));
  const quotes = attributed.length ? attributed.map((a) => toQuote(text, a)) : NO_QUOTES;
  return { quotes, findings: findings.length ? findings : NO_FINDINGS, carry: { last: state.last, lastPerson: state.lastPerson, inBlock: state.inBlock }, placed: null };
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
