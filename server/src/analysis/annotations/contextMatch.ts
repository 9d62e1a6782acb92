/**
 * The prefix/suffix side of re-anchoring: how well the context around a span matches, and where the
 * context itself is best found ("the frame") — so that a copy of the quote elsewhere (a title repeated
 * in an image URL) is not taken for the annotated place when that place is still there, edited.
 */
import type { Span } from '../types';
import type { TextQuoteSelector } from './webAnnotation';
import { contextSimilarity } from './similarity';

/** 0–1 agreement of the prefix (before) and suffix (after) with the text around a span. */
export interface ContextMatch {
  before: number;
  after: number;
  /** Both, weighted by the lengths of prefix and suffix; 1 when the selector has no context. */
  score: number;
}

/** Where the prefix ends and the suffix starts with the best agreement; null for a side not found. */
export interface Frame {
  prefixEnd: { at: number; sim: number } | null;
  suffixStart: { at: number; sim: number } | null;
}

/** Characters of the prefix tail / suffix head searched for exactly when looking for the frame. */
const PROBE = 6;
const MAX_PROBES = 2000;

/**
 * `matchContext('中国国防部长董军16日', {start: 6, end: 8}, {exact: '董军', prefix: '国防部长', suffix: '16日'})` → `{before: 1, after: 1, score: 1}`.
 */
export function matchContext(text: string, span: Span, quote: TextQuoteSelector): ContextMatch {
  const p = quote.prefix ?? '';
  const s = quote.suffix ?? '';
  const before = contextSimilarity(text, span.start, p, true);
  const after = contextSimilarity(text, span.end, s, false);
  const score = p || s ? (before * p.length + after * s.length) / (p.length + s.length) : 1;
  return { before, after, score };
}

/**
 * Finds the best places of the prefix's end and the suffix's start: in `标题：中美防长通话` with prefix
 * `标题：` → `prefixEnd: {at: 3, sim: 1}`. Ties go to the place nearest `near`.
 */
export function findFrame(text: string, quote: TextQuoteSelector, near: number): Frame {
  const p = quote.prefix ?? '';
  const s = quote.suffix ?? '';
  const prefixEnd = bestProbe(text, p.slice(-PROBE), near, (i) => i + Math.min(PROBE, p.length), (at) => contextSimilarity(text, at, p, true));
  const suffixStart = bestProbe(text, s.slice(0, PROBE), near, (i) => i, (at) => contextSimilarity(text, at, s, false));
  return { prefixEnd, suffixStart };
}

function bestProbe(text: string, probe: string, near: number, toAt: (i: number) => number, score: (at: number) => number): { at: number; sim: number } | null {
  if (!probe) return null;
  let places: number[] = [];
  for (let i = text.indexOf(probe); i >= 0; i = text.indexOf(probe, i + 1)) places.push(toAt(i));
  if (places.length > MAX_PROBES) places = places.sort((a, b) => Math.abs(a - near) - Math.abs(b - near)).slice(0, MAX_PROBES);
  let best: { at: number; sim: number } | null = null;
  for (const at of places) {
    const sim = score(at);
    if (!best || sim > best.sim + 1e-9 || (Math.abs(sim - best.sim) <= 1e-9 && Math.abs(at - near) < Math.abs(best.at - near))) best = { at, sim };
  }
  return best;
}

/**
 * True when the frame shows the annotated place elsewhere, so `span` is a copy of the quote (a title
 * repeated in an image URL), not the annotated text: prefix and suffix found together at another place
 * and matching clearly better there, or one side intact elsewhere (≥ 0.9) where it is broken here (< 0.5).
 * Text inserted right next to the quote (up to 16 units) does not make its own frame "another place".
 */
export function contradicts(getFrame: () => Frame, span: Span, context: ContextMatch, quote: TextQuoteSelector): boolean {
  // A quote of 1–3 units is too easily found again next to its old place: its frame must coincide.
  const short = quote.exact.length < 4;
  // An (almost) intact context cannot be beaten by 0.1, so the costly frame search is skipped.
  if (short ? context.before === 1 && context.after === 1 : context.before >= 0.9 && context.after >= 0.9) return false;
  const { prefixEnd, suffixStart } = getFrame();
  const adjacent = short ? 0 : ADJACENT;
  const prefixElsewhere = !!prefixEnd && !within(span.start - prefixEnd.at, adjacent);
  const suffixElsewhere = !!suffixStart && !within(suffixStart.at - span.end, adjacent);
  if (prefixElsewhere && prefixEnd.sim >= 0.9 && context.before < 0.5) return true;
  if (suffixElsewhere && suffixStart.sim >= 0.9 && context.after < 0.5) return true;
  if (!prefixEnd || !suffixStart || !(prefixElsewhere || suffixElsewhere)) return false;
  const gap = suffixStart.at - prefixEnd.at;
  if (gap < 0 || gap > 2 * quote.exact.length + 8) return false;
  const p = (quote.prefix ?? '').length;
  const s = (quote.suffix ?? '').length;
  const score = (prefixEnd.sim * p + suffixStart.sim * s) / (p + s);
  return score >= 0.6 && score - context.score > (short ? 0 : 0.1);
}

/** Characters that may have been inserted between the quote and its context. */
const ADJACENT = 16;

function within(gap: number, adjacent: number): boolean {
  return gap >= 0 && gap <= adjacent;
}
