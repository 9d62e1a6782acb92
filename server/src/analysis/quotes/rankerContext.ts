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
 * Everything the ranker reads to decide quote `q` (in paragraph `b`), offsets from the window's start:
 * the same key, the same decision. `outer`: the article's quotes not inside another (`outerQuotes`).
 */
export function rankKey(text: string, blocks: readonly Block[], b: number, q: Quote, outer: readonly Quote[], named: readonly EntityMention[], c: RankContext, blockKeys?: readonly string[]): string {
  const { lo, hi } = windowOf(blocks, b);
  const s = q.speakerSpan;
  // parts joined once at the end: a flat string, not a chain of hundreds of concatenations to flatten when hashed
  const key: (string | number)[] = [c.region, '\u0001', Math.min(b, BACK), ',', Math.min(blocks.length - 1 - b, AHEAD), '\u0001', q.start - lo, ',', q.end - lo, ',', q.inner.start - lo, ',', q.inner.end - lo, '\u0001', q.speaker ?? '', '\u0001', s ? `${s.start - lo},${s.end - lo}` : '', '\u0001', c.first ?? '', '\u0001', c.lastSpeaker ?? ''];
  for (let k = Math.max(0, b - BACK); k <= Math.min(blocks.length - 1, b + AHEAD); k++) key.push('\u0001', blocks[k].content.start - lo, ',', blocks[k].content.end - lo, ',', blocks[k].kind);
  const { window, counts, top } = namesAround(named, lo, hi, outer);
  for (const m of window) key.push('\u0002', m.start - lo, ',', m.end - lo, ',', m.type[0], ',', m.text, ',', sizeOf(m, c, counts), ',', isTop(m, c, top) ? 1 : 0);
  const from = Math.max(0, lo - LOOK_BACK);
  for (let k = firstQuoteEndingAfter(outer, from); k < outer.length && outer[k].inner.start < hi; k++) key.push('\u0003', Math.max(from, outer[k].inner.start) - lo, ',', Math.min(hi, outer[k].inner.end) - lo);
  if (c.region === 'topic' && s && q.speaker) {
    // the fallback's pick, a choice wherever it was named: what the ranker reads of it
    const m = mentionAt(named, s.start);
    key.push('\u0006', m ? `${m.type[0]},${m.text},${m.end - s.start},${sizeOf(m, c, counts)},${isTop(m, c, top) ? 1 : 0}` : '');
    // … and, named outside the window, its paragraph's words around it
    if (s.start < lo || s.end > hi) key.push(pickKey(text, blocks, b, outer, s, Math.max(s.end, m ? m.end : s.end)));
  }
  if (!blockKeys) return `${key.join('')}\u0000${text.slice(from, hi)}`;
  // the blocks' words by their stand-ins, and the few characters before each that a name at its start is read with
  for (let k = Math.max(0, b - BACK); k <= Math.min(blocks.length - 1, b + AHEAD); k++) key.push('\u0000', blockKeys[k], '\u0000', text.slice(Math.max(0, blocks[k].content.start - LOOK_BACK), blocks[k].content.start));
  return key.join('');
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
