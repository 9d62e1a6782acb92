import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../analysis/types';
import { applySeverities, severityOf } from '../common/severities';
import type { Settings } from './settings';
import { toRange } from './ranges';
import type { SentDiagnostics } from './diagnosticReports';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** LSP severity of a severity setting. */
export function toSeverity(s: Severity): DiagnosticSeverity {
  return SEVERITY[s];
}

/** Diagnostics from findings, with each code's severity from settings (`off` drops it). */
export function provideDiagnostics(doc: TextDocument, findings: Finding[], settings: Settings, lang: 'zh' | 'en'): Diagnostic[] {
  return applySeverities(findings, settings.diagnostics).map((f) => ({
    range: toRange(doc, f),
    severity: toSeverity(f.severity),
    code: f.code,
    source: 'newslens',
    message: f.message[lang],
    relatedInformation: f.related?.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r) }, message: r.message[lang] })),
  }));
}

/**
 * How many of the diagnostics last sent (from the start) are exactly those `findings` give, or -1 if
 * they differ: `provideDiagnostics` compared without building it, so a pull that changes nothing
 * allocates no diagnostics (on a 1 MB article they are ~2,000 objects per keystroke).
 */
export function matchDiagnostics(doc: TextDocument, findings: Finding[], settings: Settings, lang: 'zh' | 'en', sent: SentDiagnostics): number {
  let k = 0;
  for (const f of findings) {
    const s = severityOf(f.code, f.severity, settings.diagnostics);
    if (s === 'off') continue;
    const i = k++;
    if (i >= sent.length || !sent.sameFields(i, f.code, toSeverity(s), 'newslens', f.message[lang])) return -1;
    if (!sent.samePosition(i, false, doc.positionAt(f.start)) || !sent.samePosition(i, true, doc.positionAt(f.end))) return -1;
    const related = sent.related(i);
    if ((f.related?.length ?? -1) !== (related?.length ?? -1)) return -1;
    for (let r = 0; f.related && r < f.related.length; r++) {
      const x = related![r];
      const y = f.related[r];
      if (x.message !== y.message[lang] || x.location.uri !== doc.uri || !samePosition(doc, y.start, x.location.range.start) || !samePosition(doc, y.end, x.location.range.end)) return -1;
    }
  }
  return k;
}

function samePosition(doc: TextDocument, offset: number, p: { line: number; character: number }): boolean {
  const q = doc.positionAt(offset);
  return q.line === p.line && q.character === p.character;
}
