/**
 * Placing a cached result in the document. A result is cached with offsets relative to where its text
 * starts (a paragraph, a line, a quote unit); an analysis needs it in document offsets. The copy one
 * analysis placed is moved in place by the next (an edit leaves everything before it where it was and
 * moves everything after it by one amount), so an edit allocates nothing for what it did not touch, and
 * only the latest analysis of a document stays valid.
 */

/** A cached result in document offsets, as analysis `run` placed it at `at`. */
export interface Placed<T> {
  run: number;
  at: number;
  value: T;
  /** The copy for the next occurrence of the same text in the document (a text written twice has two). */
  next: Placed<T> | null;
  /** On the first copy only: the copy the latest occurrence took (the next occurrence in its analysis takes the one after). */
  last: Placed<T> | null;
}

/** The cache's wrapper around one result: where its placed copies are, if it has any. */
export interface Placeable<T> {
  placed: Placed<T> | null;
}

/**
 * `holder`'s result at `at` for analysis `run`: `董军` at 3 in a paragraph now at 100 → 103–105. The
 * k-th occurrence of a text in a document takes the k-th copy: a copy an earlier analysis placed is moved
 * there by `move(holder, placed, at, context)` (`placed.run` and `placed.at` still say where it was);
 * an occurrence with no copy yet gets one from `fresh(holder, at, context)`, which the next analysis
 * moves (a paragraph written several times, such as a copyright line, allocates nothing on a keystroke
 * either). `fresh` and `move` are plain functions and `context` their extra argument, so placing the
 * thousands of unchanged paragraphs of a keystroke allocates no closures. Copies an earlier analysis
 * placed before offset `reserved` are passed over: they hold results this analysis took as they were
 * (the quote units before an edit, `quoteFold.ts`).
 */
export function placeAt<H extends Placeable<T>, T, C>(
  holder: H,
  at: number,
  run: number,
  fresh: (holder: H, at: number, context: C) => T,
  move: (holder: H, placed: Placed<T>, at: number, context: C) => void,
  context: C,
  reserved = -1,
): T {
  const head = holder.placed;
  // the first occurrence in this analysis takes the first copy; a later one, the copy after the last taken
  let before = head && head.last!.run === run ? head.last! : null;
  let p = before ? before.next : head;
  // passing over the reserved: copies below `reserved` another analysis placed
  while (p && p.run !== run && p.at < reserved) {
    before = p;
    p = p.next;
  }
  if (p) {
    move(holder, p, at, context);
    p.run = run;
    p.at = at;
    head!.last = p;
    return p.value;
  }
  const value = fresh(holder, at, context);
  const copy: Placed<T> = { run, at, value, next: null, last: null };
  if (before) {
    before.next = copy;
    head!.last = copy;
  } else {
    holder.placed = copy;
    copy.last = copy;
  }
  return value;
}
