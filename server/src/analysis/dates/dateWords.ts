/**
 * Word lists of the date grammar: seasons, holidays, parts of day, vague expressions.
 * Lunar-calendar holidays come from published calendars (Spring Festival, Dragon Boat and
 * Mid-Autumn dates, 2015–2030); Qingming uses the usual solar-term formula.
 */
import { addDays, type Day } from './calendar';

/** `夏天` → `SU`: TIMEX3 season codes. */
export const SEASONS: Record<string, string> = { 春: 'SP', 夏: 'SU', 秋: 'FA', 冬: 'WI' };

/** Parts of day → TIMEX3 time-of-day codes: `晚` → `EV` (`2024-04-16TEV`). */
export const PARTS_OF_DAY: Record<string, string> = {
  凌晨: 'NI', 深夜: 'NI', 午夜: 'NI', 夜间: 'NI', 夜里: 'NI', 夜: 'NI',
  清晨: 'MO', 早晨: 'MO', 早上: 'MO', 早间: 'MO', 上午: 'MO', 早: 'MO',
  中午: 'MI', 午间: 'MI', 下午: 'AF', 傍晚: 'EV', 晚上: 'EV', 晚间: 'EV', 晚: 'EV',
};

const SPRING_FESTIVAL = '0219 0208 0128 0216 0205 0125 0212 0201 0122 0210 0129 0217 0206 0126 0213 0203';
const DRAGON_BOAT = '0620 0609 0530 0618 0607 0625 0614 0603 0622 0610 0531 0619 0609 0528 0616 0605';
const MID_AUTUMN = '0927 0915 1004 0924 0913 1001 0921 0910 0929 0917 1006 0925 0915 1003 0922 0912';
const LUNAR_FIRST_YEAR = 2015;

function lunar(table: string, y: number): Day | null {
  const mmdd = table.split(' ')[y - LUNAR_FIRST_YEAR];
  return mmdd ? { y, m: Number(mmdd.slice(0, 2)), d: Number(mmdd.slice(2)) } : null;
}

/** Qingming (清明), a solar term: 2024 → April 4. Valid 2000–2099. */
function qingming(y: number): Day {
  const yy = y % 100;
  return { y, m: 4, d: Math.floor(yy * 0.2422 + 4.81) - Math.floor(yy / 4) };
}

type HolidayRule = (y: number) => Day | null;
const fixed = (m: number, d: number): HolidayRule => (y) => ({ y, m, d });
const springPlus = (n: number): HolidayRule => (y) => {
  const s = lunar(SPRING_FESTIVAL, y);
  return s && addDays(s, n);
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
  春节: springPlus(0), 除夕: springPlus(-1), 元宵: springPlus(14), 清明: qingming,
  端午: (y) => lunar(DRAGON_BOAT, y), 中秋: (y) => lunar(MID_AUTUMN, y),
  元旦: fixed(1, 1), 五一: fixed(5, 1), 劳动节: fixed(5, 1), 国庆: fixed(10, 1),
  圣诞: fixed(12, 25), 平安夜: fixed(12, 24), 情人节: fixed(2, 14), 妇女节: fixed(3, 8),
  ...lunarNewYearDays(),
  儿童节: fixed(6, 1), 建军节: fixed(8, 1), 教师节: fixed(9, 10),
};

/** Regex source of holiday names; a bare `清明` or `元宵` needs a suffix (节, 假期…) to count; `圣诞老人`, `圣诞树` are things, not the day. */
export const HOLIDAY_SRC =
  '(?:(?:大年|正月)初[一二三四五六七八九十]|春节|除夕|元旦|劳动节|妇女节|儿童节|建军节|教师节|情人节|平安夜|圣诞(?:节|(?!老人|老公公|树|帽|歌|卡|袜|礼物|装|大餐))|(?<![0-9０-９〇一二三四五六七八九十])五一(?![0-9０-９〇一二三四五六七八九十])|国庆节?|中秋节?|端午节?|元宵节|清明节|清明(?=假|小长假|期间|前后|当天|时节))' +
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
