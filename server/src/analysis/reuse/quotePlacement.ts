/**
 * Placing a cached quote unit in the document (see `placement.ts`): besides moving by the unit's
 * offset, the placeholders in it stand for the spans of the speakers and the mention it received,
 * which sit before the unit and may have moved otherwise (see `quotes/units.ts`).
 */
import type { Span } from '../types';
import type { Who } from '../quotes/memory';
import { PLACEHOLDERS, passedThrough, placeholderSource, placeUnit, placeWho, spanBehind, type SpeakerCarry, type UnitInput, type UnitQuotes } from '../quotes/units';
import { placeAt, type Placed } from './placement';

/** A placed unit result, and the starts of the spans its placeholders stood for then (-1: none). */
export interface PlacedUnit {
  result: UnitQuotes;
  sources: number[];
}

/** A unit result as the memo keeps it (relative offsets, placeholders), and its copy in document offsets. */
export interface CachedUnit {
  unit: UnitQuotes;
  placed: Placed<PlacedUnit> | null;
}

/**
 * The unit being placed, the last analysis's number when the unit lies before the edit (else -1), and
 * the offset below which copies placed before are reserved (`placeAt`; -1: none).
 */
export interface UnitPlacing {
  u: UnitInput;
  unmoved: number;
  reserved: number;
}

/**
 * The unit's result in document offsets for analysis `run`, at `base` (its first paragraph). A unit the
 * last analysis placed before the edit, at the same place and from spans at the same places, is where
 * it was: every offset in it is what a new placement would write, so only the carry it passes on is
 * taken anew (the speakers it passes through are objects of earlier units, which may have been swapped
 * for others placed at the same offsets: two units with the same text share a result).
 */
export function placeCachedUnit(c: CachedUnit, base: number, run: number, placing: UnitPlacing): UnitQuotes {
  return placeAt(c, base, run, freshUnit, moveUnit, placing, placing.reserved).result;
}

function freshUnit(c: CachedUnit, base: number, { u }: UnitPlacing): PlacedUnit {
  const result = placeUnit(c.unit, base, u);
  const sources: number[] = [];
  setSources(sources, u);
  return { result, sources };
}

function moveUnit(c: CachedUnit, p: Placed<PlacedUnit>, base: number, { u, unmoved }: UnitPlacing): void {
  const v = p.value;
  if (p.run === unmoved && p.at === base && sameSources(v.sources, u)) v.result.carry = moveCarry(c.unit.carry, u, base, v.result.carry);
  else {
    moveInto(v.result, c.unit, base, u);
    setSources(v.sources, u);
  }
}

function sameSources(s: readonly number[], u: UnitInput): boolean {
  for (let k = 0; k < PLACEHOLDERS.length; k++) if (s[k] !== (spanBehind(PLACEHOLDERS[k], u)?.start ?? -1)) return false;
  return true;
}

function setSources(s: number[], u: UnitInput): void {
  for (let k = 0; k < PLACEHOLDERS.length; k++) s[k] = spanBehind(PLACEHOLDERS[k], u)?.start ?? -1;
}

/** `placeUnit` into the objects of an earlier placement of the same result (same shapes, new offsets). */
function moveInto(out: UnitQuotes, r: UnitQuotes, base: number, u: UnitInput): void {
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
  out.carry = moveCarry(r.carry, u, base, out.carry);
}

/**
 * The carry a unit passes on, as `placeUnit` makes it, with the unit's own speakers moved into the
 * objects of the carry placed before (`earlier`) rather than placed anew.
 */
function moveCarry(c: SpeakerCarry, u: UnitInput, base: number, earlier: SpeakerCarry): SpeakerCarry {
  const last = moveWho(c.last, earlier.last, base, u);
  // the next unit's key tells `inBlock` apart from `last` by identity
  const inBlock = c.inBlock === c.last ? last : moveWho(c.inBlock, earlier.inBlock, base, u);
  const lastPerson = moveWho(c.lastPerson, earlier.lastPerson, base, u);
  const lastMedia = moveWho(c.lastMedia, earlier.lastMedia, base, u);
  const k = u.carry;
  if (last === k.last && lastPerson === k.lastPerson && lastMedia === k.lastMedia && inBlock === k.inBlock && c.unnamed === k.unnamed) return k;
  if (earlier !== k && earlier.last === last && earlier.lastPerson === lastPerson && earlier.lastMedia === lastMedia && earlier.inBlock === inBlock && earlier.unnamed === c.unnamed) return earlier;
  return { last, lastPerson, lastMedia, inBlock, unnamed: c.unnamed };
}

function moveWho(w: Who | null, before: Who | null, base: number, u: UnitInput): Who | null {
  if (!w) return null;
  const got = passedThrough(w, u);
  if (got) return got;
  if (!before) return placeWho(w, base, u);
  moveSpan(w.span, before.span, base, u);
  return before;
}

/** Moves `into` to where the relative span `s` is now (a placeholder: where the span it stands for is). */
function moveSpan(s: Span, into: Span, base: number, u: UnitInput): void {
  const real = s.start >= 0 ? null : placeholderSource(s.start, u);
  into.start = real ? real.start : s.start + base;
  into.end = real ? real.end : s.end + base;
}
