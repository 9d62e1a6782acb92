/**
 * Runs of the document's mentions and dates, block by block, for `claims.ts`: the items starting in each
 * block with claim cues, what the claims read of them (offsets from the block, a date's value or none),
 * and how they compare with what the last analysis read there.
 */
import type { Span } from '../types';

/** A run of a sorted list: the items starting in one block, and whether the items passed so far were in order. */
export interface Run<T> {
  items: readonly T[];
  from: number;
  to: number;
  sorted: boolean;
}

/** Moves `run` to the items starting in `[start, end)` (blocks come in order), noting any item out of order it passes. */
export function advance<T extends Span>(run: Run<T>, start: number, end: number): void {
  const items = run.items;
  let i = run.to;
  let last = i > 0 ? items[i - 1].start : -Infinity;
  for (; i < items.length && items[i].start < start; i++) {
    if (items[i].start < last) run.sorted = false;
    last = items[i].start;
  }
  run.from = i;
  for (; i < items.length && items[i].start < end; i++) {
    if (items[i].start < last) run.sorted = false;
    last = items[i].start;
  }
  run.to = i;
}

/** Whether the run's items are in order: those it passed, and those after them. */
export function inOrderFrom<T extends Span>(run: Run<T>): boolean {
  if (!run.sorted) return false;
  for (let i = Math.max(1, run.to); i < run.items.length; i++) if (run.items[i - 1].start > run.items[i].start) return false;
  return true;
}

/** What a claim reads of a mention or date besides its span: whether a date has a value. */
const valued = (x: Span): number => ('value' in x && x.value === null ? 0 : 1);

export function offsets<T extends Span>(run: Run<T>, at: number): Int32Array {
  const out = new Int32Array(3 * (run.to - run.from));
  for (let i = run.from; i < run.to; i++) {
    const k = 3 * (i - run.from);
    out[k] = run.items[i].start - at;
    out[k + 1] = run.items[i].end - at;
    out[k + 2] = valued(run.items[i]);
  }
  return out;
}

export const NO = 0;
/** The run holds the very objects of the last analysis. */
export const OBJECTS = 1;
/** The run holds other objects with what claims read of them the same. */
export const OFFSETS = 2;

/** How the run compares with `old`: what claims read (offsets relative to `at`, a date's value or none) the same, and the objects too? */
export function compareRun<T extends Span>(old: readonly T[], oldOffsets: Int32Array, run: Run<T>, at: number): number {
  if (old.length !== run.to - run.from) return NO;
  let same = OBJECTS;
  for (let k = 0; k < old.length; k++) {
    const x = run.items[run.from + k];
    if (x.start - at !== oldOffsets[3 * k] || x.end - at !== oldOffsets[3 * k + 1]) return NO;
    // the very object has the value it had (placement moves spans only)
    if (x !== old[k]) {
      if (valued(x) !== oldOffsets[3 * k + 2]) return NO;
      same = OFFSETS;
    }
  }
  return same;
}

/** The list sorted by start, as `analyzeClaims` reads it (itself when it is already). */
export function byStart<T extends Span>(l: readonly T[]): readonly T[] {
  for (let i = 1; i < l.length; i++) if (l[i - 1].start > l[i].start) return [...l].sort((a, b) => a.start - b.start);
  return l;
}


/** Blocks whose last claims are kept (see {@link keptBlocks}). */
export interface KeptBlocks {
  at: Int32Array;
  n: number;
}

/**
 * One buffer for the kept blocks of every analysis (grown as needed): the pass is synchronous, and a
 * keystroke in a large article keeps thousands of blocks.
 */
let scratch = new Int32Array(0);

/** Room for the kept blocks of `blocks` prose blocks: the block, its last record, both runs and {@link OFFSETS} flags (7 numbers each). */
export function keptBlocks(blocks: number): KeptBlocks {
  if (scratch.length < 7 * blocks) scratch = new Int32Array(7 * blocks);
  return { at: scratch, n: 0 };
}

/** Notes block `i` (last record `j`) as kept with runs `e`, `d`; `flags`: bit 1, its mentions are other objects; bit 2, its dates. */
export function noteKept(k: KeptBlocks, i: number, j: number, e: Run<unknown>, d: Run<unknown>, flags: number): void {
  const a = k.at;
  a[k.n] = i;
  a[k.n + 1] = j;
  a[k.n + 2] = e.from;
  a[k.n + 3] = e.to;
  a[k.n + 4] = d.from;
  a[k.n + 5] = d.to;
  a[k.n + 6] = flags;
  k.n += 7;
}

