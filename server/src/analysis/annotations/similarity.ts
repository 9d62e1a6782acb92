/**
 * Edit-distance helpers for re-anchoring, all over UTF-16 code units (a changed astral character
 * costs 2; harmless for a ≥ 90 % threshold and it keeps the loops on `charCodeAt`).
 */

/** Where an approximate match lies (UTF-16) and its edit distance to the pattern. */
export interface FuzzyMatch {
  start: number;
  end: number;
  distance: number;
}

/**
 * Edit distance of `pattern` against text read from `at` forwards (or backwards), the text's far end
 * free: `anchoredDistance('军16日', '军17日晚', 0, false)` → `{distance: 1, length: 4}`.
 */
export function anchoredDistance(pattern: string, text: string, at: number, backward: boolean, maxLength: number): { distance: number; length: number } {
  const m = pattern.length;
  const n = Math.max(0, Math.min(maxLength, backward ? at : text.length - at));
  let row = new Int32Array(n + 1);
  let next = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(backward ? m - i : i - 1);
    next[0] = i;
    for (let j = 1; j <= n; j++) {
      const tc = text.charCodeAt(backward ? at - j : at + j - 1);
      next[j] = Math.min(row[j - 1] + (pc === tc ? 0 : 1), row[j] + 1, next[j - 1] + 1);
    }
    [row, next] = [next, row];
  }
  let best = { distance: m, length: 0 };
  for (let j = 0; j <= n; j++) {
    const better = row[j] < best.distance || (row[j] === best.distance && Math.abs(j - m) < Math.abs(best.length - m));
    if (better) best = { distance: row[j], length: j };
  }
  return best;
}

/**
 * How well `context` (a prefix when `before`, else a suffix) matches the text next to `at`, 0–1:
 * `contextSimilarity('中国国防部长董军', 6, '国防部长', true)` → 1.
 */
export function contextSimilarity(text: string, at: number, context: string, before: boolean): number {
  if (!context) return 1;
  const slack = Math.ceil(context.length / 4) + 2;
  const { distance } = anchoredDistance(context, text, at, before, context.length + slack);
  return Math.max(0, 1 - distance / context.length);
}

/**
 * Best approximate occurrence of `pattern` in `text[from, to)` with at most `maxErrors` edits (Sellers'
 * algorithm with Ukkonen's cut-off, O(maxErrors × window)); ties go to the end nearest `nearEnd`.
 * `fuzzyFind('……董君16日晚……', '董军16日晚', 0, 12, 1, 8)` → the span of `董君16日晚`, distance 1.
 */
export function fuzzyFind(text: string, pattern: string, from: number, to: number, maxErrors: number, nearEnd: number): FuzzyMatch | null {
  const m = pattern.length;
  const k = maxErrors;
  const col = Array.from({ length: m + 1 }, (_, i) => i);
  let top = Math.min(k, m);
  let bestEnd = -1;
  let bestDistance = k + 1;
  for (let j = Math.max(0, from); j < Math.min(to, text.length); j++) {
    const tc = text.charCodeAt(j);
    const limit = Math.min(top + 1, m);
    if (limit > top) col[limit] = k + 1;
    let diag = 0;
    for (let i = 1; i <= limit; i++) {
      const old = col[i];
      col[i] = Math.min(diag + (pattern.charCodeAt(i - 1) === tc ? 0 : 1), col[i - 1] + 1, old + 1);
      diag = old;
    }
    top = limit;
    while (top > 0 && col[top] > k) top--;
    if (top === m && (col[m] < bestDistance || (col[m] === bestDistance && Math.abs(j + 1 - nearEnd) < Math.abs(bestEnd - nearEnd)))) {
      bestDistance = col[m];
      bestEnd = j + 1;
    }
  }
  if (bestEnd < 0) return null;
  const back = anchoredDistance(pattern, text, bestEnd, true, m + k);
  return { start: bestEnd - back.length, end: bestEnd, distance: back.distance };
}

/** 0–1 similarity of two strings by edit distance: `similarity('董军16日晚', '董君16日晚')` → 0.8. */
export function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  if (len === 0) return 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next.push(Math.min(row[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1), row[j] + 1, next[j - 1] + 1));
    }
    row = next;
  }
  return 1 - row[b.length] / len;
}
