/**
 * Re-anchoring: where is an annotation in the current text? Exact position first, then the quote with
 * its prefix/suffix context, then a bounded fuzzy match; below the threshold it is orphaned, never moved
 * to a guessed place. Design and thresholds: README.md.
 */
import type { Span } from '../types';
import { createCodePointIndex, splitsPair, toUtf16Span, type CodePointIndex } from './codePoints';
import { positionSelector, quoteSelector, type Annotation, type TextQuoteSelector } from './webAnnotation';
import { fuzzyFind, similarity } from './similarity';
import { contradicts, findFrame, matchContext, type Frame } from './contextMatch';

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
/** A quote found once in the text (3–7 units) needs a third of its context. */
export const MIN_UNIQUE_CONTEXT = 0.35;
/** A quote found once in the text with 8 units or more needs only a trace of context. */
export const MIN_UNIQUE_LONG_CONTEXT = 0.15;
/** A fuzzy match also needs some of its context: a similar sentence elsewhere is not the annotated one. */
export const MIN_FUZZY_CONTEXT = 0.25;
/** Occurrences of a very frequent quote (`的`) scored at most, the nearest to the old position first. */
const MAX_CANDIDATES = 2000;
/** Context scores this close to the best count as a tie, broken by nearness to the old position. */
const AMBIGUOUS = 0.3;

/**
 * Finds an annotation in `text`: with exact `董军`, prefix `中国国防部长` and the text `据报道，中国国防部长董军…`
 * (four characters inserted before) → `{span: {start: 10, end: 12}, status: 'quote', confidence: 1}`.
 */
export function anchorAnnotation(text: string, annotation: Annotation, options: AnchorOptions = {}): Anchor {
  const quote = quoteSelector(annotation);
  if (!quote.exact) return { span: null, status: 'orphaned', confidence: 0 };
  const old = options.hint ?? oldSpan(text, annotation, options.index);
  if (old && text.slice(old.start, old.end) === quote.exact && (options.hint || trustPosition(text, old, quote))) {
    return { span: { start: old.start, end: old.end }, status: 'exact', confidence: 1 };
  }
  let frame: Frame | undefined;
  const search: Search = {
    text,
    quote,
    old,
    // A hint is where the edit happened: the annotated text cannot be anywhere else.
    window: options.hint ? { start: options.hint.start, end: options.hint.end } : { start: 0, end: text.length },
    frame: () => (frame ??= findFrame(text, quote, old ? old.start : 0)),
  };
  const byQuote = findByQuote(search);
  if (byQuote.span) return byQuote;
  const byFuzzy = findByFuzzy(search, options.minSimilarity ?? MIN_SIMILARITY);
  if (byFuzzy.span) return byFuzzy;
  return { span: null, status: 'orphaned', confidence: Math.max(byQuote.confidence, byFuzzy.confidence) };
}

interface Search {
  text: string;
  quote: TextQuoteSelector;
  old: Span | null;
  window: Span;
  /** Where the context is best found; computed on first use (it scans the whole text). */
  frame: () => Frame;
}

/** The position selector as a UTF-16 span of `text`, or null when it is missing or outside the text. */
function oldSpan(text: string, annotation: Annotation, index?: CodePointIndex): Span | null {
  const pos = positionSelector(annotation);
  return pos ? toUtf16Span(index ?? createCodePointIndex(text), pos) : null;
}

/** The quote is still at its recorded position: believed when its context agrees or it is too long to be a coincidence. */
function trustPosition(text: string, span: Span, quote: TextQuoteSelector): boolean {
  return quote.exact.length >= 4 || matchContext(text, span, quote).score >= MIN_QUOTE_CONTEXT;
}

