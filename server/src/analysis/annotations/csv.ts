/** CSV of the article's entities (RFC 4180: CRLF rows, fields with `,` `"` or line breaks quoted, `"` doubled). */
import type { ArticleAnalysis } from '../types';

/**
 * `toEntityCsv({entities: [{name: '苏拉布·古普塔', type: 'person', aliases: ['古普塔'], mentions: [3 spans]}]})` →
 * `name,type,aliases,mentions\r\n苏拉布·古普塔,person,古普塔,3\r\n`; several aliases are joined by `|`.
 */
export function toEntityCsv(analysis: Pick<ArticleAnalysis, 'entities'>): string {
  const rows = [['name', 'type', 'aliases', 'mentions']];
  for (const e of analysis.entities) rows.push([e.name, e.type, e.aliases.join('|'), String(e.mentions.length)]);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One RFC 4180 field: `csvField('新华社,北京')` → `"新华社,北京"`, `csvField('他说"好"')` → `"他说""好"""`. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
