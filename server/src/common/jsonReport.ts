// The documented JSON object of one analysed article: the CLI's `analyze --format json` line and the
// server's `newslens/analysis` answer (Show analysis as JSON) are this one shape.
import type { ArticleAnalysis, Finding, Severity } from '../analysis/types';

export interface JsonReport {
  file: string;
  publicationDate: { value: string; source: string } | null;
  entities: { text: string; type: string; start: number; end: number; entity: string }[];
  dates: { text: string; value: string | null; start: number; end: number }[];
  quotes: { text: string; kind: string; speaker: string | null; start: number; end: number }[];
  /** Check-worthy sentences in document order (sort by `score` for a check queue); `numbers` are the statistics. */
  claims: { text: string; start: number; end: number; kinds: string[]; numbers: { text: string; value: number; unit: string | null }[]; score: number }[];
  diagnostics: { code: string; severity: Severity; message: string; start: number; end: number; related?: { start: number; end: number; message: string }[] }[];
}

/** The documented JSON object of one analysed file; `findings` with their severities applied (`applySeverities`). */
export function toJsonReport(file: string, a: ArticleAnalysis, lang: 'zh' | 'en', findings: Finding[]): JsonReport {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return {
    file,
    publicationDate: a.publicationDate && { value: a.publicationDate.value, source: a.publicationDate.source },
    entities: a.mentions.map((m) => ({ text: m.text, type: m.type, start: m.start, end: m.end, entity: names.get(m.entityId ?? '') ?? m.text })),
    dates: a.dates.map((d) => ({ text: d.text, value: d.value, start: d.start, end: d.end })),
    quotes: a.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: q.speaker, start: q.start, end: q.end })),
    claims: a.claims.map((c) => ({ text: c.text, start: c.start, end: c.end, kinds: c.kinds, numbers: c.numbers.map((n) => ({ text: n.text, value: n.value, unit: n.unit })), score: c.score })),
    diagnostics: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message[lang], start: f.start, end: f.end, ...(f.related?.length ? { related: f.related.map((r) => ({ start: r.start, end: r.end, message: r.message[lang] })) } : {}) })),
  };
}
