import { DocumentDiagnosticReportKind, type Diagnostic, type DiagnosticRelatedInformation, type DocumentDiagnosticReport, type Position, type Range } from 'vscode-languageserver';

/**
 * Pull-diagnostics reports with result ids. When the client already has the same diagnostics (it
 * sends the id of its last report, as VS Code does), the answer is `unchanged` and nothing is resent:
 * a character typed in a 1 MB article usually moves no diagnostic, and the full list is ~600 KB of JSON.
 */
export class DiagnosticReports {
  #last = new Map<string, { id: string; sent: SentDiagnostics }>();
  #next = 0;

  /**
   * The report for `uri`: `unchanged` when the client's last report (`previousResultId`) is ours and
   * `same(what it said)` finds nothing differs; else `build()` in full under a new id.
   */
  report(uri: string, previousResultId: string | undefined, same: (last: SentDiagnostics) => boolean, build: () => Diagnostic[]): DocumentDiagnosticReport {
    const last = this.#last.get(uri);
    if (last && previousResultId === last.id && same(last.sent)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.id };
    const items = build();
    const resultId = String(++this.#next);
    this.#last.set(uri, { id: resultId, sent: new SentDiagnostics(items) });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  forget(uri: string): void {
    this.#last.delete(uri);
  }
}

/**
 * The diagnostics of a report, kept field by field to compare the next one with. The Diagnostic
 * objects themselves (thousands in a large article, each with a range and two positions) are not kept:
 * they die young once sent, instead of filling the old generation between keystrokes.
 */
export class SentDiagnostics {
  readonly length: number;
  readonly #codes: Diagnostic['code'][];
  readonly #severities: Diagnostic['severity'][];
  readonly #sources: (string | undefined)[];
  readonly #messages: Diagnostic['message'][];
  /** Start line, start character, end line, end character of each. */
  readonly #positions: Int32Array;
  readonly #related: (DiagnosticRelatedInformation[] | undefined)[];

  constructor(items: readonly Diagnostic[]) {
    const n = items.length;
    this.length = n;
    this.#codes = new Array(n);
    this.#severities = new Array(n);
    this.#sources = new Array(n);
    this.#messages = new Array(n);
    this.#positions = new Int32Array(4 * n);
    this.#related = new Array(n);
    for (let i = 0; i < n; i++) {
      const d = items[i];
      this.#codes[i] = d.code;
      this.#severities[i] = d.severity;
      this.#sources[i] = d.source;
      this.#messages[i] = d.message;
      this.#positions[4 * i] = d.range.start.line;
      this.#positions[4 * i + 1] = d.range.start.character;
      this.#positions[4 * i + 2] = d.range.end.line;
      this.#positions[4 * i + 3] = d.range.end.character;
      // copied (a few diagnostics have any): the record must not change with the objects sent
      this.#related[i] = d.relatedInformation?.map((r) => ({ message: r.message, location: { uri: r.location.uri, range: copyRange(r.location.range) } }));
    }
  }

  /** Item `i`'s fields but its range and related information. */
  sameFields(i: number, code: Diagnostic['code'], severity: Diagnostic['severity'], source: string | undefined, message: Diagnostic['message']): boolean {
    return this.#codes[i] === code && this.#severities[i] === severity && this.#sources[i] === source && this.#messages[i] === message;
  }

  /** Item `i`'s range starts (`end` false) or ends at `p`. */
  samePosition(i: number, end: boolean, p: Position): boolean {
    const k = 4 * i + (end ? 2 : 0);
    return this.#positions[k] === p.line && this.#positions[k + 1] === p.character;
  }

  related(i: number): readonly DiagnosticRelatedInformation[] | undefined {
    return this.#related[i];
  }

  /** Items from `from` on are exactly `items`, field by field. */
  sameFrom(from: number, items: readonly Diagnostic[]): boolean {
    if (this.length - from !== items.length) return false;
    for (let k = 0; k < items.length; k++) {
      const d = items[k];
      const i = from + k;
      if (!this.sameFields(i, d.code, d.severity, d.source, d.message) || !this.samePosition(i, false, d.range.start) || !this.samePosition(i, true, d.range.end)) return false;
      if (!sameRelated(this.#related[i], d.relatedInformation)) return false;
    }
    return true;
  }
}

function sameRelated(a: readonly DiagnosticRelatedInformation[] | undefined, b: readonly DiagnosticRelatedInformation[] | undefined): boolean {
  const rx = a ?? [];
  const ry = b ?? [];
  if (rx.length !== ry.length) return false;
  for (let k = 0; k < rx.length; k++) {
    if (rx[k].message !== ry[k].message || rx[k].location.uri !== ry[k].location.uri || !sameRange(rx[k].location.range, ry[k].location.range)) return false;
  }
  return true;
}

function copyRange(r: Range): Range {
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
