/**
 * Placing a unit's result in the document: its offsets are relative to the unit's first paragraph,
 * and the speakers and mention it received from earlier units are placeholders (see `units.ts`).
 * The objects an earlier analysis placed are moved in place rather than copied.
 */
import type { Finding, Quote, Span } from '../types';
import type { Who } from './memory';
import type { Carry, QuoteUnit, UnitInput, UnitQuotes } from './units';

/** Placeholder starts of the speakers and the mention carried into a unit (all before the unit). */
export const LAST = -40;
export const LAST_PERSON = -30;
export const IN_BLOCK = -20;
export const MENTION = -10;
/** The placeholders a unit's result can hold, in the order of `Placement.sources`. */
const PLACEHOLDERS = [LAST, LAST_PERSON, IN_BLOCK, MENTION];

/**
 * A unit result in document offsets, as an analysis (`run`) placed it: at `base`, with the spans its
 * placeholders stand for starting at `sources` (the speakers carried in, the mention before; -1 none).
 */
export interface Placement {
  run: number;
  base: number;
  sources: number[];
  result: UnitQuotes;
}

/**
 * The unit's result in document offsets. The objects the last analysis placed are moved in place (an
 * edit leaves every unit before it where it was, and moves every unit after it by the same amount), so
 * an edit allocates nothing for the units it did not touch. A result placed once already in this
 * analysis (the same unit text twice) is placed anew instead.
 */
export function placeAgain(r: QuoteUnit, base: number, u: UnitInput, run: number, unmoved: number): UnitQuotes {
  const p = r.placed;
  if (p && p.run !== run) {
    if (p.run === unmoved && p.base === base && sameSources(p.sources, u)) {
      // placed by the last analysis, before the edit, at the same place and from spans at the same
      // places: every offset in it is what a new placement would write. Only the speakers it passes on
      // are taken anew: those it passes through are objects of earlier units, which may have been
      // swapped for others placed at the same offsets (two units with the same text share a result).
      p.result.carry = placeCarry(r.carry, u, base, p.result.carry);
    } else {
      placeInto(p.result, r, base, u);
      setSources(p.sources, u);
    }
    p.run = run;
    p.base = base;
    return p.result;
  }
  const result = place(r, base, u);
  const sources: number[] = [];
  setSources(sources, u);
  r.placed = { run, base, sources, result };
  return result;
}

function sameSources(s: readonly number[], u: UnitInput): boolean {
  for (let k = 0; k < PLACEHOLDERS.length; k++) if (s[k] !== (spanBehind(PLACEHOLDERS[k], u)?.start ?? -1)) return false;
  return true;
}

function setSources(s: number[], u: UnitInput): void {
  for (let k = 0; k < PLACEHOLDERS.length; k++) s[k] = spanBehind(PLACEHOLDERS[k], u)?.start ?? -1;
}

/** Shared by every unit without quotes or findings (most paragraphs): never written to. */
export const NO_QUOTES: Quote[] = [];
export const NO_FINDINGS: Finding[] = [];

/** Moves a unit result to document offsets and puts the real spans in place of the placeholders. */
export function place(r: QuoteUnit, base: number, u: UnitInput): UnitQuotes {
  const span = (s: Span): Span => placeSpan(s, base, u);
  // a literal in `toQuote`'s key order: one hidden class for every placed quote
  const quotes = r.quotes.length === 0 ? NO_QUOTES : r.quotes.map((q): Quote => ({ start: q.start + base, end: q.end + base, text: q.text, inner: span(q.inner), mark: q.mark, kind: q.kind, speaker: q.speaker, speakerSpan: q.speakerSpan && span(q.speakerSpan), speakerVia: q.speakerVia }));
  const findings = r.findings.length === 0 ? NO_FINDINGS : r.findings.map((f) => {
    const out = { ...f, start: f.start + base, end: f.end + base };
    if (f.related) out.related = f.related.map((x) => ({ ...x, ...span(x) }));
    return out;
  });
  return { quotes, findings, carry: placeCarry(r.carry, u, base, null) };
}

