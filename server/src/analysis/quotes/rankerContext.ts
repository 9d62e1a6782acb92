/**
 * What the speaker ranker (`ranker.ts`) reads around a quote, and a key of exactly that: the quote's
 * window (its paragraph, the two before and the one after), the names, blocks and quotes in it, and the
 * few facts of the whole article it uses. A keystroke in a large article asks the ranker again about
 * hundreds of quotes whose windows did not change; with a memo (`reuse/`), a key stands for the work.
 */
import type { Block, Entity, EntityMention, Quote } from '../types';
import { firstAtOrAfter } from '../entities/shared';

/** Paragraphs before the quote's, and after it, whose names are candidates. */
export const BACK = 2, AHEAD = 1;
/** Characters before a name read with it (`向九派新闻介绍`). */
export const LOOK_BACK = 4;

/**
 * Where a quote's speaker came from, for the ranker: the narration fallback (`topic`), no rule
 * (`unattr`: a `quote.unattributed` finding), or a rule (`rule`).
 */
export type SpeakerRegion = 'topic' | 'unattr' | 'rule';

/** How many mentions each entity has (by id), and the most mentioned person or body; null without the grouping. */
export type ArticleNames = { sizes: Map<string, number>; top: string | null } | null;

export interface RankContext {
  article: ArticleNames;
  region: SpeakerRegion;
  /** The first person the article names, and the last speaker before the quote. */
  first: string | null;
  lastSpeaker: string | null;
}

/** By the grouping's array: a keystroke that changes no name gets the last analysis's grouping back, the same array. */
const NAMES = new WeakMap<readonly Entity[], ArticleNames>();

export function articleNames(entities: readonly Entity[] | undefined): ArticleNames {
  if (!entities) return null;
  let names = NAMES.get(entities);
  if (names === undefined) NAMES.set(entities, (names = countNames(entities)));
  return names;
}

function countNames(entities: readonly Entity[]): ArticleNames {
  const sizes = new Map<string, number>();
  let top: Entity | null = null;
  for (const e of entities) {
    sizes.set(e.id, e.mentions.length);
    if (e.type !== 'place' && (!top || e.mentions.length > top.mentions.length)) top = e;
  }
  return { sizes, top: top ? top.id : null };
}

/** The window of the quote in paragraph `b`: from the start of the paragraph `BACK` before to the end of the one `AHEAD` after. */
export function windowOf(blocks: readonly Block[], b: number): { lo: number; hi: number } {
  return { lo: blocks[Math.max(0, b - BACK)].content.start, hi: blocks[Math.min(blocks.length - 1, b + AHEAD)].content.end };
}

/** The block holding offset `at`, walking from block `b` (the quote's: names around it are near). */
export function blockOf(blocks: readonly Block[], b: number, at: number): number {
  let k = b;
  while (k > 0 && at < blocks[k].content.start) k--;
  while (k + 1 < blocks.length && at >= blocks[k + 1].content.start) k++;
  return k;
}

/** The persons and bodies named in `[lo, hi)` outside quotes, how often each name is written there, and the most written. */
export function namesAround(named: readonly EntityMention[], lo: number, hi: number, outer: readonly Quote[]): { window: EntityMention[]; counts: Map<string, number>; top: string | null } {
  const window: EntityMention[] = [];
  const counts = new Map<string, number>();
  let top: string | null = null;
  for (let k = firstAtOrAfter(named, lo); k < named.length && named[k].start < hi; k++) {
    const m = named[k];
    if (m.type === 'place' || insideQuote(outer, m)) continue;
    window.push(m);
    const n = (counts.get(m.text) ?? 0) + 1;
    counts.set(m.text, n);
    if (!top || n > counts.get(top)!) top = m.text;
  }
  return { window, counts, top };
}

/** How many mentions the article has of `m`'s entity (the grouping's count; without it, of its name in the window). */
export function sizeOf(m: EntityMention, c: RankContext, counts: Map<string, number>): number {
  return (c.article && m.entityId ? c.article.sizes.get(m.entityId) : undefined) ?? counts.get(m.text) ?? 1;
}

/** Whether `m` is the article's most mentioned person or body (without the grouping: the most written name of the window). */
export function isTop(m: EntityMention, c: RankContext, windowTop: string | null): boolean {
  return c.article ? !!m.entityId && m.entityId === c.article.top : m.text === windowTop;
}

/**
 * The parts of the key being built, one array for every key (a keystroke in a large article builds a
 * hundred). Between keys it holds only `''` (no text kept alive): a key fills it from 0, and a join of
 * the whole array reads only that key's parts (shortening the array would free it).
 */
const PARTS: (string | number)[] = [];

/** `PARTS[0, used)` joined, and `PARTS` emptied. */
function joinParts(used: number): string {
  // (left by a key that threw before its join)
  for (let k = used; k < PARTS.length; k++) PARTS[k] = '';
  const key = PARTS.join('');
  for (let k = 0; k < used; k++) PARTS[k] = '';
  return key;
}

/**
 * Everything the ranker reads to decide quote `q` (in paragraph `b`), offsets from the window's start:
 * the same key, the same decision. `outer`: the article's quotes not inside another (`outerQuotes`).
 */
