/** Calendar arithmetic on plain `{y, m, d}` days (proleptic Gregorian, UTC, no time zones). */

export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86400000;

/** Days since 1970-01-01: `{y: 2024, m: 4, d: 17}` → 19830. */
export function toEpochDay(day: Day): number {
  return Math.floor(Date.UTC(day.y, day.m - 1, day.d) / MS_PER_DAY);
}

/** The inverse of {@link toEpochDay}: 19830 → 2024-04-17. */
export function fromEpochDay(n: number): Day {
  const t = new Date(n * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** `{y: 2024, m: 4, d: 17}` plus -1 → 2024-04-16. */
export function addDays(day: Day, n: number): Day {
  return fromEpochDay(toEpochDay(day) + n);
}

/** ISO weekday, Monday = 1 … Sunday = 7: 2024-04-16 → 2 (周二). */
export function isoWeekday(day: Day): number {
  return ((toEpochDay(day) + 3) % 7 + 7) % 7 + 1;
}

/** Days in a month: 2024-02 → 29. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO week of a day: 2024-03-19 → `2024-W12`. */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const week = Math.floor((toEpochDay(thursday) - toEpochDay({ y: thursday.y, m: 1, d: 1 })) / 7) + 1;
  return `${thursday.y}-W${String(week).padStart(2, '0')}`;
}

/** `2024-04-16`, `2024-04`, `2024`: pads a year/month/day triple to TIMEX3. */
export function formatDay(y: number, m?: number, d?: number): string {
  const yy = String(y).padStart(4, '0');
  if (m === undefined) return yy;
  const mm = `${yy}-${String(m).padStart(2, '0')}`;
  return d === undefined ? mm : `${mm}-${String(d).padStart(2, '0')}`;
}

/** Parses `2024-04-17` into a day; null for anything else. */
export function parseDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const WEEKDAYS_ZH = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

/** Weekday names of a day: 2024-04-16 → `{en: 'Tuesday', zh: '星期二'}`. */
export function weekdayNames(day: Day): { en: string; zh: string } {
  const i = isoWeekday(day) - 1;
  return { en: WEEKDAYS_EN[i], zh: WEEKDAYS_ZH[i] };
}