function findByQuote({ text, quote, old, window, frame }: Search): Anchor {
  const { exact } = quote;
  let starts: number[] = [];
  for (let i = text.indexOf(exact, Math.max(0, window.start)); i >= 0 && i + exact.length <= window.end; i = text.indexOf(exact, i + 1)) starts.push(i);
  if (starts.length === 0) return { span: null, status: 'quote', confidence: 0 };
  if (starts.length > MAX_CANDIDATES) {
    if (old) starts.sort((a, b) => Math.abs(a - old.start) - Math.abs(b - old.start));
    starts = starts.slice(0, MAX_CANDIDATES);
  }
  const noContext = !quote.prefix && !quote.suffix;
  if (noContext && starts.length > 1 && !old) return { span: null, status: 'quote', confidence: 0.5 };
  const scored = starts.map((start) => {
    const span = { start, end: start + exact.length };
    return { span, context: matchContext(text, span, quote), distance: old ? Math.abs(start - old.start) : 0 };
  });
  // A clearly better context wins; among contexts within AMBIGUOUS of the best, the one nearest the old
  // position (copies of a title in an image URL differ little once their context is edited).
  const top = scored.reduce((max, c) => Math.max(max, c.context.score), 0);
  const best = scored.filter((c) => c.context.score >= top - AMBIGUOUS).sort((a, b) => a.distance - b.distance)[0];
  const confidence = 0.5 + 0.5 * best.context.score;
  const enough = noContext || best.context.score >= minContext(text, exact);
  if (!enough || contradicts(frame, best.span, best.context, quote)) return { span: null, status: 'quote', confidence };
  return { span: best.span, status: 'quote', confidence };
}

/**
 * How much context a quote occurrence needs: half of it in general; less for a quote that occurs once
 * in the whole text and is long enough not to be there by chance (its own context may be heavily edited).
 */
function minContext(text: string, exact: string): number {
  const first = text.indexOf(exact);
  if (exact.length < 3 || text.indexOf(exact, first + 1) >= 0) return MIN_QUOTE_CONTEXT;
  return exact.length >= 8 ? MIN_UNIQUE_LONG_CONTEXT : MIN_UNIQUE_CONTEXT;
}

function findByFuzzy(search: Search, minSimilarity: number): Anchor {
  const { text, quote, frame } = search;
  const candidates = [fuzzyNearOld(search, minSimilarity), betweenFrame(search)];
  let best: Anchor = { span: null, status: 'fuzzy', confidence: 0 };
  for (const span of candidates) {
    if (!span || span.end <= span.start) continue;
    const sim = similarity(quote.exact, text.slice(span.start, span.end));
    const context = matchContext(text, span, quote);
    const ok = sim >= minSimilarity && context.score >= MIN_FUZZY_CONTEXT && !contradicts(frame, span, context, quote);
    if (ok && (!best.span || sim > best.confidence)) best = { span, status: 'fuzzy', confidence: sim };
    else if (!best.span) best.confidence = Math.max(best.confidence, sim);
  }
  return best;
}

/** The best approximate occurrence of the quote within the search window, near the old position. */
function fuzzyNearOld({ text, quote, old, window }: Search, minSimilarity: number): Span | null {
  const m = quote.exact.length;
  const maxErrors = Math.floor(m * (1 - minSimilarity) + 1e-9);
  if (maxErrors < 1) return null;
  const radius = Math.max(1024, 2 * m);
  const from = Math.max(window.start, old ? old.start - radius : 0);
  const to = Math.min(window.end, old ? old.end + radius : text.length);
  const match = fuzzyFind(text, quote.exact, from, to, maxErrors, old ? old.end : 0);
  return match && snap(text, match);
}

/** The text between where the prefix ends and the suffix starts, when both are found close together. */
function betweenFrame({ text, quote, frame, window }: Search): Span | null {
  const { prefixEnd, suffixStart } = frame();
  if (!prefixEnd || !suffixStart || prefixEnd.sim < MIN_QUOTE_CONTEXT || suffixStart.sim < MIN_QUOTE_CONTEXT) return null;
  const gap = suffixStart.at - prefixEnd.at;
  if (gap <= 0 || gap > 2 * quote.exact.length + 8 || prefixEnd.at < window.start || suffixStart.at > window.end) return null;
  return snap(text, { start: prefixEnd.at, end: suffixStart.at });
}

/** Widens a span so it never splits a surrogate pair. */
function snap(text: string, span: Span): Span {
  return { start: splitsPair(text, span.start) ? span.start - 1 : span.start, end: splitsPair(text, span.end) ? span.end + 1 : span.end };
}
