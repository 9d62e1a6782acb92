import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport, type Range } from 'vscode-languageserver';

/**
 * Pull-diagnostics reports with result ids. When the client already has the same diagnostics (it
 * sends the id of its last report, as VS Code does), the answer is `unchanged` and nothing is resent:
 * a character typed in a 1 MB article usually moves no diagnostic, and the full list is ~600 KB of JSON.
 */
export class DiagnosticReports {
  #last = new Map<string, { id: string; items: Diagnostic[] }>();
  #next = 0;

  /**
   * The report for `uri`: `unchanged` when the client's last report (`previousResultId`) is ours and
   * `same(its items)` says nothing differs; else `build()` in full under a new id.
   */
  report(uri: string, previousResultId: string | undefined, same: (last: readonly Diagnostic[]) => boolean, build: () => Diagnostic[]): DocumentDiagnosticReport {
    const last = this.#last.get(uri);
    if (last && previousResultId === last.id && same(last.items)) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.id };
    const items = build();
    const resultId = String(++this.#next);
    this.#last.set(uri, { id: resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  forget(uri: string): void {
    this.#last.delete(uri);
  }
}

/** Field by field: the same ranges, severities, codes, sources, messages and related information. */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!sameRange(x.range, y.range) || x.severity !== y.severity || x.code !== y.code || x.source !== y.source || x.message !== y.message) return false;
    const rx = x.relatedInformation ?? [];
    const ry = y.relatedInformation ?? [];
    if (rx.length !== ry.length) return false;
    for (let k = 0; k < rx.length; k++) {
      if (rx[k].message !== ry[k].message || rx[k].location.uri !== ry[k].location.uri || !sameRange(rx[k].location.range, ry[k].location.range)) return false;
    }
  }
  return true;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
