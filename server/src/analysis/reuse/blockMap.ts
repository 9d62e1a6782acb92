/**
 * Lines up the prose blocks of a new text with those of the last analysis, without hashing either
 * text: an edit changes one stretch of a document, so every line wholly before it or wholly after it
 * is the same line as before (after it, moved by the length the edit added). A block on such a line
 * has the same content as its old block, so everything computed from that content can be reused.
 */
import type { Block } from '../types';

/** Lines wholly before the changed stretch. */
export const BEFORE = 1;
/** Lines wholly after the changed stretch. */
export const AFTER = 2;

export interface BlockMap {
  /** The last analysis's prose blocks. */
  oldProse: readonly Block[];
  /** For each new prose block, the index of the old block on the same line, or -1. */
  old: Int32Array;
  /** For each new prose block: BEFORE, AFTER, or 0 when its line was touched by the edit. */
  region: Uint8Array;
}

/**
 * What an edit changed: the length of the common prefix of the last text and this one (offsets before
 * it are the same in both), where their common suffix starts in the last text (offsets from there on
 * are moved by `delta` in this one), and the change in length.
 */
export interface TextChange {
  pre: number;
  oldAfter: number;
  delta: number;
}

/** Characters compared at once while looking for the common prefix and suffix. */
const CHUNK = 2048;

/**
 * `甲。\n乙。\n丙。` → `甲。\n乙乙。\n丙。`: `甲。` and `丙。` map to their old blocks (BEFORE, AFTER),
 * `乙乙。` to nothing.
 */
export function mapBlocks(oldText: string, oldProse: readonly Block[], text: string, prose: readonly Block[], diff: { pre: number; suf: number }): BlockMap {
  const n = text.length;
  const { pre, suf } = diff;
  const delta = n - oldText.length;
  const old = new Int32Array(prose.length).fill(-1);
  const region = new Uint8Array(prose.length);
  const shiftAfter = prose.length - oldProse.length;
  let lineStart = 0;
  let lineEnd = -1;
  for (let i = 0; i < prose.length; i++) {
    const b = prose[i];
    // a long line cut into several blocks: its start and end are found once, not once per block (and a
    // block that is a whole line, most of them, starts after a line break and ends before one: no search)
    if (b.start > lineEnd) {
      lineStart = b.start === 0 || text.charCodeAt(b.start - 1) === 10 ? b.start : text.lastIndexOf('\n', b.start - 1) + 1;
      const nl = text.charCodeAt(b.end) === 10 ? b.end : text.indexOf('\n', b.end);
      lineEnd = nl < 0 ? n : nl;
    }
    // before: the line and the break after it are unchanged (or the text ends there in both)
    if (lineEnd < pre || (lineEnd === n && n === oldText.length && pre === n)) {
      if (same(oldProse[i], b, 0)) {
        old[i] = i;
        region[i] = BEFORE;
      }
    } else if (lineStart > n - suf) {
      // after: the break before the line is unchanged too
      const j = i - shiftAfter;
      if (j >= 0 && same(oldProse[j], b, delta)) {
        old[i] = j;
        region[i] = AFTER;
      }
    }
  }
  return { oldProse, old, region };
}

function same(o: Block | undefined, b: Block, delta: number): boolean {
  // the very object: a block `updateBlocks` kept or moved in place
  if (o === b) return true;
  // (a line's kind can change with no change to it: a wrap fragment once the next line runs on, `structure.ts`)
  return o !== undefined && o.kind === b.kind && o.start + delta === b.start && o.end + delta === b.end && o.content.start + delta === b.content.start && o.content.end + delta === b.content.end;
}

/** The lengths of the longest common prefix and suffix of two texts (not overlapping in either). */
export function diffTexts(oldText: string, text: string): { pre: number; suf: number } {
  const common = Math.min(text.length, oldText.length);
  const pre = commonPrefix(oldText, text, common);
  return { pre, suf: commonSuffix(oldText, text, common - pre) };
}

function commonPrefix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  let i = 0;
  while (i + CHUNK <= max && a.slice(la - i - CHUNK, la - i) === b.slice(lb - i - CHUNK, lb - i)) i += CHUNK;
  while (i < max && a.charCodeAt(la - 1 - i) === b.charCodeAt(lb - 1 - i)) i++;
  return i;
}
