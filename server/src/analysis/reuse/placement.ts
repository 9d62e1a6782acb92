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
}

/** The cache's wrapper around one result: where its placed copy is, if it has one. */
export interface Placeable<T> {
  placed: Placed<T> | null;
}

/**
 * `holder`'s result at `at` for analysis `run`: `董军` at 3 in a paragraph now at 100 → 103–105. A copy an
 * earlier analysis placed is moved there by `move(holder, placed, at, context)` (`placed.run` and
 * `placed.at` still say where it was); otherwise, and when this analysis placed it already (the same
 * text twice in a document), `fresh(holder, at, context)` places a new copy, which the next analysis
 * moves. `fresh` and `move` are plain functions and `context` their extra argument, so placing the
 * thousands of unchanged paragraphs of a keystroke allocates no closures.
 */
export function placeAt<H extends Placeable<T>, T, C>(
  holder: H,
  at: number,
  run: number,
  fresh: (holder: H, at: number, context: C) => T,
  move: (holder: H, placed: Placed<T>, at: number, context: C) => void,
  context: C,
): T {
  const p = holder.placed;
  if (p && p.run !== run) {
    move(holder, p, at, context);
    p.run = run;
    p.at = at;
    return p.value;
  }
  const value = fresh(holder, at, context);
  holder.placed = { run, at, value };
  return value;
}
