/**
 * Word lists of the date grammar: seasons, holidays, parts of day, vague expressions.
 * Lunar-calendar holidays and solar terms come from a table generated with lunar-javascript
 * (`scripts/buildHolidays.ts`: 2000–2050); the others are fixed days or the nth weekday of a month.
 */
import { addDays, isoWeekday, parseDay, type Day } from './calendar';
import holidayDays from './holidays.json';

/** `夏天` → `SU`: TIMEX3 season codes. */
export const SEASONS: Record<string, string> = { 春: 'SP', 夏: 'SU', 秋: 'FA', 冬: 'WI' };

/** Parts of day → TIMEX3 time-of-day codes: `晚` → `EV` (`2024-04-16TEV`). */
export const PARTS_OF_DAY: Record<string, string> = {
  凌晨: 'NI', 深夜: 'NI', 午夜: 'NI', 夜间: 'NI', 夜里: 'NI', 夜: 'NI',
  清晨: 'MO', 早晨: 'MO', 早上: 'MO', 早间: 'MO', 上午: 'MO', 早: 'MO',
  中午: 'MI', 午间: 'MI', 下午: 'AF', 傍晚: 'EV', 晚上: 'EV', 晚间: 'EV', 晚: 'EV',
};

/** A day of the generated table (`holidays.json`, 2000–2050), null outside it. */
function tabled(name: string, y: number): Day | null {
  const iso = (holidayDays.days as Record<string, string[]>)[name]?.[y - holidayDays.firstYear];
  return iso ? parseDay(iso) : null;
}

type HolidayRule = (y: number) => Day | null;
const fixed = (m: number, d: number): HolidayRule => (y) => ({ y, m, d });
const table = (name: string): HolidayRule => (y) => tabled(name, y);
const springPlus = (n: number): HolidayRule => (y) => {
  const s = tabled('春节', y);
  return s && addDays(s, n);
};
/** The `n`th `weekday` (1 = Monday … 7 = Sunday) of month `m`: 母亲节 is the second Sunday of May. */
const nthWeekday = (m: number, weekday: number, n: number): HolidayRule => (y) => {
  const first = isoWeekday({ y, m, d: 1 });
  return { y, m, d: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
};

/** `大年初五`, `正月初五`: the fifth day of the lunar year, Spring Festival + 4. */
function lunarNewYearDays(): Record<string, HolidayRule> {
  const out: Record<string, HolidayRule> = {};
  '一二三四五六七八九十'.split('').forEach((n, i) => { out[`大年初${n}`] = out[`正月初${n}`] = springPlus(i); });
  return out;
}

/**
 * Days a holiday's public break runs on after its day (the State Council's holiday arrangements: the
 * Spring Festival break about eight days, National Day seven, Labour Day five, the others three): while
 * it runs, the holiday is still the coming one (`春节小长假即将结束`, published on the fifth day).
 */
export const HOLIDAY_BREAK_DAYS: Readonly<Record<string, number>> = { 春节: 7, 国庆: 6, 五一: 4, 劳动节: 4, 元旦: 2, 清明: 2, 端午: 2, 中秋: 2 };

/** Holiday names (as matched, first characters) → the day in a given year. */
export const HOLIDAYS: Record<string, HolidayRule> = {
  春节: springPlus(0), 除夕: springPlus(-1), 元宵: table('元宵'), 清明: table('清明'),
  端午: table('端午'), 中秋: table('中秋'), 七夕: table('七夕'), 重阳: table('重阳'), 腊八: table('腊八'),
  立春: table('立春'), 立夏: table('立夏'), 立秋: table('立秋'), 立冬: table('立冬'),
  春分: table('春分'), 秋分: table('秋分'), 夏至: table('夏至'), 冬至: table('冬至'),
  元旦: fixed(1, 1), 五一: fixed(5, 1), 劳动节: fixed(5, 1), 国庆: fixed(10, 1),
  圣诞: fixed(12, 25), 平安夜: fixed(12, 24), 情人节: fixed(2, 14), 妇女节: fixed(3, 8),
  ...lunarNewYearDays(),
  儿童节: fixed(6, 1), 建军节: fixed(8, 1), 教师节: fixed(9, 10),
  植树节: fixed(3, 12), 愚人节: fixed(4, 1), 青年节: fixed(5, 4), 万圣节: fixed(10, 31), 国家公祭日: fixed(12, 13),
  双十一: fixed(11, 11), 双11: fixed(11, 11), 双十二: fixed(12, 12), 双12: fixed(12, 12),
  母亲节: nthWeekday(5, 7, 2), 父亲节: nthWeekday(6, 7, 3), 感恩节: nthWeekday(11, 4, 4),
};

/**
 * Regex source of holiday names; a bare `清明` or `元宵` needs a suffix (节, 假期…) to count, `重阳` its `节`; `圣诞老人`,
 * `圣诞树`, `腊八粥` are things, not the day. A solar term is a date after a year (`去年冬至`)
 * or before a word for the day or the days around it (`冬至当天`, `立秋以来`); alone it is mostly the custom (`立春这个节气`).
 * Terms that are common words (`大雪`, `雨水`) are not listed.
 */
export const HOLIDAY_SRC =
  '(?:(?:大年|正月)初[一二三四五六七八九十]|春节|除夕|元旦|劳动节|妇女节|儿童节|建军节|教师节|情人节|平安夜|圣诞(?:节|(?!老人|老公公|树|帽|歌|卡|袜|礼物|装|大餐))|(?<![0-9０-９〇一二三四五六七八九十])五一(?![0-9０-９〇一二三四五六七八九十])|国庆节?|中秋节?|端午节?|元宵节|清明节|清明(?=假|小长假|期间|前后|当天|时节)|七夕节?|重阳节|腊八节?(?!粥|蒜|饭|醋)|(?<=年)(?:立[春夏秋冬]|[春秋]分|夏至|冬至)|(?:立[春夏秋冬]|[春秋]分|夏至|冬至)(?=当天|当日|这天|那天|前夕|前后|以来|期间)|植树节|愚人节|青年节|万圣节|国家公祭日|母亲节|父亲节|感恩节|(?<![0-9０-９])双(?:十一|十二|11|12)(?![0-9０-９号日]))' +
  '(?:小长假|长假|假期|黄金周|当天|前夕)?';

/** Vague time words: recognised and marked vague, never given a calendar value. */
export const VAGUE_SRC =
  '近日|近期|近来|(?<![节生每某0-9０-９])日前|目前|当下|眼下|最近|此前|当时|前几天|前些天|前不久|不久前|一段时间以来';

/**
 * Discourse words that place nothing on the calendar (the guideline's list and their synonyms): not
 * dates at all, so never in the output or the outline. Kept here so the choice is written down; the
 * grammar does not match them (`之前`/`以来` after a date stay the anchor of that date).
 */
export const DISCOURSE_WORDS = ['随后', '之前', '此后', '之后', '现在', '当前', '如今', '未来', '至今', '迄今', '稍后', '事发后', '事发前', '事发时'];
