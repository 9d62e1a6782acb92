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

/** The persons and bodies named in `[lo, hi)` outside quotes, how often each name is written there, and the most written. */
export function namesAround(named: readonly EntityMention[], lo: number, hi: number, quotes: readonly Quote[]): { window: EntityMention[]; counts: Map<string, number>; top: string | null } {
  const window: EntityMention[] = [];
  const counts = new Map<string, number>();
  let top: string | null = null;
  for (let k = firstAtOrAfter(named, lo); k < named.length && named[k].start < hi; k++) {
    const m = named[k];
    if (m.type === 'place' || insideQuote(quotes, m)) continue;
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
 * Everything the ranker reads to decide `quotes[i]` (in paragraph `b`), offsets from the window's start:
 * the same key, the same decision.
 */
export function rankKey(text: string, blocks: readonly Block[], b: number, quotes: readonly Quote[], i: number, named: readonly EntityMention[], c: RankContext, blockKeys?: readonly string[]): string {
  const q = quotes[i];
  const { lo, hi } = windowOf(blocks, b);
  const s = q.speakerSpan;
  let key = `${c.region}\u0001${Math.min(b, BACK)},${Math.min(blocks.length - 1 - b, AHEAD)}\u0001${q.start - lo},${q.end - lo},${q.inner.start - lo},${q.inner.end - lo}\u0001${q.speaker ?? ''}\u0001${s ? `${s.start - lo},${s.end - lo}` : ''}\u0001${c.first ?? ''}\u0001${c.lastSpeaker ?? ''}`;
  for (let k = Math.max(0, b - BACK); k <= Math.min(blocks.length - 1, b + AHEAD); k++) key += `\u0001${blocks[k].content.start - lo},${blocks[k].content.end - lo},${blocks[k].kind}`;
  const { window, counts, top } = namesAround(named, lo, hi, quotes);
  for (const m of window) key += `\u0002${m.start - lo},${m.end - lo},${m.type[0]},${m.text},${sizeOf(m, c, counts)},${isTop(m, c, top) ? 1 : 0}`;
  const from = Math.max(0, lo - LOOK_BACK);
  for (let k = firstQuoteEndingAfter(quotes, from); k < quotes.length && quotes[k].inner.start < hi; k++) key += `\u0003${Math.max(from, quotes[k].inner.start) - lo},${Math.min(hi, quotes[k].inner.end) - lo}`;
  // the fallback's pick named outside the window: what is read of it (its paragraph's words around it)
  if (c.region === 'topic' && s && q.speaker && (s.start < lo || s.end > hi)) key += pickKey(text, blocks, b, quotes, named, s, q.speaker, c);
  if (!blockKeys) return `${key}\u0000${text.slice(from, hi)}`;
  // the blocks' words by their stand-ins, and the few characters before each that a name at its start is read with
  for (let k = Math.max(0, b - BACK); k <= Math.min(blocks.length - 1, b + AHEAD); k++) key += `\u0000${blockKeys[k]}\u0000${text.slice(Math.max(0, blocks[k].content.start - LOOK_BACK), blocks[k].content.start)}`;
  return key;
}

/** Characters read around a name in its own paragraph: its sentence before it (up to 80) and 30 after it. */
const READ_BEFORE = 80, READ_AFTER = 30;

function pickKey(text: string, blocks: readonly Block[], b: number, quotes: readonly Quote[], named: readonly EntityMention[], s: { start: number; end: number }, speaker: string, c: RankContext): string {
  let mb = b;
  while (mb > 0 && s.start < blocks[mb].content.start) mb--;
  while (mb + 1 < blocks.length && s.start >= blocks[mb + 1].content.start) mb++;
  const block = blocks[mb];
  const from = Math.max(block.content.start, s.start - READ_BEFORE), to = Math.min(block.content.end, s.end + READ_AFTER);
  const k = firstAtOrAfter(named, s.start);
  const m = k < named.length && named[k].start === s.start ? named[k] : null;
  let key = `\u0004${Math.sign(mb - b)},${Math.max(-BACK - 1, mb - b)},${block.kind},${from - block.content.start},${s.start - from},${s.end - from},${speaker},${m ? `${m.type[0]},${m.text},${m.entityId && c.article ? c.article.sizes.get(m.entityId) : ''},${isTop(m, c, null) ? 1 : 0}` : ''}`;
  for (let q = firstQuoteEndingAfter(quotes, from - LOOK_BACK); q < quotes.length && quotes[q].inner.start < to; q++) key += `\u0003${Math.max(from - LOOK_BACK, quotes[q].inner.start) - from},${Math.min(to, quotes[q].inner.end) - from}`;
  return `${key}\u0005${text.slice(Math.max(0, from - LOOK_BACK), to)}`;
}

/** Whether `m` lies inside the marks of some quote (sorted by start). */
export function insideQuote(quotes: readonly Quote[], m: EntityMention): boolean {
  let lo = 0, hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= m.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) if (quotes[k].inner.start <= m.start && m.end <= quotes[k].inner.end) return true;
  return false;
}

/** The first of `quotes` (sorted) whose inner span ends after `at`. */
export function firstQuoteEndingAfter(quotes: readonly Quote[], at: number): number {
  let lo = 0, hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].inner.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
