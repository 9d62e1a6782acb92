/** The date findings a fact-checker should look at, with messages in Chinese and English. */
import type { Finding, PublicationDate, Span } from '../types';
import { WEEKDAYS_EN, WEEKDAYS_ZH, type Day, isoWeekday, formatDay } from './calendar';

/**
 * `4月16日（周三）` when 2024-04-16 was a Tuesday → a `date.weekday-mismatch` warning on `（周三）`.
 */
export function weekdayMismatch(span: Span, day: Day, written: number): Finding | null {
  const actual = isoWeekday(day);
  if (actual === written) return null;
  const value = formatDay(day.y, day.m, day.d);
  return {
    ...span,
    code: 'date.weekday-mismatch',
    severity: 'warning',
    message: {
      zh: `${day.y}年${day.m}月${day.d}日是${WEEKDAYS_ZH[actual - 1]}，不是${WEEKDAYS_ZH[written - 1]}：日期和星期必有一处写错，请对照原始来源核对。`,
      en: `${value} was a ${WEEKDAYS_EN[actual - 1]}, not a ${WEEKDAYS_EN[written - 1]}: either the date or the weekday is wrong; check both against the original source.`,
    },
  };
}

/** `去年` in an article with no publication date → a `date.unresolved` information. */
export function unresolved(span: Span, text: string): Finding {
  // short: an undated article can have hundreds of these in the Problems panel
  return {
    start: span.start,
    end: span.end,
    code: 'date.unresolved',
    severity: 'information',
    message: {
      zh: `“${text}”是相对时间，文章却没有发布日期（正文日期行、带日期的图片链接或路径）：请补上，或设置 newslens.publicationDate。`,
      en: `"${text}" is relative and the article has no publication date (no date line, dated image URL or path): add one or set newslens.publicationDate.`,
    },
  };
}

/** `2025年3月1日举行了…` published 2024-04-17 → a `date.future` warning. */
export function futureInPast(span: Span, text: string, value: string, pub: PublicationDate): Finding {
  return {
    ...span,
    code: 'date.future',
    severity: 'warning',
    message: {
      zh: `“${text}”（${value}）晚于发布日期 ${pub.value}，句子却说事情已经发生：年份或月份可能写错了，请核对。`,
      en: `"${text}" (${value}) is after the publication date ${pub.value}, yet the sentence reports it as already done: the year or month may be wrong; check it.`,
    },
  };
}

const SOURCES: Record<PublicationDate['source'], string> = { text: 'article text', 'image-url': 'image URL', path: 'file path', setting: 'setting' };

/** `去年12月 = 2023-12, relative to 2024-04-17 (image URL)`. */
export function toReason(text: string, value: string | null, why: string[], relative: boolean, pub: PublicationDate | null): string {
  if (value === null) return relative && !pub ? `${text}: relative, and no publication date to resolve it against` : `${text}: not resolvable to a calendar value`;
  const head = [`${text} = ${value}`, ...why].join('; ');
  return relative && pub ? `${head}, relative to ${pub.value} (${SOURCES[pub.source]})` : `${head}${relative ? '' : ' (explicit)'}`;
}
