/**
 * Claims reused across analyses of one document. A paragraph's claims are a function of its claim
 * cues (cached with the paragraph), the entity mentions and dates that start in it (their objects and
 * offsets), and which of its cue sentences a speech quote overlaps: when all of these are what the
 * last analysis saw on the same line, its claims are the last analysis's claim objects, moved in place
 * by the distance the paragraph moved. Every other paragraph's claims come from `analyzeClaims`, in
 * one call for all of them, so cached == fresh.
 */
import type { Block, Claim, DateMention, EntityMention, Quote, Span } from '../types';
import { analyzeClaims, type SentenceCues } from '../claims/index';
import type { BlockMap } from './blockMap';
import { detach } from './memoTable';

/** What the claims of one prose block were computed with, and the claims (document offsets, at `at`). */
export interface ClaimRecord {
  cues: readonly SentenceCues[];
  /** Where the block's content started when `claims` were last placed. */
  at: number;
  /** The mentions starting in the block, in the order the claims read them, and their start and end relative to `at`. */
  ents: EntityMention[];
  entOffsets: Int32Array;
  dates: DateMention[];
  dateOffsets: Int32Array;
  /** For each cue, 1 when a speech quote overlaps its sentence. */
  quoted: Uint8Array;
  claims: Claim[];
}

/** The last analysis's records (by its prose block) and how its blocks line up with this one's. */
export interface ClaimReuse {
  map: BlockMap | null;
  previous: readonly (ClaimRecord | null)[];
}

/** A run of a sorted list: the items starting in one block. */
interface Run<T> {
  items: readonly T[];
  from: number;
  to: number;
}

/**
 * `analyzeClaims` of the document with `reuse`: the same claims, and each prose block's record for the
 * next analysis (null where the block has no cues). `cues[i]` are prose block `i`'s claim cues.
 * `去年增长了5%。` typed into one paragraph of a 1 MB article → that paragraph's claims computed, the
 * other paragraphs' claim objects moved.
 */
export function analyzeClaimsReusing(
  text: string,
  prose: readonly Block[],
  cues: readonly (readonly SentenceCues[])[],
  found: { mentions: readonly EntityMention[]; dates: readonly DateMention[]; quotes: readonly Quote[] },
  reuse: ClaimReuse,
): { claims: Claim[]; records: (ClaimRecord | null)[] } {
  const ents = byStart(found.mentions);
  const dates = byStart(found.dates);
  const speech = new Overlaps(byStart(found.quotes.filter((q) => q.kind === 'speech').map((q) => q.inner)));
  const records: (ClaimRecord | null)[] = new Array(prose.length).fill(null);
  const pending: number[] = [];
  const e: Run<EntityMention> = { items: ents, from: 0, to: 0 };
  const d: Run<DateMention> = { items: dates, from: 0, to: 0 };
  let quoted = new Uint8Array(16);
  for (let i = 0; i < prose.length; i++) {
    const { start, end } = prose[i].content;
    advance(e, start, end);
    advance(d, start, end);
    const c = cues[i];
    if (!c.length) continue;
    if (quoted.length < c.length) quoted = new Uint8Array(2 * c.length);
    for (let k = 0; k < c.length; k++) quoted[k] = speech.any(c[k].start + start, c[k].end + start) ? 1 : 0;
    const j = reuse.map ? reuse.map.old[i] : -1;
    const old = j >= 0 ? reuse.previous[j] : null;
    if (old && old.cues === c && sameRun(old.ents, old.entOffsets, e, start) && sameRun(old.dates, old.dateOffsets, d, start) && sameFlags(old.quoted, quoted, c.length)) {
      if (old.at !== start) moveClaims(old.claims, start - old.at);
      old.at = start;
      records[i] = old;
    } else {
      records[i] = { cues: c, at: start, ents: ents.slice(e.from, e.to), entOffsets: offsets(e, start), dates: dates.slice(d.from, d.to), dateOffsets: offsets(d, start), quoted: quoted.slice(0, c.length), claims: [] };
      pending.push(i);
    }
  }
  if (pending.length) fillPending(text, prose, records, pending, found);
  const claims: Claim[] = [];
  for (const r of records) if (r) for (const x of r.claims) claims.push(x);
  return { claims, records };
}

/** The claims of the blocks `pending` (records without their claims yet), from one `analyzeClaims` call. */
function fillPending(text: string, prose: readonly Block[], records: (ClaimRecord | null)[], pending: readonly number[], found: { mentions: readonly EntityMention[]; dates: readonly DateMention[]; quotes: readonly Quote[] }): void {
  const paragraphs = pending.map((i) => ({ at: prose[i].content.start, cues: records[i]!.cues }));
  const computed = analyzeClaims(text, paragraphs, found.mentions, found.dates, found.quotes);
  let k = 0;
  for (const i of pending) {
    const r = records[i]!;
    const end = prose[i].content.end;
    // a claim is one of the block's sentences; its text is kept detached from this version of the document
    for (; k < computed.length && computed[k].start < end; k++) {
      computed[k].text = detach(computed[k].text);
      r.claims.push(computed[k]);
    }
  }
}

function moveClaims(claims: readonly Claim[], delta: number): void {
  for (const c of claims) {
    c.start += delta;
    c.end += delta;
    for (const n of c.numbers) {
      n.start += delta;
      n.end += delta;
    }
  }
}

/** Moves `run` to the items starting in `[start, end)` (blocks come in order). */
function advance<T extends Span>(run: Run<T>, start: number, end: number): void {
  let i = run.to;
  while (i < run.items.length && run.items[i].start < start) i++;
  run.from = i;
  while (i < run.items.length && run.items[i].start < end) i++;
  run.to = i;
}

function offsets<T extends Span>(run: Run<T>, at: number): Int32Array {
  const out = new Int32Array(2 * (run.to - run.from));
  for (let i = run.from; i < run.to; i++) {
    out[2 * (i - run.from)] = run.items[i].start - at;
    out[2 * (i - run.from) + 1] = run.items[i].end - at;
  }
  return out;
}

/** The run holds the very objects of `old`, at the same offsets relative to `at`. */
function sameRun<T extends Span>(old: readonly T[], oldOffsets: Int32Array, run: Run<T>, at: number): boolean {
  if (old.length !== run.to - run.from) return false;
  for (let k = 0; k < old.length; k++) {
    const x = run.items[run.from + k];
    if (x !== old[k] || x.start - at !== oldOffsets[2 * k] || x.end - at !== oldOffsets[2 * k + 1]) return false;
  }
  return true;
}

function sameFlags(a: Uint8Array, b: Uint8Array, n: number): boolean {
  if (a.length !== n) return false;
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The list sorted by start, as `analyzeClaims` reads it (itself when it is already). */
function byStart<T extends Span>(l: readonly T[]): readonly T[] {
  for (let i = 1; i < l.length; i++) if (l[i - 1].start > l[i].start) return [...l].sort((a, b) => a.start - b.start);
  return l;
}

/** Whether any span of a list sorted by start overlaps a span, asked for spans in order (as `analyzeClaims` does). */
class Overlaps {
  readonly #items: readonly Span[];
  #next = 0;

  constructor(items: readonly Span[]) {
    this.#items = items;
  }

  any(start: number, end: number): boolean {
    const items = this.#items;
    while (this.#next < items.length && items[this.#next].end <= start) this.#next++;
    for (let i = this.#next; i < items.length && items[i].start < end; i++) if (items[i].end > start) return true;
    return false;
  }
}
