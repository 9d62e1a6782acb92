/**
 * The one place where UTF-16 offsets (JS string indices, what NewsLens uses) meet code-point offsets
 * (what W3C TextPositionSelector and brat standoff use). `𠮷` is 2 UTF-16 units and 1 code point.
 */
import type { Span } from '../types';
import { lowerBound } from '../lowerBound';

/** Converts offsets of one text both ways; build it once per text, then each lookup is O(log n). */
export interface CodePointIndex {
  /** Code points in the whole text. */
  readonly length: number;
  /** UTF-16 offset → code-point offset; an offset inside a surrogate pair counts as the pair's start. */
  toCodePoint(utf16: number): number;
  /** Code-point offset → UTF-16 offset; null when outside the text. */
  toUtf16(codePoint: number): number | null;
}

/**
 * Indexes the astral characters of a text: `createCodePointIndex('𠮷董军')` maps UTF-16 3 ↔ code point 2
 * (`董` after `𠮷`) and back.
 */
export function createCodePointIndex(text: string): CodePointIndex {
  const pairs = findPairs(text);
  const length = text.length - pairs.length;
  /** Number of pairs starting strictly before UTF-16 offset u. */
  const pairsBefore = (u: number): number => lowerBound(pairs, u);
  return {
    length,
    toCodePoint(utf16) {
      const u = Math.max(0, Math.min(utf16, text.length));
      // Inside a pair (u = pair start + 1) the pair is already counted, so it maps to the pair's start.
      return u - pairsBefore(u);
    },
    toUtf16(codePoint) {
      if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > length) return null;
      // Smallest u with u - pairsBefore(u) === codePoint: binary search over the pair count.
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pairs[mid] - mid < codePoint) lo = mid + 1;
        else hi = mid;
      }
      return codePoint + lo;
    },
  };
}

/** UTF-16 start offsets of every well-formed surrogate pair, ascending: `findPairs('a𠮷b👍')` → `[1, 4]`. */
function findPairs(text: string): number[] {
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(i++);
    }
  }
  return pairs;
}

/** `toCodePointSpan('𠮷董军', {start: 2, end: 4})` → `{start: 1, end: 3}` (`董军`). */
export function toCodePointSpan(index: CodePointIndex, span: Span): Span {
  return { start: index.toCodePoint(span.start), end: index.toCodePoint(span.end) };
}

/** `toUtf16Span('𠮷董军', {start: 1, end: 3})` → `{start: 2, end: 4}`; null when outside the text. */
export function toUtf16Span(index: CodePointIndex, span: Span): Span | null {
  const start = index.toUtf16(span.start);
  const end = index.toUtf16(span.end);
  return start === null || end === null || end < start ? null : { start, end };
}

/** True when UTF-16 offset `i` would split a surrogate pair of `text` (`'𠮷'`, 1 → true). */
export function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
