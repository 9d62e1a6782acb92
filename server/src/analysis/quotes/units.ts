/**
 * Quotes as a fold over units: a unit is one paragraph, or the paragraphs one quotation runs over.
 * A unit's quotes depend on its own text and on what earlier units left (the speakers remembered,
 * the last person mention before it), so each unit's result is memoized under a key of exactly that.
 * Speakers that come from earlier units are keyed by name and rule only: inside the unit they get
 * placeholder spans, which are replaced by the real spans when the result is placed in the document.
 */
import type { Block, EntityMention, Finding, Quote, Span } from '../types';
import type { Memo } from '../paragraphCache';
import type { State, Who } from './memory';
import { unattributedMessage } from './messages';
import { findSourcing } from './sourcing';
import { attributeQuotes, type Attributed } from './speakers';
import { findQuoteSpans } from './spans';
import { buildViews } from './view';

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
  /** The result in document offsets as the last analysis placed it, and the input it was placed with. */
  placed: { at: number; carry: Carry; before: number; result: UnitQuotes } | null;
}

/** Everything a unit's result depends on; spans in document offsets. */
export interface UnitInput {
  text: string;
  /** The unit's prose blocks. */
  blocks: Block[];
  /** Short stand-ins for the blocks' content texts (see `CachedParagraph.key`), or null to key by the texts. */
  keys: readonly string[] | null;
  /** Person mentions inside the unit, in order. */
  persons: EntityMention[];
  /** The last person mention before the unit (pronouns fall back to it). */
  before: EntityMention | null;
  carry: Carry;
}

/** Placeholder starts of the speakers and the mention carried into a unit (all before the unit). */
const LAST = -40;
const LAST_PERSON = -30;
const IN_BLOCK = -20;
const MENTION = -10;

/**
 * Quotes of one unit in document offsets: `古普塔表示：“……”` → a speech quote by `古普塔`, and the
 * carry for the next unit. With `memo`, an unchanged unit with an unchanged input is not recomputed.
 */
export function findUnitQuotes(u: UnitInput, memo?: Memo<QuoteUnit>): UnitQuotes {
  const base = u.blocks[0].content.start;
  const compute = (): QuoteUnit => {
    const local = u.text.slice(base, u.blocks[u.blocks.length - 1].content.end);
    const blocks = u.blocks.map((b) => ({ ...b, start: b.start - base, end: b.end - base, content: { start: b.content.start - base, end: b.content.end - base } }));
    const persons = u.persons.map((m) => ({ ...m, start: m.start - base, end: m.end - base }));
    return computeUnit(local, blocks, placeholderState(u, persons));
  };
  const r = memo ? memo.get(unitKey(u, base), compute) : compute();
  return placeAgain(r, base, u);
}

/**
 * `place`, or the result the last analysis placed when nothing it was placed with changed: the same
 * offset and the same carried speakers (the very objects, as a reused unit before this one passes on)
 * and mention before. An edit leaves every unit before it so, and they allocate nothing.
 */
function placeAgain(r: QuoteUnit, base: number, u: UnitInput): UnitQuotes {
  const p = r.placed;
  const c = u.carry;
  const before = u.before ? u.before.start : -1;
  if (p && p.at === base && p.before === before && p.carry.last === c.last && p.carry.lastPerson === c.lastPerson && p.carry.inBlock === c.inBlock) return p.result;
  const result = place(r, base, u);
  r.placed = { at: base, carry: c, before, result };
  return result;
}

/** The unit's text (or its stand-ins), block shapes, person mentions and incoming state, offsets from `base`. */
function unitKey(u: UnitInput, base: number): string {
  const who = (w: Who | null): string => (w ? `${w.name}\u0002${w.via}` : '\u0003');
  const c = u.carry;
  let key = `${who(c.last)}\u0001${who(c.lastPerson)}\u0001${c.inBlock === c.last ? '=' : who(c.inBlock)}\u0001${u.before ? u.before.text : '\u0003'}`;
  for (const m of u.persons) key += `\u0001${m.start - base},${m.end - base},${m.text}`;
  for (let i = 0; i < u.blocks.length; i++) {
    const { kind, content } = u.blocks[i];
    // the text between paragraphs is part of a quotation that runs over them
    const gap = i > 0 ? u.text.slice(u.blocks[i - 1].content.end, content.start) : '';
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
  return { quotes: attributed.map((a) => toQuote(text, a)), findings, carry: { last: state.last, lastPerson: state.lastPerson, inBlock: state.inBlock }, placed: null };
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

/** Moves a unit result to document offsets and puts the real spans in place of the placeholders. */
function place(r: QuoteUnit, base: number, u: UnitInput): UnitQuotes {
  const span = (s: Span): Span => (s.start >= 0 ? { start: s.start + base, end: s.end + base } : placeholderSpan(s.start, u));
  const who = (w: Who | null): Who | null => w && { name: w.name, span: span(w.span), via: w.via };
  // a literal in `toQuote`'s key order: one hidden class for every placed quote
  const quotes = r.quotes.map((q): Quote => ({ start: q.start + base, end: q.end + base, text: q.text, inner: span(q.inner), mark: q.mark, kind: q.kind, speaker: q.speaker, speakerSpan: q.speakerSpan && span(q.speakerSpan), speakerVia: q.speakerVia }));
  const findings = r.findings.map((f) => {
    const out = { ...f, start: f.start + base, end: f.end + base };
    if (f.related) out.related = f.related.map((x) => ({ ...x, ...span(x) }));
    return out;
  });
  const last = who(r.carry.last);
  // the next unit's key tells `inBlock` apart from `last` by identity
  const inBlock = r.carry.inBlock === r.carry.last ? last : who(r.carry.inBlock);
  return { quotes, findings, carry: { last, lastPerson: who(r.carry.lastPerson), inBlock } };
}

function placeholderSpan(start: number, u: UnitInput): Span {
  const real = start === LAST ? u.carry.last?.span : start === LAST_PERSON ? u.carry.lastPerson?.span : start === IN_BLOCK ? u.carry.inBlock?.span : u.before;
  if (!real) throw new Error(`no span behind placeholder ${start}`);
  return { start: real.start, end: real.end };
}
