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
import { advance, byStart, compareRun, inOrderFrom, keptBlocks, noteKept, NO, OFFSETS, offsets, type KeptBlocks, type Run } from './claimRuns';

/** What the claims of one prose block were computed with, and the claims (document offsets, at `at`). */
export interface ClaimRecord {
  cues: readonly SentenceCues[];
  /** Where the block's content started when `claims` were last placed. */
  at: number;
  /**
   * The mentions and dates starting in the block, in the order the claims read them, and what the
   * claims read of each: start and end relative to `at`, and for a date whether it has a value.
   */
  ents: EntityMention[];
  entOffsets: Int32Array;
  dates: DateMention[];
  dateOffsets: Int32Array;
  /**
   * The speech quotes overlapping the block, as start and end pairs relative to `at`, cut to the block:
   * which of its sentences a speech quote overlaps follows from them.
   */
  quoted: Int32Array;
  claims: Claim[];
}

/** The last analysis's records (by its prose block) and how its blocks line up with this one's. */
export interface ClaimReuse {
  map: BlockMap | null;
  previous: readonly (ClaimRecord | null)[];
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
  // the mentions and dates are in document order (the analysis's lists are): checked as the runs pass
  // over them, and sorted only if they are not
  const speechQuotes = found.quotes.filter((q) => q.kind === 'speech');
  const speech = new SpeechSpans(byStart(speechQuotes.map((q) => q.inner)));
  const records: (ClaimRecord | null)[] = new Array(prose.length).fill(null);
  const pending: number[] = [];
  // blocks whose last claims are kept, with their runs and what differs (kept once the order is known good)
  const kept = keptBlocks(prose.length);
  const e: Run<EntityMention> = { items: found.mentions, from: 0, to: 0, sorted: true };
  const d: Run<DateMention> = { items: found.dates, from: 0, to: 0, sorted: true };
  const map = reuse.map;
  for (let i = 0; i < prose.length; i++) {
    const j = map ? map.old[i] : -1;
    const old = j >= 0 ? reuse.previous[j] : null;
    // a block on a line the edit did not touch has the paragraph entry it had, so its cues: none when it had no record
    // (the runs move on lazily: a block without cues reads nothing, and most have none)
    if (j >= 0 && !old) continue;
    const c = cues[i];
    if (!c.length) continue;
    const { start, end } = prose[i].content;
    advance(e, start, end);
    advance(d, start, end);
    const sameEnts = old && old.cues === c ? compareRun(old.ents, old.entOffsets, e, start) : NO;
    const sameDates = sameEnts && speech.same(start, end, old!.quoted) ? compareRun(old!.dates, old!.dateOffsets, d, start) : NO;
    if (sameDates) noteKept(kept, i, j, e, d, (sameEnts === OFFSETS ? 1 : 0) | (sameDates === OFFSETS ? 2 : 0));
    else {
      records[i] = { cues: c, at: start, ents: found.mentions.slice(e.from, e.to), entOffsets: offsets(e, start), dates: found.dates.slice(d.from, d.to), dateOffsets: offsets(d, start), quoted: speech.spans(start, end), claims: [] };
      pending.push(i);
    }
  }
  if (!inOrderFrom(e) || !inOrderFrom(d)) return analyzeClaimsReusing(text, prose, cues, { ...found, mentions: byStart(found.mentions), dates: byStart(found.dates) }, reuse);
  keepAll(records, kept, prose, reuse.previous, e, d);
  if (pending.length) fillPending(text, prose, records, pending, speechQuotes);
  const claims: Claim[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r) for (let k = 0; k < r.claims.length; k++) claims.push(r.claims[k]);
  }
  return { claims, records };
}

/** The kept blocks' records: the last analysis's, their claims moved (`e`, `d`: the runs, set again for each). */
function keepAll(records: (ClaimRecord | null)[], kept: KeptBlocks, prose: readonly Block[], previous: readonly (ClaimRecord | null)[], e: Run<EntityMention>, d: Run<DateMention>): void {
  const a = kept.at;
  for (let k = 0; k < kept.n; k += 7) {
    const i = a[k];
    e.from = a[k + 2];
    e.to = a[k + 3];
    d.from = a[k + 4];
    d.to = a[k + 5];
    records[i] = keep(previous[a[k + 1]]!, prose[i].content.start, a[k + 6] & 1 ? e : null, a[k + 6] & 2 ? d : null);
  }
}

