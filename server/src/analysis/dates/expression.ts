/** The plain-data shape of a recognised, unresolved time expression (JSON-able, cacheable). */

/**
 * One calendar point as written, before resolution: `去年12月` → `{yearRel: -1, month: 12}`;
 * `上周日` → `{weekRel: -1, weekday: 7}`; `当晚` → `{dayRef: 0, partOfDay: 'EV'}`.
 */
export interface DatePoint {
  /** An explicit year: `2024年` → 2024. */
  year?: number;
  /** A year relative to the publication year: `去年` → -1. */
  yearRel?: number;
  /** A year relative to the previous mention: `同年` → 0, `次年` → 1. */
  yearRef?: number;
  /** `年初`, `年底` written alone: the year in focus (the one the text speaks of, not a comparison's base), else publication's. */
  focusEdge?: boolean;
  /** `初`/`底` (the value stays the year: `去年底` → 2023), `H1`/`H2` (上/下半年), `Q1`…`Q4` (季度), `M8` (`前8个月`: January to August). */
  yearPart?: string;
  season?: 'SP' | 'SU' | 'FA' | 'WI';
  /** The second of two seasons written together: `2023年春夏` → season `SP`, seasonTo `SU` (a month range). */
  seasonTo?: 'SP' | 'SU' | 'FA' | 'WI';
  /** A decade as written: `80年代` → `{decade: 80}`, `上世纪80年代` → `{decade: 80, century: -1}`, `1990年代` → `{decade: 1990}`. */
  decade?: number;
  /** The century of a decade relative to the publication's (`上世纪` → -1), or absolute (`20世纪` → 20). */
  century?: number;
  /** A holiday name (`春节`, `清明`): resolved with the holiday table. */
  holiday?: string;
  month?: number;
  monthRel?: number;
  monthRef?: number;
  monthPart?: string;
  day?: number;
  dayRel?: number;
  /** A day relative to the previous single-day mention: `当天` → 0, `次日` → 1. */
  dayRef?: number;
  /** Week relative to the publication week: `上周` → -1, `本周` → 0. */
  weekRel?: number;
  /** ISO weekday, Monday = 1 … Sunday = 7; `周末` → 6 with `weekend`. */
  weekday?: number;
  weekend?: boolean;
  /** A weekday written next to a date, to check: `4月16日（周三）` → 3. */
  checkWeekday?: number;
  /** Where that weekday is, relative to the expression's start. */
  checkSpan?: { start: number; end: number };
  /** TIMEX3 part of day: `MO`, `MI`, `AF`, `EV`, `NI`. */
  partOfDay?: string;
  hour?: number;
  minute?: number;
}

export type DateExpressionKind = 'point' | 'range' | 'ago' | 'vague';

/** A recognised, not yet resolved, time expression; `start`/`end` relative to the text it was found in. */
export interface DateExpression {
  start: number;
  end: number;
  text: string;
  kind: DateExpressionKind;
  /** The point, or a range's first half (points and ranges only). */
  from?: DatePoint;
  /** A range's second half, as written (`1月5日至19日` → `{day: 19}`). */
  to?: DatePoint;
  /**
   * `两年前` → `{n: 2, unit: 'Y'}`; `n` is null for `几天前`; `10年前的那个春天` → `{n: 10, unit: 'Y', season: 'SP'}`;
   * counted on, `两天后` → `{n: 2, unit: 'D', later: true}`.
   */
  ago?: { n: number | null; unit: 'Y' | 'M' | 'W' | 'D'; season?: string; later?: boolean };
  /** `2021年以来` → `since`; the value stays the anchor's. */
  anchor?: 'since' | 'before' | 'after' | 'from';
}

/** A point with no year written (`中秋`, `上半年`, `3月`; not `今年中秋`, `同年3月`). */
export const yearless = (e: DateExpression): boolean => e.kind === 'point' && !e.to && !!e.from && e.from.year === undefined && e.from.yearRel === undefined && e.from.yearRef === undefined;