export function rankKey(text: string, blocks: readonly Block[], b: number, q: Quote, outer: readonly Quote[], named: readonly EntityMention[], c: RankContext, blockKeys?: readonly string[]): string {
  const { lo, hi } = windowOf(blocks, b);
  const s = q.speakerSpan;
  const first = Math.max(0, b - BACK), last = Math.min(blocks.length - 1, b + AHEAD);
  // parts joined once at the end (a flat string, not a chain of hundreds of concatenations to flatten
  // when hashed), into the one array for every key
  const p = PARTS;
  let n = 0;
  p[n++] = c.region; p[n++] = '\u0001'; p[n++] = Math.min(b, BACK); p[n++] = ','; p[n++] = Math.min(blocks.length - 1 - b, AHEAD); p[n++] = '\u0001';
  p[n++] = q.start - lo; p[n++] = ','; p[n++] = q.end - lo; p[n++] = ','; p[n++] = q.inner.start - lo; p[n++] = ','; p[n++] = q.inner.end - lo; p[n++] = '\u0001';
  p[n++] = q.speaker ?? ''; p[n++] = '\u0001';
  if (s) { p[n++] = s.start - lo; p[n++] = ','; p[n++] = s.end - lo; }
  p[n++] = '\u0001'; p[n++] = c.first ?? ''; p[n++] = '\u0001'; p[n++] = c.lastSpeaker ?? '';
  for (let k = first; k <= last; k++) { p[n++] = '\u0001'; p[n++] = blocks[k].content.start - lo; p[n++] = ','; p[n++] = blocks[k].content.end - lo; p[n++] = ','; p[n++] = blocks[k].kind; }
  const { window, counts, top } = namesAround(named, lo, hi, outer);
  for (const m of window) {
    p[n++] = '\u0002'; p[n++] = m.start - lo; p[n++] = ','; p[n++] = m.end - lo; p[n++] = ','; p[n++] = m.type[0]; p[n++] = ',';
    p[n++] = m.text; p[n++] = ','; p[n++] = sizeOf(m, c, counts); p[n++] = ','; p[n++] = isTop(m, c, top) ? 1 : 0;
  }
  const from = Math.max(0, lo - LOOK_BACK);
  for (let k = firstQuoteEndingAfter(outer, from); k < outer.length && outer[k].inner.start < hi; k++) { p[n++] = '\u0003'; p[n++] = Math.max(from, outer[k].inner.start) - lo; p[n++] = ','; p[n++] = Math.min(hi, outer[k].inner.end) - lo; }
  if (c.region === 'topic' && s && q.speaker) {
    // the fallback's pick, a choice wherever it was named: what the ranker reads of it
    const m = mentionAt(named, s.start);
    p[n++] = '\u0006';
    if (m) { p[n++] = m.type[0]; p[n++] = ','; p[n++] = m.text; p[n++] = ','; p[n++] = m.end - s.start; p[n++] = ','; p[n++] = sizeOf(m, c, counts); p[n++] = ','; p[n++] = isTop(m, c, top) ? 1 : 0; }
    // … and, named outside the window, its paragraph's words around it
    if (s.start < lo || s.end > hi) p[n++] = pickKey(text, blocks, b, outer, s, Math.max(s.end, m ? m.end : s.end));
  }
  if (!blockKeys) {
    p[n++] = '\u0000'; p[n++] = text.slice(from, hi);
    return joinParts(n);
  }
  // the blocks' words by their stand-ins, and the few characters before each that a name at its start is read with
  for (let k = first; k <= last; k++) { p[n++] = '\u0000'; p[n++] = blockKeys[k]; p[n++] = '\u0000'; p[n++] = text.slice(Math.max(0, blocks[k].content.start - LOOK_BACK), blocks[k].content.start); }
  return joinParts(n);
}

/** The mention starting at `at`, if any. */
export function mentionAt(named: readonly EntityMention[], at: number): EntityMention | null {
  const k = firstAtOrAfter(named, at);
  return k < named.length && named[k].start === at ? named[k] : null;
}

/** Characters read around a name in its own paragraph: its sentence before it (up to 80) and 30 after it. */
const READ_BEFORE = 80, READ_AFTER = 30;

/** The words around the fallback's pick `s` (read up to `end`, the longer of the pick and the mention there) in its paragraph. */
function pickKey(text: string, blocks: readonly Block[], b: number, outer: readonly Quote[], s: { start: number; end: number }, end: number): string {
  const mb = blockOf(blocks, b, s.start);
  const block = blocks[mb];
  const from = Math.max(block.content.start, s.start - READ_BEFORE), to = Math.min(block.content.end, end + READ_AFTER);
  let key = `\u0004${Math.sign(mb - b)},${Math.max(-BACK - 1, mb - b)},${block.kind},${from - block.content.start},${s.start - from},${s.end - from}`;
  for (let q = firstQuoteEndingAfter(outer, from - LOOK_BACK); q < outer.length && outer[q].inner.start < to; q++) key += `\u0003${Math.max(from - LOOK_BACK, outer[q].inner.start) - from},${Math.min(to, outer[q].inner.end) - from}`;
  return `${key}\u0005${text.slice(Math.max(0, from - LOOK_BACK), to)}`;
}

/**
 * The quotes not inside another (a nested ‘…’ is a quote of its own in the article's list, and its
 * inner end comes before its outer one's): their inner ends rise, so they can be searched by offset,
 * and masking them masks every quote.
 */
export function outerQuotes(quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  let end = -1;
  for (const q of quotes) {
    if (q.inner.start < end) continue;
    out.push(q);
    end = q.inner.end;
  }
  return out;
}

/** Whether `m` lies inside the marks of one of `outer` (`outerQuotes`): the last that starts before it. */
export function insideQuote(outer: readonly Quote[], m: EntityMention): boolean {
  let lo = 0, hi = outer.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (outer[mid].start <= m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && outer[lo - 1].inner.start <= m.start && m.end <= outer[lo - 1].inner.end;
}

/** The first of `outer` (`outerQuotes`) whose inner span ends after `at`. */
export function firstQuoteEndingAfter(quotes: readonly Quote[], at: number): number {
  let lo = 0, hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].inner.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
