// Turns an ArticleAnalysis into the CLI's text report and `check` lines (the JSON object: common/jsonReport.ts).
import type { ArticleAnalysis, Finding } from '../analysis/types';
import { clip } from '../common/clip';
import { unwrapName } from '../analysis/softWraps';
import type { LineIndex } from './lines';

/** `file:line:col severity code message` lines (1-based line and UTF-16 column). */
export function toCheckLines(file: string, lines: LineIndex, findings: Finding[], lang: 'zh' | 'en'): string[] {
  return findings.map((f) => {
    const { line, character } = lines.toLineColumn(f.start);
    return `${file}:${line + 1}:${character + 1} ${f.severity} ${f.code} ${f.message[lang]}`;
  });
}

/** Claims shown in the text report: the best, highest score first (the JSON has them all). */
const CLAIMS_SHOWN = 5;

/** A readable report: publication date, entities by type, dates, quotes, the best claims, diagnostics. */
export function toTextReport(file: string, text: string, lines: LineIndex, a: ArticleAnalysis, findings: Finding[], lang: 'zh' | 'en'): string {
  const out: string[] = [`== ${file}`];
  const pub = a.publicationDate;
  out.push(`Title: ${a.title ? text.slice(a.title.content.start, a.title.content.end) : '(none)'}`);
  out.push(`Publication date: ${pub ? `${pub.value} (from ${pub.source})` : 'unknown'}`);
  const label = { person: 'People 人物', place: 'Places 地点', organization: 'Organizations 机构' } as const;
  for (const type of ['person', 'place', 'organization'] as const) {
    const list = a.entities.filter((e) => e.type === type);
    out.push(`${label[type]} (${list.length}):`);
    for (const e of list) out.push(`  ${e.name}${e.aliases.length ? ` = ${e.aliases.join(' = ')}` : ''}  ×${e.mentions.length}`);
  }
  out.push(`Dates 时间 (${a.dates.length}):`);
  // texts a line break cuts (`2023\n年`) are shown on one line, as the outline shows them
  for (const d of a.dates) out.push(`  ${unwrapName(d.text)} → ${d.value ?? (d.vague ? '(vague)' : '(unresolved)')}`);
  out.push(`Quotes 引语 (${a.quotes.length}):`);
  for (const q of a.quotes) out.push(`  [${q.kind}] “${clip(unwrapName(q.text), 30)}”${q.kind === 'speech' ? ` — ${q.speaker === null ? '(no speaker)' : unwrapName(q.speaker)}` : ''}`);
  const claims = [...(a.claims ?? [])].sort((x, y) => y.score - x.score || x.start - y.start);
  out.push(`Claims 主张 (${claims.length}${claims.length > CLAIMS_SHOWN ? `, best ${CLAIMS_SHOWN}` : ''}):`);
  for (const c of claims.slice(0, CLAIMS_SHOWN)) out.push(`  ${lines.toLineColumn(c.start).line + 1}: [${c.kinds.join(', ')}] ${clip(unwrapName(c.text), 40)}  (score ${c.score})`);
  out.push(`Diagnostics (${findings.length}):`);
  out.push(...toCheckLines(file, lines, findings, lang).map((l) => `  ${l.slice(file.length + 1)}`));
  return out.join('\n');
}