/**
 * The carry a unit passes on, in document offsets. A speaker the unit only passes through is the very
 * object it received (most paragraphs quote nobody: they allocate no carry at all); a speaker of its
 * own is placed anew, or with `earlier` (a placement being moved) moved into the object placed before.
 */
function placeCarry(c: Carry, u: UnitInput, base: number, earlier: Carry | null): Carry {
  const last = carryOne(c.last, earlier && earlier.last, base, u);
  // the next unit's key tells `inBlock` apart from `last` by identity
  const inBlock = c.inBlock === c.last ? last : carryOne(c.inBlock, earlier && earlier.inBlock, base, u);
  const lastPerson = carryOne(c.lastPerson, earlier && earlier.lastPerson, base, u);
  const k = u.carry;
  if (last === k.last && lastPerson === k.lastPerson && inBlock === k.inBlock) return k;
  if (earlier && earlier !== k && earlier.last === last && earlier.lastPerson === lastPerson && earlier.inBlock === inBlock) return earlier;
  return { last, lastPerson, inBlock };
}

function carryOne(w: Who | null, before: Who | null, base: number, u: UnitInput): Who | null {
  if (!w) return null;
  const got = passedThrough(w, u);
  if (got) return got;
  if (!before) return { name: w.name, span: placeSpan(w.span, base, u), via: w.via };
  moveSpan(w.span, before.span, base, u);
  return before;
}

/** The speaker the unit received for a placeholder `w` it passes on unchanged (same name and rule), or null. */
function passedThrough(w: Who, u: UnitInput): Who | null {
  const s = w.span.start;
  const got = s === LAST ? u.carry.last : s === LAST_PERSON ? u.carry.lastPerson : s === IN_BLOCK ? u.carry.inBlock : null;
  return got && got.name === w.name && got.via === w.via ? got : null;
}

/** `place` into the objects of an earlier placement of the same result (same shapes, new offsets). */
function placeInto(out: UnitQuotes, r: QuoteUnit, base: number, u: UnitInput): void {
  for (let i = 0; i < r.quotes.length; i++) {
    const q = r.quotes[i];
    const o = out.quotes[i];
    o.start = q.start + base;
    o.end = q.end + base;
    moveSpan(q.inner, o.inner, base, u);
    if (q.speakerSpan) moveSpan(q.speakerSpan, o.speakerSpan!, base, u);
  }
  for (let i = 0; i < r.findings.length; i++) {
    const f = r.findings[i];
    const o = out.findings[i];
    o.start = f.start + base;
    o.end = f.end + base;
    if (f.related) for (let k = 0; k < f.related.length; k++) moveSpan(f.related[k], o.related![k], base, u);
  }
  // own speakers were placed as objects of this unit's: moved in place; passed-through ones are taken anew
  // (whether a speaker is passed through depends only on names and rules, the same as when placed before)
  out.carry = placeCarry(r.carry, u, base, out.carry);
}

/** Moves `into` to where the relative span `s` is now (a placeholder: where the span it stands for is). */
function moveSpan(s: Span, into: Span, base: number, u: UnitInput): void {
  const real = s.start >= 0 ? null : placeholderSource(s.start, u);
  into.start = real ? real.start : s.start + base;
  into.end = real ? real.end : s.end + base;
}

/** A relative span in document offsets: moved by `base`, or a copy of the span its placeholder stands for. */
function placeSpan(s: Span, base: number, u: UnitInput): Span {
  if (s.start >= 0) return { start: s.start + base, end: s.end + base };
  const real = placeholderSource(s.start, u);
  return { start: real.start, end: real.end };
}

/** The span a placeholder stands for (not a copy). */
function placeholderSource(start: number, u: UnitInput): Span {
  const real = spanBehind(start, u);
  if (!real) throw new Error(`no span behind placeholder ${start}`);
  return real;
}

/** The span placeholder `start` stands for in unit `u`, if any. */
function spanBehind(start: number, u: UnitInput): Span | null | undefined {
  return start === LAST ? u.carry.last?.span : start === LAST_PERSON ? u.carry.lastPerson?.span : start === IN_BLOCK ? u.carry.inBlock?.span : u.before;
}
