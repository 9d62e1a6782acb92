/**
 * Keeping anchors current while a document is edited: an edit before an annotation shifts it, an edit
 * after it leaves it alone, and only an edit that touches the annotated text costs a re-anchoring.
 */
import type { Span } from '../types';
import { anchorAnnotation, type Anchor, type AnchorOptions } from './anchor';
import { createCodePointIndex } from './codePoints';
import type { Annotation } from './webAnnotation';

/**
 * One content change in UTF-16 offsets of the document as it was just before this change (LSP applies
 * a didChange's changes in order): replacing `董军` at 6–8 with `董君` is `{start: 6, end: 8, text: '董君'}`.
 */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

/** An annotation and where it currently is in the open document. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: Anchor;
}

/**
 * Anchors every annotation of a freshly opened text: `anchorAll('中国国防部长董军…', [a])` → `[{annotation: a, anchor: {…exact}}]`.
 */
export function anchorAll(text: string, annotations: Annotation[], options: Omit<AnchorOptions, 'hint' | 'index'> = {}): AnchoredAnnotation[] {
  const index = createCodePointIndex(text);
  return annotations.map((annotation) => ({ annotation, anchor: anchorAnnotation(text, annotation, { ...options, index }) }));
}

/**
 * Applies `changes` to the anchors, re-anchoring in `newText` (the text after all changes) only the
 * annotations an edit touched and the orphans (an undo may bring them back): inserting `据报道，` at 0
 * moves `董军` 6–8 to 10–12 without a search.
 */
export function updateAnchors(anchored: AnchoredAnnotation[], changes: TextChange[], newText: string, options: Omit<AnchorOptions, 'hint' | 'index'> = {}): AnchoredAnnotation[] {
  let index: ReturnType<typeof createCodePointIndex> | undefined;
  const reanchor = (annotation: Annotation, hint?: Span): Anchor => {
    // Only an orphan (no hint) reads its position selector, so only it needs the code-point index.
    if (hint) return anchorAnnotation(newText, annotation, { ...options, hint });
    index ??= createCodePointIndex(newText);
    return anchorAnnotation(newText, annotation, { ...options, index });
  };
  return anchored.map(({ annotation, anchor }) => {
    if (!anchor.span) return { annotation, anchor: reanchor(annotation) };
    const moved = shiftSpan(anchor.span, changes);
    if (!moved.touched) return { annotation, anchor: { ...anchor, span: moved.span } };
    return { annotation, anchor: reanchor(annotation, moved.span) };
  });
}

/**
 * Moves a span through changes applied in order; `touched` when a change overlaps it or inserts inside
 * it (then `span` is only a rough hint): `shiftSpan({start: 6, end: 8}, [{start: 0, end: 0, text: '据'}])` → 7–9.
 */
export function shiftSpan(span: Span, changes: TextChange[]): { span: Span; touched: boolean } {
  let { start, end } = span;
  let touched = false;
  for (const c of changes) {
    const delta = c.text.length - (c.end - c.start);
    if (c.end <= start) {
      start += delta;
      end += delta;
    } else if (c.start >= end) {
      continue;
    } else {
      touched = true;
      const newStart = c.start < start ? c.start : start;
      end = c.end > end ? c.start + c.text.length : end + delta;
      start = newStart;
    }
  }
  return { span: { start, end: Math.max(start, end) }, touched };
}
