import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../analysis/types';
import { applySeverities, type Settings } from './settings';
import { toRange } from './spans';

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
