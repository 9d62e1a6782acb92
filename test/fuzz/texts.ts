// The harness's own copy of a document version: its text and line starts, with LSP positions computed
// the way the protocol defines them (UTF-16 code units; \r\n, \r and \n all end a line).

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export class TextVersion {
  readonly lineStarts: number[];

  constructor(readonly version: number, readonly text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Length of line `line` without its line break. */
  lineLength(line: number): number {
    const start = this.lineStarts[line];
    if (line + 1 >= this.lineStarts.length) return this.text.length - start;
    const next = this.lineStarts[line + 1];
    return next - start - (this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 && next - 2 >= start ? 2 : 1);
  }

  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStarts[lo] };
  }

  /** The offset of a position already known to be valid. */
  offsetAt(p: Position): number {
    return this.lineStarts[p.line] + p.character;
  }

  /** Why `p` is not a position of this version, or undefined when it is one. */
  badPosition(p: Position | undefined): string | undefined {
    if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character)) return `not a position: ${JSON.stringify(p)}`;
    if (p.line < 0 || p.line >= this.lineCount) return `line ${p.line} outside 0..${this.lineCount - 1}`;
    const len = this.lineLength(p.line);
    if (p.character < 0 || p.character > len) return `character ${p.character} outside 0..${len} of line ${p.line}`;
    return undefined;
  }

  /** Why `r` is not a range of this version (bounds, start ≤ end), or undefined. */
  badRange(r: Range | undefined): string | undefined {
    if (!r) return 'no range';
    const why = this.badPosition(r.start) ?? this.badPosition(r.end);
    if (why) return why;
    if (this.offsetAt(r.start) > this.offsetAt(r.end)) return 'start after end';
    return undefined;
  }

  /** The text of a range already known to be valid. */
  slice(r: Range): string {
    return this.text.slice(this.offsetAt(r.start), this.offsetAt(r.end));
  }

  /** `offset` moved off the middle of a \r\n, where no LSP position can point. */
  snap(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    return o > 0 && this.text.charCodeAt(o - 1) === 13 && this.text.charCodeAt(o) === 10 ? o - 1 : o;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** `inner` lies within `outer` (both valid ranges of `v`). */
export function contains(v: TextVersion, outer: Range, inner: Range): boolean {
  return v.offsetAt(outer.start) <= v.offsetAt(inner.start) && v.offsetAt(inner.end) <= v.offsetAt(outer.end);
}
