import { lineOf, lineStarts } from '../common/lineStarts';

/**
 * Line starts of one text, found once, so that each offset's line is a binary search: `check` on a
 * 20 MB article with thousands of findings used to rescan the text from its start for every finding.
 * `\r\n`, `\n` and `\r` end lines as in LSP.
 */
export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  constructor(text: string) {
    this.#starts = lineStarts(text);
    this.#length = text.length;
  }

  /** Zero-based line and UTF-16 character of `offset` (clamped to the text). */
  toLineColumn(offset: number): { line: number; character: number } {
    const line = lineOf(this.#starts, Math.max(0, Math.min(offset, this.#length)));
    return { line, character: offset - this.#starts[line] };
  }
}

/** Zero-based line and UTF-16 character of `offset` in `text`; for many offsets build a {@link LineIndex} once. */
export function toLineColumn(text: string, offset: number): { line: number; character: number } {
  return new LineIndex(text).toLineColumn(offset);
}
