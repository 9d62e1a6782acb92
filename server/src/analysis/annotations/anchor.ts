/**
 * Re-anchoring: where is an annotation in the current text? Exact position first, then the quote with
 * its prefix/suffix context, then a bounded fuzzy match; below the threshold it is orphaned, never moved
 * to a guessed place. Design and thresholds: README.md.
 */
import type { Span } from '../types';
import { createCodePointIndex, splitsPair, toUtf16Span, type CodePointIndex } from './codePoints';
import { positionSelector, quoteSelector, type Annotation, type TextQuoteSelector } from './model';
import { contextSimilarity, fuzzyFind, similarity } from './similarity';

export type AnchorStatus = 'exact' | 'quote' | 'fuzzy' | 'orphaned';

/** `{span: {start: 6, end: 8}, status: 'quote', confidence: 0.97}`; span null when orphaned. */
export interface Anchor {
  span: Span | null;
  status: AnchorStatus;
  /** 0–1: 1 for exact; 0.5–1 for quote (by context); the text similarity for fuzzy; best rejected score when orphaned. */
  confidence: number;
}

export interface AnchorOptions {
  /** Where the caller believes the annotation is now (UTF-16), e.g. a span shifted through edits; overrides the position selector. */
  hint?: Span;
  /** Minimum text similarity of a fuzzy match (default 0.9). */
  minSimilarity?: number;
  /** A prebuilt index of `text`, when anchoring many annotations on one text. */
  index?: CodePointIndex;
}

/** Default minimum similarity of a fuzzy match: the "matches ≥ 90 %". */
export const MIN_SIMILARITY = 0.9;
/** A quote occurrence is accepted when at least half of its prefix/suffix context still matches. */
export const MIN_QUOTE_CONTEXT = 0.5;
/** A fuzzy match also needs some of its context: a similar sentence elsewhere is not the annotated one. */
export const MIN_FUZZY_CONTEXT = 0.25;
/** Occurrences of a very frequent quote (`的`) scored at most, the nearest to the old position first. */
const MAX_CANDIDATES = 2000;

/**
 * Finds an annotation in `text`: with exact `董军`, prefix `中国国防部长` and the text `据报道，中国国防部长董军…`
 * (two characters inserted before) → `{span: {start: 11, end: 13}, status: 'quote', confidence: 1}`.
 */
export function anchorAnnotation(text: string, annotation: Annotation, options: AnchorOptions = {}): Anchor {
  const quote = quoteSelector(annotation);
  if (!quote.exact) return { span: null, status: 'orphaned', confidence: 0 };
  const old = options.hint ?? oldSpan(text, annotation, options.index);
  if (old && text.slice(old.start, old.end) === quote.exact && (options.hint || trustPosition(text, old, quote))) {
    return { span: { start: old.start, end: old.end }, status: 'exact', confidence: 1 };
  }
  const byQuote = findByQuote(text, quote, old);
  if (byQuote.span) return byQuote;
  const byFuzzy = findByFuzzy(text, quote, old, options.minSimilarity ?? MIN_SIMILARITY);
  if (byFuzzy.span) return byFuzzy;
  return { span: null, status: 'orphaned', confidence: Math.max(byQuote.confidence, byFuzzy.confidence) };
}

/** The position selector as a UTF-16 span of `text`, or null when it is missing or outside the text. */
function oldSpan(text: string, annotation: Annotation, index?: CodePointIndex): Span | null {
  const pos = positionSelector(annotation);
  return pos ? toUtf16Span(index ?? createCodePointIndex(text), pos) : null;
}

/** The quote is still at its recorded position: believed when its context agrees or it is too long to be a coincidence. */
function trustPosition(text: string, span: Span, quote: TextQuoteSelector): boolean {
  return quote.exact.length >= 4 || contextScore(text, span, quote) >= MIN_QUOTE_CONTEXT;
}

/** 0–1 agreement of the prefix and suffix with the text around `span`, weighted by their lengths. */
export function contextScore(text: string, span: Span, quote: TextQuoteSelector): number {
  const p = quote.prefix ?? '';
  const s = quote.suffix ?? '';
  if (!p && !s) return 1;
  const before = contextSimilarity(text, span.start, p, true);
  const after = contextSimilarity(text, span.end, s, false);
  return (before * p.length + after * s.length) / (p.length + s.length);
}

function findByQuote(text: string, quote: TextQuoteSelector, old: Span | null): Anchor {
  const { exact } = quote;
  let starts: number[] = [];
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) starts.push(i);
  if (starts.length === 0) return { span: null, status: 'quote', confidence: 0 };
  if (starts.length > MAX_CANDIDATES) {
    if (old) starts.sort((a, b) => Math.abs(a - old.start) - Math.abs(b - old.start));
    starts = starts.slice(0, MAX_CANDIDATES);
  }
  const noContext = !quote.prefix && !quote.suffix;
  if (noContext && starts.length > 1 && !old) return { span: null, status: 'quote', confidence: 0.5 };
  const scored = starts.map((start) => ({
    start,
    score: contextScore(text, { start, end: start + exact.length }, quote),
    distance: old ? Math.abs(start - old.start) : 0,
  }));
  // Context decides; nearness to the old position only breaks near-ties between equally good contexts.
  const top = scored.reduce((max, c) => Math.max(max, c.score), 0);
  const best = scored.filter((c) => c.score >= top - 0.05).sort((a, b) => a.distance - b.distance)[0];
  const confidence = 0.5 + 0.5 * best.score;
  if (!noContext && best.score < MIN_QUOTE_CONTEXT) return { span: null, status: 'quote', confidence };
  return { span: { start: best.start, end: best.start + exact.length }, status: 'quote', confidence };
}

function findByFuzzy(text: string, quote: TextQuoteSelector, old: Span | null, minSimilarity: number): Anchor {
  const m = quote.exact.length;
  const maxErrors = Math.floor(m * (1 - minSimilarity) + 1e-9);
  if (maxErrors < 1) return { span: null, status: 'fuzzy', confidence: 0 };
  const radius = Math.max(1024, 2 * m);
  const from = old ? old.start - radius : 0;
  const to = old ? old.end + radius : text.length;
  const match = fuzzyFind(text, quote.exact, from, to, maxErrors, old ? old.end : 0);
  if (!match) return { span: null, status: 'fuzzy', confidence: 0 };
  const span = snap(text, match);
  const sim = similarity(quote.exact, text.slice(span.start, span.end));
  const ctx = contextScore(text, span, quote);
  if (sim < minSimilarity || ctx < MIN_FUZZY_CONTEXT || span.end <= span.start) return { span: null, status: 'fuzzy', confidence: sim };
  return { span, status: 'fuzzy', confidence: sim };
}

/** Widens a span so it never splits a surrogate pair. */
function snap(text: string, span: Span): Span {
  return { start: splitsPair(text, span.start) ? span.start - 1 : span.start, end: splitsPair(text, span.end) ? span.end + 1 : span.end };
}
