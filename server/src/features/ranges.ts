import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../analysis/types';

/** A span as an LSP range of `doc`. */
export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

/**
 * The innermost item of `items` (sorted by start) containing `offset`, by binary search; nested items
 * (quotes inside quotes) are handled by looking back over the few items that start earlier.
 */
export function itemAt<T extends Span>(items: readonly T[], offset: number, lookBack = 64): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  let best: T | undefined;
  for (let i = hi; i >= 0 && i > hi - lookBack; i--) {
    const it = items[i];
    if (it.start <= offset && offset < it.end && (!best || it.end - it.start < best.end - best.start)) best = it;
  }
  return best;
}

/**
 * The range that holds every child: children are not in text order (dates go by calendar) and may
 * nest (`“基于“与台湾关系法”的一中政策”`), so neither the first start nor the last end will do.
 */
export function enclosing(children: { range: Range }[]): Range {
  let { start, end } = children[0].range;
  for (const c of children) {
    if (before(c.range.start, start)) start = c.range.start;
    if (before(end, c.range.end)) end = c.range.end;
  }
  return { start, end };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
