// Shapes of request parameters, checked before a handler reads them: a client that sends the wrong
// type gets InvalidParams with what was wrong, not a JavaScript error message.
import type { Position, Range } from 'vscode-languageserver';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

export function isPosition(v: unknown): v is Position {
  return isObject(v) && isCount(v.line) && isCount(v.character);
}

export function isRange(v: unknown): v is Range {
  return isObject(v) && isPosition(v.start) && isPosition(v.end);
}

/** What is wrong with `params` for a request on one document (with `position` or `range` when asked), or undefined. */
export function paramsProblem(params: unknown, needs: 'document' | 'position' | 'range'): string | undefined {
  if (!isObject(params)) return 'params must be an object';
  const td = params.textDocument;
  if (!isObject(td) || typeof td.uri !== 'string') return 'params.textDocument.uri must be a string';
  if (needs === 'position' && !isPosition(params.position)) return 'params.position must be {line, character} with non-negative integers';
  if (needs === 'range' && !isRange(params.range)) return 'params.range must be {start, end} positions with non-negative integers';
  return undefined;
}
