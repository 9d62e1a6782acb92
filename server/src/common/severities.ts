// The severity rule, in one place for the server and the CLI: a code's setting wins over the
// severity the analysis gave a finding, and `off` drops it.
import type { Finding, FindingCode, Severity } from '../analysis/types';

export type SeveritySetting = Severity | 'off';
export type SeverityOverrides = Partial<Record<FindingCode | string, SeveritySetting>>;

/** The severity of a diagnostic with `code` (`off`: not shown): the setting, else `byDefault`. */
export function severityOf(code: string, byDefault: Severity, overrides: SeverityOverrides | undefined): SeveritySetting {
  return overrides?.[code] ?? byDefault;
}

/** The findings that become diagnostics, each with its code's severity setting (`off` drops it). */
export function applySeverities(findings: Finding[], overrides: SeverityOverrides = {}): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const s = severityOf(f.code, f.severity, overrides);
    if (s === 'off') continue;
    out.push(s === f.severity ? f : { ...f, severity: s });
  }
  return out;
}
