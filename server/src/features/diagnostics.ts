import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../analysis/types';
import { severityOf } from '../common/severities';
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

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * At most `settings.maxDiagnostics` findings (0: all), the most severe first and each severity in
 * document order: what VS Code shows of a file's diagnostics (it keeps 1,000, errors first), decided
 * here so that a large article's reports carry only what the editor can show. `dropped`: how many of
 * the findings not turned off were left out.
 */
export function capFindings(findings: Finding[], settings: Settings): { kept: Finding[]; dropped: number } {
  const max = settings.maxDiagnostics;
  if (max <= 0 || findings.length <= max) return { kept: findings, dropped: 0 };
  const ranks = new Int8Array(findings.length);
  const counts = [0, 0, 0, 0];
  findings.forEach((f, i) => {
    const s = severityOf(f.code, f.severity, settings.diagnostics);
    ranks[i] = s === 'off' ? -1 : RANK[s];
    if (s !== 'off') counts[RANK[s]]++;
  });
  const total = counts[0] + counts[1] + counts[2] + counts[3];
  if (total <= max) return { kept: findings, dropped: 0 };
  // severities above `cut` are kept whole, the first `room` of severity `cut`, none below
  let room = max;
  let cut = 0;
  while (counts[cut] <= room) room -= counts[cut++];
  const kept: Finding[] = [];
  findings.forEach((f, i) => {
    if (ranks[i] >= 0 && (ranks[i] < cut || (ranks[i] === cut && room-- > 0))) kept.push(f);
  });
  return { kept, dropped: total - max };
}

/** The note that says some diagnostics were left out, at the top of the document (null when none were). */
export function limitNote(dropped: number, settings: Settings, lang: 'zh' | 'en'): Diagnostic | null {
  if (dropped <= 0) return null;
  const shown = settings.maxDiagnostics.toLocaleString('en-US');
  const left = dropped.toLocaleString('en-US');
  const message =
    lang === 'zh'
      ? `NewsLens 只显示本文最重要的 ${shown} 条诊断（设置 newslens.maxDiagnostics），另有 ${left} 条提示未显示；可在大纲中查看全部主张。`
      : `NewsLens shows the ${shown} most severe diagnostics of this article (setting newslens.maxDiagnostics); ${left} more are not shown. The outline lists every claim.`;
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, code: 'diagnostics.limit', source: 'newslens', message };
}

/**
 * Diagnostics from findings, with each code's severity from settings (`off` drops it): what
 * `applySeverities` gives, in one pass without its copies (a 1 MB article's report has ~1,000).
 */
export function provideDiagnostics(doc: TextDocument, findings: Finding[], settings: Settings, lang: 'zh' | 'en'): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const s = severityOf(f.code, f.severity, settings.diagnostics);
    if (s === 'off') continue;
    out.push({
      range: toRange(doc, f),
      severity: toSeverity(s),
      code: f.code,
      source: 'newslens',
      message: f.message[lang],
      relatedInformation: f.related?.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r) }, message: r.message[lang] })),
    });
  }
  return out;
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
