/** Parses the text of one recognised point (`2024年4月17日（周三）晚8时`) into a {@link DatePoint}. */
import type { DatePoint } from './expression';
import * as G from './grammar';
import { parseNumeral } from './numerals';
import { PARTS_OF_DAY, SEASONS } from './dateWords';

const RE = {
  year: G.sticky(G.YEAR), yearTail: G.sticky(G.YEAR_TAIL), month: G.sticky(G.MONTH), monthTail: G.sticky(G.MONTH_TAIL),
  day: G.sticky(G.DAY), week: G.sticky(G.WEEK), check: G.sticky(G.WEEKDAY_CHECK), part: G.sticky(G.PART),
  clock: G.sticky(G.CLOCK), quarter: G.sticky(G.QUARTER), seasonShort: G.sticky(G.SEASON_SHORT), season: G.sticky(G.SEASON), holiday: G.sticky(G.HOLIDAY),
};
const REL: Record<string, number> = { 今: 0, 本: 0, 这: 0, 这个: 0, 当: 0, 时: 0, 同: 0, 去: -1, 上: -1, 上一: -1, 上个: -1, 前: -2, 明: 1, 下: 1, 下个: 1, 后: 2, 次: 1, 翌: 1, 上上: -2, 下下: 2 };
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
/** `民国113年` is 1911 + 113 = 2024. */
const ROC_YEAR_ZERO = 1911;
const DAY_WORDS: Record<string, [number, 'rel' | 'ref', string?]> = {
  大前天: [-3, 'rel'], 前天: [-2, 'rel'], 昨天: [-1, 'rel'], 昨日: [-1, 'rel'], 今天: [0, 'rel'], 今日: [0, 'rel'],
  明天: [1, 'rel'], 明日: [1, 'rel'], 后天: [2, 'rel'], 大后天: [3, 'rel'], 今晨: [0, 'rel', 'MO'], 今早: [0, 'rel', 'MO'],
  今晚: [0, 'rel', 'EV'], 今夜: [0, 'rel', 'NI'], 昨晚: [-1, 'rel', 'EV'], 昨夜: [-1, 'rel', 'NI'], 明晚: [1, 'rel', 'EV'],
  当天: [0, 'ref'], 当日: [0, 'ref'], 同日: [0, 'ref'], 当晚: [0, 'ref', 'EV'], 次日: [1, 'ref'], 翌日: [1, 'ref'],
  第二天: [1, 'ref'], 前一天: [-1, 'ref'], 前一日: [-1, 'ref'],
};

/** A cursor over the expression text; `take` runs a sticky regex at the cursor and advances on success. */
class Cursor {
  pos: number;
  constructor(readonly s: string, pos: number) {
    this.pos = pos;
  }
  take(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.s);
    if (m && m[0].length > 0) this.pos += m[0].length;
    return m && m[0].length > 0 ? m : null;
  }
}

function readYear(c: Cursor, p: DatePoint): boolean {
  const m = c.take(RE.year);
  if (!m) return false;
  if (m[1] || m[2]) p.year = parseNumeral(m[1] ?? m[2]);
  else if (m[4] || m[5]) p.year = ROC_YEAR_ZERO + parseNumeral(m[4] ?? m[5]);
  // `上年`/`上一年`: the year before the one the text speaks of (`2022年……较上一年减少` → 2021), as `同年` is that year
  else if (m[3] === '同' || m[3] === '次' || m[3] === '翌' || m[3] === '当' || m[3] === '时' || m[3] === '上' || m[3] === '上一') p.yearRef = REL[m[3]];
  else p.yearRel = REL[m[3]];
  const t = c.take(RE.yearTail);
  if (t) readYearTail(t, p);
  else {
    const h = c.take(RE.holiday);
    if (h) p.holiday = h[1];
  }
  return true;
}

/**
 * The year's first `n` months together: `前3个月`, `前一季度` → `Q1`, `前6个月`, `前两季度` → `H1`, other counts a month
 * range (`前8个月` → `M8`, `前三季度` → `M9`: January to September); undefined past twelve.
 */
function firstMonths(n: number): string | undefined {
  return n === 3 ? 'Q1' : n === 6 ? 'H1' : n >= 1 && n <= 12 ? `M${n}` : undefined;
}

/** `前三季度` → `M9`, `前两季度` → `H1`, `前一季度` → `Q1`: the year's first quarters together ({@link firstMonths}). */
const firstQuarters = (n: string): string | undefined => firstMonths(3 * parseNumeral(n));

/** The groups of `YEAR_TAIL`: 初/底/末, 年中, 上/下半年, 第N季度, a season (or two), `Q3`, `前8个月`, `前三季度`. */
function readYearTail(t: RegExpExecArray, p: DatePoint): void {
  if (t[5]) {
    p.season = SEASONS[t[5]] as DatePoint['season'];
    if (t[6] && t[6] !== t[5]) p.seasonTo = SEASONS[t[6]] as DatePoint['season'];
  } else if (t[8]) p.yearPart = firstMonths(parseNumeral(t[8]));
  else if (t[9]) p.yearPart = firstQuarters(t[9]);
  else if (t[7] || t[4]) p.yearPart = `Q${t[7] ?? (parseNumeral(t[4]) || t[4])}`;
  else p.yearPart = t[1] ?? t[2] ?? (t[3] === '上' ? 'H1' : 'H2');
}

