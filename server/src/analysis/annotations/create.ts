/** Making and editing annotations: selectors are built from the text, in code points at the boundary. */
import type { Span } from '../types';
import { createCodePointIndex, splitsPair, toCodePointSpan, type CodePointIndex } from './codePoints';
import { motivationOf, toBodyItems, type Annotation, type AnnotationBody, type Creator, type Selector } from './webAnnotation';

/** UTF-16 units of context kept on each side (Hypothesis keeps 32 characters too). */
export const CONTEXT_LENGTH = 32;

export interface CreateOptions {
  /** The article as the sidecar names it (a relative path or URI); default `''`, filled in on export. */
  source?: string;
  /** The annotation IRI; default a fresh `urn:uuid:…`. */
  id?: string;
  /** A prebuilt index of `text`, when creating many annotations on one text. */
  index?: CodePointIndex;
}

/**
 * A new Web Annotation on `span` (UTF-16) of `text`: `createAnnotation('中国国防部长董军16日晚…', {start: 6, end: 8},
 * {verdict: 'true'}, '张编辑', new Date())` → an `assessing` annotation with exact `董军`, prefix `中国国防部长`,
 * position `{start: 6, end: 8}` in code points. Throws RangeError for an empty or out-of-range span.
 */
export function createAnnotation(text: string, span: Span, body: AnnotationBody, creator: string | Creator, now: Date, options: CreateOptions = {}): Annotation {
  const stamp = now.toISOString();
  return {
    id: options.id ?? newId(),
    type: 'Annotation',
    motivation: motivationOf(body),
    body: toBodyItems(body),
    target: { source: options.source ?? '', selector: toSelectors(text, span, options.index) },
    created: stamp,
    modified: stamp,
    creator: typeof creator === 'string' ? { type: 'Person', name: creator } : creator,
  };
}

/**
 * The quote and position selectors of `span` in `text`: `toSelectors('甲董军乙', {start: 1, end: 3})` →
 * `[{TextQuoteSelector exact '董军' prefix '甲' suffix '乙'}, {TextPositionSelector 1–3}]`.
 */
export function toSelectors(text: string, span: Span, index?: CodePointIndex): Selector[] {
  const s = snapSpan(text, span);
  if (s.end <= s.start) throw new RangeError(`cannot annotate an empty or out-of-range span ${span.start}–${span.end}`);
  let from = Math.max(0, s.start - CONTEXT_LENGTH);
  let to = Math.min(text.length, s.end + CONTEXT_LENGTH);
  if (splitsPair(text, from)) from--;
  if (splitsPair(text, to)) to++;
  const cp = toCodePointSpan(index ?? createCodePointIndex(text), s);
  return [
    { type: 'TextQuoteSelector', exact: text.slice(s.start, s.end), prefix: text.slice(from, s.start), suffix: text.slice(s.end, to) },
    { type: 'TextPositionSelector', start: cp.start, end: cp.end },
  ];
}

/**
 * The annotation with selectors rebuilt for where it now is (after re-anchoring, before saving); the
 * body and `modified` are kept: `retarget(a, '新董军', {start: 1, end: 3})` → prefix `新`, position 1–3.
 */
export function retarget(annotation: Annotation, text: string, span: Span, index?: CodePointIndex): Annotation {
  return { ...annotation, target: { ...annotation.target, selector: toSelectors(text, span, index) } };
}

/**
 * The annotation with a new body and `modified` time: `editAnnotation(a, {verdict: 'misleading', note: '断章取义'}, now)`.
 */
export function editAnnotation(annotation: Annotation, body: AnnotationBody, now: Date): Annotation {
  return { ...annotation, motivation: motivationOf(body), body: toBodyItems(body), modified: now.toISOString() };
}

/** Clamps a span to the text and widens it so it never splits a surrogate pair (`𠮷` 1–2 → 0–2). */
function snapSpan(text: string, span: Span): Span {
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  if (splitsPair(text, start)) start--;
  if (splitsPair(text, end)) end++;
  return { start, end };
}

let counter = 0;

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return `urn:uuid:${c.randomUUID()}`;
  counter++;
  return `urn:newslens:${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
