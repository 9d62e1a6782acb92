// An immutable text document: one version of one open article. A request keeps the snapshot it started
// with; an edit makes a new snapshot and never changes one a request is reading.
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../analysis/annotations/index';
import { countScript } from '../analysis/script/detect';

const CR = 13;
const LF = 10;

export class DocumentSnapshot implements TextDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  readonly #text: string;
  #lines: number[] | undefined;
  /** Whether the text may hold Traditional-only characters (undefined: not looked at yet). */
  #traditional: boolean | undefined;

  constructor(uri: string, languageId: string, version: number, text: string, lines?: number[], traditional?: boolean) {
    this.uri = uri;
    this.languageId = languageId;
    this.version = version;
    this.#text = text;
    this.#lines = lines;
    this.#traditional = traditional;
  }

  /**
   * False when the text surely holds no Traditional-only character, so its analysis needs no
   * Simplified view: looked up once for an opened text, then carried through edits by looking only
   * at the inserted text (a keystroke in a 1 MB article does not rescan it). May stay true after the
   * last such character was deleted; the analysis then finds nothing to convert.
   */
  mayHaveTraditional(): boolean {
    return (this.#traditional ??= countScript(this.#text).traditional > 0);
  }

  getText(range?: Range): string {
    if (!range) return this.#text;
    return this.#text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  get lineCount(): number {
    return this.#lineStarts().length;
  }

  positionAt(offset: number): Position {
    const text = this.#text;
    offset = Math.max(0, Math.min(offset, text.length));
    const lines = this.#lineStarts();
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (lines[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    // an offset between CR and LF belongs before the line break
    while (offset > lines[line] && isBreak(text.charCodeAt(offset - 1))) offset--;
    return { line, character: offset - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.#lineStarts();
    if (position.line >= lines.length) return this.#text.length;
    if (position.line < 0) return 0;
    const start = lines[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.#text.length;
    let offset = Math.min(start + position.character, next);
    while (offset > start && isBreak(this.#text.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /**
   * The next version: `changes` applied in order (each in positions of the text before it). Also gives
   * each change in offsets, for what follows the text (annotations). Line starts are carried over
   * where a change leaves line breaks around it alone, so a keystroke in a 1 MB article costs no rescan.
   */
  withChanges(changes: readonly TextDocumentContentChangeEvent[], version: number): { doc: DocumentSnapshot; edits: TextChange[] } {
    let text = this.#text;
    let lines = this.#lines;
    let traditional = this.#traditional;
    let doc: DocumentSnapshot = this;
    const edits: TextChange[] = [];
    for (const c of changes) {
      if (!('range' in c) || !c.range) {
        edits.push({ start: 0, end: text.length, text: c.text });
        text = c.text;
        lines = undefined;
      } else {
        let start = doc.offsetAt(c.range.start);
        let end = doc.offsetAt(c.range.end);
        if (start > end) [start, end] = [end, start];
        edits.push({ start, end, text: c.text });
        lines = doc.#lines && shiftLines(doc.#lines, text, start, end, c.text);
        text = text.slice(0, start) + c.text + text.slice(end);
      }
      if (traditional === false && countScript(c.text).traditional > 0) traditional = true;
      if (!('range' in c) || !c.range) traditional = undefined;
      doc = new DocumentSnapshot(this.uri, this.languageId, version, text, lines, traditional);
    }
    return { doc, edits };
  }

  getLineRange(line: number): Range {
    const lines = this.#lineStarts();
    const l = Math.max(0, Math.min(line, lines.length - 1));
    const start = lines[l];
    const next = l + 1 < lines.length ? lines[l + 1] : this.#text.length;
    let end = next;
    while (end > start && isBreak(this.#text.charCodeAt(end - 1))) end--;
    return { start: { line: l, character: 0 }, end: { line: l, character: end - start } };
  }

  getEOLCharacters(line: number): string {
    const lines = this.#lineStarts();
    if (line < 0 || line >= lines.length) return '';
    const next = line + 1 < lines.length ? lines[line + 1] : this.#text.length;
    return this.#text.substring(lines[line] + this.getLineRange(line).end.character, next);
  }

  #lineStarts(): number[] {
    return (this.#lines ??= lineStarts(this.#text, 0, true));
  }
}

function isBreak(c: number): boolean {
  return c === CR || c === LF;
}

/** Offsets where lines start in `text`, plus `base`; with `withFirst` the first line's start too. */
function lineStarts(text: string, base: number, withFirst: boolean): number[] {
  const out = withFirst ? [base] : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    if (c === CR || c === LF) out.push(base + i + 1);
  }
  return out;
}

/** Line starts after replacing `old[start, end)` by `inserted`, or undefined when a CR/LF pair could form or break at an edge. */
function shiftLines(lines: number[], old: string, start: number, end: number, inserted: string): number[] | undefined {
  const before = old.charCodeAt(start - 1);
  const after = old.charCodeAt(end);
  if (before === CR || after === LF || inserted.charCodeAt(0) === LF || inserted.charCodeAt(inserted.length - 1) === CR) return undefined;
  const diff = inserted.length - (end - start);
  // lines[i] <= start for the lines that begin before the edit (a start equal to `start` begins at it, untouched)
  let first = 0;
  let high = lines.length;
  while (first < high) {
    const mid = (first + high) >>> 1;
    if (lines[mid] <= start) first = mid + 1;
    else high = mid;
  }
  let last = first;
  while (last < lines.length && lines[last] <= end) last++;
  const added = lineStarts(inserted, start, false);
  if (added.length === last - first) {
    // as many line breaks as before (a keystroke within a line): one copy of the list, its size, shifted in place
    const out = lines.slice();
    for (let k = 0; k < added.length; k++) out[first + k] = added[k];
    for (let i = last; i < lines.length; i++) out[i] = lines[i] + diff;
    return out;
  }
  const out = lines.slice(0, first);
  for (const s of added) out.push(s);
  for (let i = last; i < lines.length; i++) out.push(lines[i] + diff);
  return out;
}
