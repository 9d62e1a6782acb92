/**
 * Where a short string occurs in a document, found once per analysis: the consistency rules ask whether
 * a claim or a name has one of a few characters near it (`生`, `其中`), and a search of the whole text
 * (native, a fraction of a millisecond for 1 MB) costs less than a look at each of thousands of claims
 * or names on every keystroke.
 */

/**
 * Where `s` occurs in `text`, in order (the strings asked for cannot overlap themselves): {@link occurrences}
 * unless the caller keeps them across the versions of a document (`reuse/occurrences.ts`).
 */
export type FindIn = (text: string, s: string) => ArrayLike<number>;

/** The starts of every occurrence of `s` in `text`, in order: `occurrences('其中有其中', '其中')` → [0, 3]. */
export function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + s.length)) out.push(at);
  return out;
}

/** The first occurrence (of {@link occurrences}) at or after `at`, or -1: `firstFrom([0, 3], 1)` → 3. */
export function firstFrom(starts: ArrayLike<number>, at: number): number {
  let lo = 0, hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length ? starts[lo] : -1;
}
