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

/** A run of a sorted list: the items starting in one block, and whether the items passed so far were in order. */
interface Run<T> {
  items: readonly T[];
  from: number;
  to: number;
  sorted: boolean;
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
  const kept: number[] = [];
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
    if (sameDates) kept.push(i, j, e.from, e.to, d.from, d.to, (sameEnts === OFFSETS ? 1 : 0) | (sameDates === OFFSETS ? 2 : 0));
    else {
      records[i] = { cues: c, at: start, ents: found.mentions.slice(e.from, e.to), entOffsets: offsets(e, start), dates: found.dates.slice(d.from, d.to), dateOffsets: offsets(d, start), quoted: speech.spans(start, end), claims: [] };
      pending.push(i);
    }
  }
  if (!inOrderFrom(e) || !inOrderFrom(d)) return analyzeClaimsReusing(text, prose, cues, { ...found, mentions: byStart(found.mentions), dates: byStart(found.dates) }, reuse);
  for (let k = 0; k < kept.length; k += 7) {
    const i = kept[k];
    e.from = kept[k + 2];
    e.to = kept[k + 3];
    d.from = kept[k + 4];
    d.to = kept[k + 5];
    records[i] = keep(reuse.previous[kept[k + 1]]!, prose[i].content.start, kept[k + 6] & 1 ? e : null, kept[k + 6] & 2 ? d : null);
  }
  if (pending.length) fillPending(text, prose, records, pending, speechQuotes);
  const claims: Claim[] = [];
  for (const r of records) if (r) for (const x of r.claims) claims.push(x);
  return { claims, records };
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
  for (const c of claims) {
    c.start += delta;
    c.end += delta;
    for (const n of c.numbers) {
      n.start += delta;
      n.end += delta;
    }
  }
}

/** Moves `run` to the items starting in `[start, end)` (blocks come in order), noting any item out of order it passes. */
function advance<T extends Span>(run: Run<T>, start: number, end: number): void {
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
function inOrderFrom<T extends Span>(run: Run<T>): boolean {
  if (!run.sorted) return false;
  for (let i = Math.max(1, run.to); i < run.items.length; i++) if (run.items[i - 1].start > run.items[i].start) return false;
  return true;
}

/** What a claim reads of a mention or date besides its span: whether a date has a value. */
const valued = (x: Span): number => ('value' in x && x.value === null ? 0 : 1);

function offsets<T extends Span>(run: Run<T>, at: number): Int32Array {
  const out = new Int32Array(3 * (run.to - run.from));
  for (let i = run.from; i < run.to; i++) {
    const k = 3 * (i - run.from);
    out[k] = run.items[i].start - at;
    out[k + 1] = run.items[i].end - at;
    out[k + 2] = valued(run.items[i]);
  }
  return out;
}

const NO = 0;
/** The run holds the very objects of the last analysis. */
const OBJECTS = 1;
/** The run holds other objects with what claims read of them the same. */
const OFFSETS = 2;

/** How the run compares with `old`: what claims read (offsets relative to `at`, a date's value or none) the same, and the objects too? */
function compareRun<T extends Span>(old: readonly T[], oldOffsets: Int32Array, run: Run<T>, at: number): number {
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
function byStart<T extends Span>(l: readonly T[]): readonly T[] {
  for (let i = 1; i < l.length; i++) if (l[i - 1].start > l[i].start) return [...l].sort((a, b) => a.start - b.start);
  return l;
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