/**
 * `old`'s claims moved to `at`. Where the block's mentions or dates are other objects at the same
 * offsets (`ents`, `dates` given: a repeated paragraph's new occurrence gets fresh copies), the claims
 * take the new objects in place of the old.
 */
function keep(old: ClaimRecord, at: number, ents: Run<EntityMention> | null, dates: Run<DateMention> | null): ClaimRecord {
  if (old.at !== at) moveClaims(old.claims, at - old.at);
  old.at = at;
  if (ents) old.ents = swapIn(old.claims, (c) => c.entities, old.ents, ents);
  if (dates) old.dates = swapIn(old.claims, (c) => c.dates, old.dates, dates);
  return old;
}

/** The run's objects in place of `old`'s (the same index in the run) in each claim's list; returns the run's objects. */
function swapIn<T>(claims: readonly Claim[], list: (c: Claim) => T[], old: readonly T[], run: Run<T>): T[] {
  for (const c of claims) {
    const l = list(c);
    for (let k = 0; k < l.length; k++) l[k] = run.items[run.from + old.indexOf(l[k])];
  }
  return run.items.slice(run.from, run.to);
}

/**
 * The claims of the blocks `pending` (records without their claims yet), from one `analyzeClaims` call
 * given what those blocks' sentences can read: the mentions and dates starting in them (their
 * records' runs, in order) and the speech quotes overlapping them.
 */
function fillPending(text: string, prose: readonly Block[], records: (ClaimRecord | null)[], pending: readonly number[], speech: readonly Quote[]): void {
  const paragraphs = pending.map((i) => ({ at: prose[i].content.start, cues: records[i]!.cues }));
  const mentions: EntityMention[] = [];
  const dates: DateMention[] = [];
  for (const i of pending) {
    for (const m of records[i]!.ents) mentions.push(m);
    for (const d of records[i]!.dates) dates.push(d);
  }
  const quotes = speech.filter((q) => overlapsAny(prose, pending, q.inner));
  const computed = analyzeClaims(text, paragraphs, mentions, dates, quotes);
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

/** Whether `s` overlaps the content of one of the blocks `pending` (in document order). */
function overlapsAny(prose: readonly Block[], pending: readonly number[], s: Span): boolean {
  let lo = 0;
  let hi = pending.length;
  // the first pending block whose content ends after `s` starts
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prose[pending[mid]].content.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < pending.length && prose[pending[lo]].content.start < s.end;
}

function moveClaims(claims: readonly Claim[], delta: number): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    c.start += delta;
    c.end += delta;
    for (let k = 0; k < c.numbers.length; k++) {
      c.numbers[k].start += delta;
      c.numbers[k].end += delta;
    }
  }
}

/**
 * The spans of a list sorted by start that overlap a block, cut to it and relative to its start, asked
 * for blocks in document order.
 */
class SpeechSpans {
  readonly #items: readonly Span[];
  #next = 0;

  constructor(items: readonly Span[]) {
    this.#items = items;
  }

  /** The spans overlapping `[start, end)` are `old` (see {@link spans}). */
  same(start: number, end: number, old: Int32Array): boolean {
    const items = this.#items;
    let k = 0;
    for (let i = this.#first(start); i < items.length && items[i].start < end; i++) {
      if (items[i].end <= start) continue;
      if (k >= old.length || old[k] !== Math.max(items[i].start, start) - start || old[k + 1] !== Math.min(items[i].end, end) - start) return false;
      k += 2;
    }
    return k === old.length;
  }

  /** The spans overlapping `[start, end)`, cut to it, as start and end pairs relative to `start`. */
  spans(start: number, end: number): Int32Array {
    const items = this.#items;
    const out: number[] = [];
    for (let i = this.#first(start); i < items.length && items[i].start < end; i++) {
      if (items[i].end > start) out.push(Math.max(items[i].start, start) - start, Math.min(items[i].end, end) - start);
    }
    return Int32Array.from(out);
  }

  /** Passes the spans that end before `start` (asked in order, they overlap nothing after). */
  #first(start: number): number {
    while (this.#next < this.#items.length && this.#items[this.#next].end <= start) this.#next++;
    return this.#next;
  }
}
