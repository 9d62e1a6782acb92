// Offsets in a converted text (the Simplified view of a Traditional article) back to the original.
import type { Span } from '../types';

/**
 * A piece of the converted text whose length differs from the original it came from (`計程車` →
 * `出租车` is the same length and needs none; `的士` → `計程車` does). Between pieces, an offset
 * moves by the length difference of all pieces before it.
 */
interface Piece {
  convStart: number;
  convEnd: number;
  origStart: number;
  origEnd: number;
}

/**
 * Maps offsets of a converted text to the original text: `OffsetMap.align('臺灣 𠮷', '台湾 吉', …)`
 * maps every offset to itself but those after `𠮷` (2 code units) → `吉` (1), which move by one.
 */
export class OffsetMap {
  readonly #pieces: Piece[];

  private constructor(pieces: Piece[]) {
    this.#pieces = pieces;
  }

  /**
   * Lines `converted` up with `original`: characters outside Han runs are kept by the converter, so
   * runs are matched between them; a run of a new length is matched character by character with
   * `convert` from both ends, and what is left in the middle is one piece (`convert` is called on
   * single characters of such runs only). `('說的士兵', '说计程车兵', c)` → `计程车` ↔ `的士`.
   */
  static align(original: string, converted: string, convert: (text: string) => string): OffsetMap {
    const pieces: Piece[] = [];
    let i = 0;
    let j = 0;
    while (i < original.length && j < converted.length) {
      const oEnd = runEnd(original, i);
      const cEnd = runEnd(converted, j);
      if (oEnd - i !== cEnd - j) alignRun(original, i, oEnd, converted, j, cEnd, convert, pieces);
      i = oEnd;
      j = cEnd;
      if (i >= original.length || j >= converted.length) break;
      if (original.charCodeAt(i) !== converted.charCodeAt(j)) {
        // the converter changed a character it was expected to keep: trust nothing after it
        pieces.push({ convStart: j, convEnd: converted.length, origStart: i, origEnd: original.length });
        return new OffsetMap(pieces);
      }
      i++;
      j++;
    }
    if (i < original.length || j < converted.length) pieces.push({ convStart: j, convEnd: converted.length, origStart: i, origEnd: original.length });
    return new OffsetMap(pieces);
  }

  /** The map of a text to itself. */
  static identity(): OffsetMap {
    return new OffsetMap([]);
  }

  /** True when every offset maps to itself. */
  get isIdentity(): boolean {
    return this.#pieces.length === 0;
  }

  /** The original offset of converted offset `c` taken as a start: inside a piece, the piece's start. */
  toOriginalStart(c: number): number {
    const p = this.#pieceAt(c);
    if (!p) return c;
    if (c < p.convEnd || (c === p.convEnd && p.convStart === p.convEnd)) return p.origStart;
    return c - p.convEnd + p.origEnd;
  }

  /** The original offset of converted offset `c` taken as an end: inside a piece, the piece's end. */
  toOriginalEnd(c: number): number {
    const p = this.#pieceAt(c);
    if (!p) return c;
    if (c === p.convStart) return p.origStart;
    if (c <= p.convEnd) return p.origEnd;
    return c - p.convEnd + p.origEnd;
  }

  /** A converted span as the original span it covers: `{start: 2, end: 4}` of `说计程车兵` → `{2, 3}` of `說的士兵`. */
  toOriginalSpan(s: Span): Span {
    return { start: this.toOriginalStart(s.start), end: Math.max(this.toOriginalStart(s.start), this.toOriginalEnd(s.end)) };
  }

  /** The last piece starting at or before `c` (or `c - 1` when ending exactly at a piece start). */
  #pieceAt(c: number): Piece | undefined {
    const ps = this.#pieces;
    let lo = 0;
    let hi = ps.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid].convStart <= c) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : ps[found];
  }
}

/** Han characters (and surrogates, for extension B and beyond) are what a converter may change. */
function isConvertible(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x2fff) || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xd800 && code <= 0xdfff);
}

/** The end of the run of convertible characters starting at `i` (`i` itself when none). */
function runEnd(text: string, i: number): number {
  while (i < text.length && isConvertible(text.charCodeAt(i))) i++;
  return i;
}

/** Code units of the code point at `i`. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/**
 * Matches `original[os, oe)` with `converted[cs, ce)` character by character from the front and
 * from the back (each original character converted alone: `𠮷` → `吉` is a piece of its own), leaving
 * the rest as one piece.
 */
function alignRun(original: string, os: number, oe: number, converted: string, cs: number, ce: number, convert: (text: string) => string, out: Piece[]): void {
  while (os < oe && cs < ce) {
    const w = width(original, os);
    const c = convert(original.slice(os, os + w));
    if (c.length > ce - cs || !converted.startsWith(c, cs)) break;
    if (c.length !== w) out.push({ convStart: cs, convEnd: cs + c.length, origStart: os, origEnd: os + w });
    os += w;
    cs += c.length;
  }
  const back: Piece[] = [];
  while (os < oe && cs < ce) {
    const w = oe - 1 > os && isLowSurrogate(original.charCodeAt(oe - 1)) ? 2 : 1;
    const c = convert(original.slice(oe - w, oe));
    if (c.length > ce - cs || converted.slice(ce - c.length, ce) !== c) break;
    if (c.length !== w) back.push({ convStart: ce - c.length, convEnd: ce, origStart: oe - w, origEnd: oe });
    oe -= w;
    ce -= c.length;
  }
  if (oe - os !== ce - cs) out.push({ convStart: cs, convEnd: ce, origStart: os, origEnd: oe });
  out.push(...back.reverse());
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