function readMonth(c: Cursor, p: DatePoint): boolean {
  const m = c.take(RE.month);
  if (!m) return false;
  if (m[1] || m[2]) p.month = parseNumeral(m[1] ?? m[2]);
  else if (m[3] === '同' || m[3] === '次' || m[3] === '当') p.monthRef = REL[m[3]];
  // (`月初` alone: the publication's month, as `本月初`)
  else p.monthRel = m[3] ? REL[m[3]] : 0;
  const t = c.take(RE.monthTail);
  if (t) p.monthPart = t[1] ? `${t[1]}旬` : t[2];
  return true;
}

function readDay(c: Cursor, p: DatePoint, inRange: boolean): boolean | null {
  const m = c.take(RE.day);
  if (!m) return false;
  if (m[1]) {
    // A Chinese-numeral day (`三日`) or a `号` day needs its month: alone they are too often other things.
    const chinese = !/^[0-9０-９]+$/.test(m[1]);
    const alone = p.month === undefined && p.monthRel === undefined && !inRange;
    if (alone && (chinese || (m[2] === '号' && !m[3]))) return null;
    p.day = parseNumeral(m[1]);
  } else {
    const [n, how, part] = DAY_WORDS[m[4]];
    if (how === 'rel') p.dayRel = n;
    else p.dayRef = n;
    if (part) p.partOfDay = part;
  }
  const w = c.take(RE.check);
  if (w) {
    p.checkWeekday = WEEKDAY[w[1]];
    p.checkSpan = { start: w.index, end: w.index + w[0].length };
  }
  return true;
}

function readTimeOfDay(c: Cursor, p: DatePoint): void {
  const part = c.take(RE.part);
  if (part) p.partOfDay = PARTS_OF_DAY[part[1]];
  const k = c.take(RE.clock);
  if (!k) return;
  const h = parseNumeral(k[1] ?? k[4]);
  const min = k[5] ? Number(k[5]) : k[2] ? parseNumeral(k[2]) : k[3] ? 30 : 0;
  if (!(h >= 0 && h <= 24 && min >= 0 && min < 60)) return;
  // 晚8时 is 20:00; 凌晨1时 stays 01:00.
  p.hour = (p.partOfDay === 'EV' || p.partOfDay === 'AF' || (p.partOfDay === 'NI' && h >= 6)) && h < 12 ? h + 12 : h;
  p.minute = min;
}

function readWeekOrSeason(c: Cursor, p: DatePoint): boolean {
  const w = c.take(RE.week);
  if (w) {
    const prefix = w[1] ?? w[3];
    if (prefix !== undefined) p.weekRel = REL[prefix];
    if (w[2] === '末') { p.weekday = 6; p.weekend = true; } else if (w[2]) p.weekday = WEEKDAY[w[2]];
    return true;
  }
  const q = c.take(RE.quarter);
  if (q) {
    // `年初`, `年底` alone: the year in focus's, else publication's
    if (q[5] || q[6] || q[7]) { p.yearRef = 0; p.focusEdge = true; }
    p.yearPart = q[5] ?? q[7] ?? (q[6] ? '年中' : q[4] ? (q[4] === '上' ? 'H1' : 'H2') : q[3] ? firstQuarters(q[3]) : `Q${q[2] ?? parseNumeral(q[1])}`);
    return true;
  }
  const s = c.take(RE.seasonShort);
  if (s) { p.yearRel = REL[s[1]]; p.season = SEASONS[s[2]] as DatePoint['season']; return true; }
  const t = c.take(RE.season);
  if (t) { p.yearRel = 0; p.season = SEASONS[t[1]] as DatePoint['season']; return true; }
  const h = c.take(RE.holiday);
  if (h) { p.holiday = h[1]; return true; }
  return false;
}

/**
 * Parses one point at `pos` of `s`: `去年12月` → `{yearRel: -1, month: 12}`, end 5.
 * Returns null when nothing (or something invalid, like a lone `三日`) is there.
 */
export function parsePoint(s: string, pos: number, inRange = false): { point: DatePoint; end: number } | null {
  const c = new Cursor(s, pos);
  const p: DatePoint = {};
  const year = readYear(c, p);
  const month = p.holiday || p.season || p.yearPart ? false : readMonth(c, p);
  const day = p.holiday || p.season || p.yearPart ? false : readDay(c, p, inRange);
  if (day === null) return null;
  if (!year && !month && !day && !readWeekOrSeason(c, p)) {
    const before = c.pos;
    readTimeOfDay(c, p);
    return p.hour !== undefined && c.pos > before ? { point: p, end: c.pos } : null;
  }
  if (day || p.weekday !== undefined) readTimeOfDay(c, p);
  if (!isValid(p)) return null;
  return { point: p, end: c.pos };
}

function isValid(p: DatePoint): boolean {
  if (p.year !== undefined && !(p.year >= 1000 && p.year <= 2200)) return false;
  if (p.month !== undefined && !(p.month >= 1 && p.month <= 12)) return false;
  return p.day === undefined || (p.day >= 1 && p.day <= 31);
}
