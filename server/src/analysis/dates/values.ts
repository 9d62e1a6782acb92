/** The resolved-value shapes of the dates module and the helpers that build them. */
import { daysInMonth, formatDay, type Day } from './calendar';

/** A resolved value and the calendar unit it names (used to anchor `同年`, `当天`, a range's second half). */
export interface Resolved {
  value: string;
  y: number;
  m?: number;
  d?: number;
  /** First and last day covered, for ordering and for the future check. */
  first: Day;
  last: Day;
  /** True when the publication date was needed. */
  relative: boolean;
  why: string[];
}

/** What a point is resolved against. */
export interface Context {
  pub: Day | null;
  future: boolean;
  /** The clause reports something done (`已经`, `曾`, a verb with `了`). */
  past: boolean;
  /** Year/month of an earlier point in the same sentence, or of a range's first half. */
  inherit: Resolved | null;
  /** The last single day, month and year mentioned before (for `当天`, `次月`, `同年`). */
  prevDay: Day | null;
  prevMonth: YearMonth | null;
  prevYear: number | null;
  /** The year the text speaks of, for `上年` (not a comparison's base: `比2021年`). */
  focusYear: number | null;
  /** For `比上月`: the month the text speaks of, whose month before it is (null: publication's). */
  monthBase: YearMonth | null;
  /** The week a week expression of the line named before (`下周` → 1, `上周` → -1): a weekday alone after it falls in it (`下周日程：……周三`). */
  weekFrame?: number | null;
  /** The text speaks of the time after the date (`春节后将前往`): a holiday just past still lies behind what is ahead. */
  afterward?: boolean;
  /** The sentence's date ({@link inherit}) stands right before, its year written for this one too (`2012年中秋国庆`). */
  joined?: boolean;
}

/** A month of a year (`prevMonth`, the focus month). */
export interface YearMonth {
  y: number;
  m: number;
}

export interface Work {
  y?: number;
  m?: number;
  d?: number;
  relative: boolean;
  why: string[];
}

export function shiftMonth(y: number, m: number, n: number): YearMonth {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

export function month(y: number, m: number, w: Work): Resolved {
  return { value: formatDay(y, m), y, m, first: { y, m, d: 1 }, last: { y, m, d: daysInMonth(y, m) }, relative: w.relative, why: w.why };
}

export function year(y: number, w: Work, value = formatDay(y)): Resolved {
  return { value, y, first: { y, m: 1, d: 1 }, last: { y, m: 12, d: 31 }, relative: w.relative, why: w.why };
}

