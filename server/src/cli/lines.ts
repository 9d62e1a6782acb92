/**
 * Line starts of one text, found once, so that each offset's line is a binary search: `check` on a
 * 20 MB article with thousands of findings used to rescan the text from its start for every finding.
 * `\r\n`, `\n` and `\r` end lines as in LSP.
 */
export class LineIndex {
  readonly #starts: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.#starts = starts;
    this.#length = text.length;
  }

  /** Zero-based line and UTF-16 character of `offset` (clamped to the text). */
  toLineColumn(offset: number): { line: number; character: number } {
    const at = Math.max(0, Math.min(offset, this.#length));
    const starts = this.#starts;
    // the last line start ≤ at; a line break counts on the line it ends (as the old scan did)
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }
}

/** Zero-based line and UTF-16 character of `offset` in `text`; for many offsets build a {@link LineIndex} once. */
export function toLineColumn(text: string, offset: number): { line: number; character: number } {
  return new LineIndex(text).toLineColumn(offset);
}
