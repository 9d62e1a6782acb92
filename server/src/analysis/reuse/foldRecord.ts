/**
 * What one analysis's fold over quote units leaves for the next (`quoteFold.ts`): where the fold stood
 * at each unit, what each unit was, the fold's quotes and findings, and the speaker mentions it read. Flat
 * arrays by block: the next analysis takes the units before an edit in slices of them, without a look
 * at each unit's objects.
 */
import type { EntityMention, Finding, Quote } from '../types';
import type { SpeakerCarry } from '../quotes/units';
import type { MemoEntry } from './memoTable';
import type { CachedUnit } from './quotePlacement';

/** The unit's `topic` (`UnitInput.topic`). */
export const TOPIC = 1;
/** The unit quotes nothing, finds nothing and passes on the carry it received (most paragraphs). */
export const PASSES = 2;

export interface FoldRecord {
  /** By each unit's first block (other blocks' entries unused): the fold's `p`, `before` and `lastSaid` there. */
  p: Int32Array;
  before: Int32Array;
  lastSaid: Int32Array;
  /** The carry the unit received (the very object: its speakers' spans are where they are). */
  carries: (SpeakerCarry | null)[];
  /** The unit's number of blocks, {@link TOPIC} and {@link PASSES}, and its memo entry. */
  extent: Int32Array;
  flags: Uint8Array;
  entries: (MemoEntry<CachedUnit> | null)[];
  /** How many of the fold's quotes and findings come before the unit. */
  quotesAt: Int32Array;
  findingsAt: Int32Array;
  /** The fold's quotes and findings (copies: the steps after the fold may change its lists). */
  quotes: Quote[];
  findings: Finding[];
  /** The speaker mentions as they were (the objects move with later analyses): spans, texts and type codes. */
  starts: Int32Array;
  ends: Int32Array;
  texts: string[];
  types: Uint8Array;
}

/**
 * A record for a document of `blocks` prose blocks (one more entry: the fold's end): `spare` (a record no
 * analysis reads any more) when it has that size, its entries written over, else a new one.
 */
export function newFoldRecord(blocks: number, spare: FoldRecord | null): FoldRecord {
  const n = blocks + 1;
  if (spare && spare.p.length === n) return spare;
  return {
    p: new Int32Array(n),
    before: new Int32Array(n),
    lastSaid: new Int32Array(n),
    carries: new Array(n).fill(null),
    extent: new Int32Array(n),
    flags: new Uint8Array(n),
    entries: new Array(n).fill(null),
    quotesAt: new Int32Array(n),
    findingsAt: new Int32Array(n),
    quotes: [],
    findings: [],
    starts: EMPTY,
    ends: EMPTY,
    texts: [],
    types: NO_TYPES,
  };
}

const EMPTY = new Int32Array(0);
const NO_TYPES = new Uint8Array(0);

export const typeCode = (t: string): number => t.charCodeAt(0);

/** Mention `m` is `old`'s `k`-th speaker mention, moved by `delta`. */
export function sameMention(m: EntityMention, old: FoldRecord, k: number, delta: number): boolean {
  return m.start === old.starts[k] + delta && m.end === old.ends[k] + delta && m.text === old.texts[k] && typeCode(m.type) === old.types[k];
}

/**
 * The speaker mentions `named` into `f`: the first `head` as `old` has them, the last `tail` as `old` has
 * them moved by `delta`, only the ones between read from their objects.
 */
export function recordNamed(f: FoldRecord, named: readonly EntityMention[], old: FoldRecord | null, head: number, tail: number, delta: number): void {
  const n = named.length;
  if (f.starts.length !== n) {
    f.starts = new Int32Array(n);
    f.ends = new Int32Array(n);
    f.types = new Uint8Array(n);
  }
  f.texts.length = n;
  const from = old ? head : 0;
  const to = old ? n - tail : n;
  if (old) {
    f.starts.set(old.starts.subarray(0, head));
    f.ends.set(old.ends.subarray(0, head));
    f.types.set(old.types.subarray(0, head));
    const o = old.texts.length - tail;
    for (let k = 0; k < tail; k++) {
      f.starts[to + k] = old.starts[o + k] + delta;
      f.ends[to + k] = old.ends[o + k] + delta;
    }
    f.types.set(old.types.subarray(o), to);
    for (let k = 0; k < head; k++) f.texts[k] = old.texts[k];
    for (let k = 0; k < tail; k++) f.texts[to + k] = old.texts[o + k];
  }
  for (let k = from; k < to; k++) {
    f.starts[k] = named[k].start;
    f.ends[k] = named[k].end;
    f.texts[k] = named[k].text;
    f.types[k] = typeCode(named[k].type);
  }
}

/** Copies `old`'s units before block `b` into `f` as they are (the blocks before an edit). */
export function copyHead(f: FoldRecord, old: FoldRecord, b: number): void {
  f.p.set(old.p.subarray(0, b));
  f.before.set(old.before.subarray(0, b));
  f.lastSaid.set(old.lastSaid.subarray(0, b));
  f.quotesAt.set(old.quotesAt.subarray(0, b));
  f.findingsAt.set(old.findingsAt.subarray(0, b));
  f.extent.set(old.extent.subarray(0, b));
  f.flags.set(old.flags.subarray(0, b));
  for (let k = 0; k < b; k++) {
    f.entries[k] = old.entries[k];
    f.carries[k] = old.carries[k];
  }
}
