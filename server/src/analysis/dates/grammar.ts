/**
 * Regex sources of the date grammar. Each component is written once and used twice: joined into
 * the recogniser (which only finds spans) and as a sticky regex by the point parser (parse.ts),
 * which reads its capture groups.
 */
import { NUM_CHAR as N } from './numerals';
import { HOLIDAY_SRC, VAGUE_SRC } from './dateWords';

/**
 * `2024年`, `二〇二四年`, `2024年度`, `去年`, `同年`; the lookbehinds keep `目前年轻` and `12024年` out, and `税前年薪`,
 * `修正后年化` (annual pay, an annualized rate) hold no `前年`/`后年`.
 * `时年` + a month is `当年`'s (`1985年3月……时年7月19日`); `时年45岁` is an age.
 * ROC era years (Taiwan): `民国113年`, and a bare 3-digit year before a month (`113年4月`; `建校113年`
 * is a duration) → 1911 + N. Recognition is per paragraph, so the rule cannot ask the article's script.
 */
export const YEAR = `(?:(?<![0-9０-９.])([0-9０-９]{4})年度?|(?<![${N}])([〇零○Ｏ一二三四五六七八九]{4})年度?|(?<![目眼提此之以空史当面失然])(今|去|明|前|后|本|上一?|同|次|翌|当(?=年(?:[0-9０-９一二三四五六七八九十]{1,2}月|第?[一二三四1-4]季度|[上下]半年|[春夏秋冬]|年?[初底末]))|(?<![同小这那届临适平及准按暂随此彼])时(?=年[0-9０-９一二三四五六七八九十]{1,2}月))年(?!轻|纪|龄|级|(?<=[前后]年)(?:化(?![肥工妆学纤石])|薪))度?|民国([0-9０-９]{1,3})年度?|(?<![0-9０-９.])([0-9０-９]{3})年(?=[0-9０-９]{1,2}月))`;
/**
 * After a year: `底` (去年底), `年底` (去年年底), `岁末` (2023年岁末), `上半年`, `一季度` (`一季度末`: the quarter's value, as `1月末` is the
 * month's), `Q3`, `夏天` (also with `的`: `2019年的夏天`, `去年的那个冬天`), `春夏` (two seasons), `前8个月` (also `前8月`), `前三季度`
 * (January to September).
 */
export const YEAR_TAIL = `(?:(?:年|岁(?=末))?([初底末])|(年中)|的?([上下])半年|第?([一二三四1-4])季度末?|(?:的(?:那一?个|那)?)?([春夏秋冬])(?:([春夏秋冬])(?:两季)?|[季天])|(?:第|[ ]?)?[Qq]([1-4])(?![0-9A-Za-z])|前([${N}]{1,2})(?:个月|月份?)|前([一二三两])个?季度)`;
/**
 * `月初`, `月底`, `月末` alone (`耶伦月初在众议院作证`): the start or end of the month in focus; not of a lunar month (`正月初四`,
 * `腊月初一`), nor `岁月`, `蜜月`, `满月`, `每月`, `个月`, nor `月初期`, nor one of a list of period ends (`月末、季末或年末`).
 */
const MONTH_EDGE = `(?<![${N}正腊冬个每年月日岁蜜满闰明风赏望本上下当同次这几数多前近半])(月)(?=[初底末](?![期始衷心步稿、]))`;
/** `4月`, `十一月`, `9月份`, `本月`, `上个月`, `次月`, `月初` (group 4). */
export const MONTH = `(?:(?<![${N}])(1[0-2]|0?[1-9]|１[０-２]|０?[１-９])月份?|(?<![${N}个每近第])(十[一二]?|[一二三四五六七八九])月份?(?![前内])|(本|上个?|下个?|这个|当|同|次)月|${MONTH_EDGE})`;
/** After a month: `初`, `底`, `末` (also `月底`: `2月月底`), `上旬`, `中旬`, `下旬`, two of them (`中下旬`, `上中旬`). */
export const MONTH_TAIL = `(?:([上中下])[中下]?旬|月?([初底末]))`;
const DAY_NUM = `[12][0-9]|3[01]|0?[1-9]|[０-３]?[０-９]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]`;
const DAY_WORDS = '大前天|前天|昨天|昨日|今天|今日|明天|明日|大后天|后天|今晨|今早|今晚|今夜|昨晚|昨夜|明晚|当天|当日|当晚|次日|翌日|同日|第二天|前一天|前一日';
/**
 * `17日`, `三日`, `5号`, `昨天`, `当晚`; `30日内`, `连跌四日` are durations, not days; `今天` after `如`/`至` is part of `如今`/`至今`
 * (`如今天气`, `时至今日`), but `截至今天上午` and `比如昨天` are days.
 */
export const DAY = `(?:(?<![${N}拘留满共达续延近约第每隔数几])(?<!连[跌涨降升增减])(${DAY_NUM})([日号])(?!内|以内|之内)(?:(?<=号)(?=(那天|当天|晚|上午|下午|早上|早晨|凌晨|中午|傍晚|夜))|)|(?<![目眼提此之面向以史空当先])(?!(?<=[如迄]|(?<!截)至)今)(${DAY_WORDS}))`;
const WEEK_PREFIX = '上上|上个?|下下|下个?|本|这个?';
/** `周二`, `星期三`, `上周日`, `周末`, `上周`, `下个星期`, `下周` of `下周日程`; not `每周一`, `两周`, `本周期`. */
export const WEEK = `(?:(?<![${N}个每几数])(${WEEK_PREFIX})?(?:周|星期|礼拜)([一二三四五六日天末])(?!程)|(?<![${N}个每几数])(${WEEK_PREFIX})(?:周|星期|礼拜)(?![一二三四五六天末期年边围岁刊报转到全密长]|日(?!程)))`;
/** A weekday written right after a day, to be checked: `（周三）`, `星期二`. */
export const WEEKDAY_CHECK = `[（(]?(?:周|星期|礼拜)([一二三四五六日天])[)）]?`;
export const PART = '(凌晨|清晨|早晨|早上|早间|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|深夜|午夜|夜里|晚|早|夜)';
/** `1时30分`, `8点半`, `10时许`, `17:30`. */
export const CLOCK = `(?:([0-9０-９]{1,2}|[零一二三四五六七八九十]{1,3})[时点](?:([0-9０-９]{1,2}|[零一二三四五六七八九十]{1,3})分|(半)|许|左右)?|([0-9]{1,2})[:：]([0-9]{2}))`;
/** `今夏`, `去冬`. */
export const SEASON_SHORT = '([今去明])([春夏秋冬])(?![节天季装运])';
/** `春季`, `夏天` (the publication year's). */
export const SEASON = '([春夏秋冬])[季天](?!节)';
export const HOLIDAY = `(${HOLIDAY_SRC})`;
/** `起至` (`3月1日起至6月中旬`) is one connector, not the anchor `起` and then `至`. */
export const CONNECTOR = '(?:起至|起到|至|到|—|–|-|~|～|－)';
/** `以来`, `起` (from), …; not the verb `起` of `起床`, `起飞`, `起诉` (`6时起床`: the time alone). */
export const ANCHOR = '(以来|之前|以前|之后|以后|起(?![床来身飞诉]))';
/** `九、十月份`, `1-2月`, `2023至2024年`: one unit shared by two numbers. */
export const NUM_RANGE = `(?<![${N}])([${N}]{1,4})(?:、|至|到|-|—|～|~)([${N}]{1,4})(年|月份?|日)(?!内|以内|之内|左右)`;
/** `上世纪80年代`, `90年代`, `1990年代`. */
export const DECADE = '(?:(上个?世纪|二十世纪|20世纪|十九世纪|19世纪)?([1-9]0|[一二三四五六七八九]十)|([12][0-9]{2}0))年代';
/** `两年前`, `4年前`, `3个月前`, `几天前`; `10年前的那个春天` (that year's season); counted on, `两天后`, `一年之后`. */
export const AGO = `(?<![${N}])([${N}]{1,3}|半|几|数|多)(个月|个多月|个星期|年|周|天)(?:以前|之前|前|以后|之后|后)(?:(?<=年(?:以前|之前|前))的(?:那一?个|那)?[春夏秋冬][天季])?`;

const DAY_TAIL = `(?:${WEEKDAY_CHECK})?(?:${PART})?(?:${CLOCK})?`;
const CAL = `${YEAR}(?:${YEAR_TAIL}|${HOLIDAY}|${MONTH}(?:${MONTH_TAIL})?(?:${DAY}${DAY_TAIL})?)?|${MONTH}(?:${MONTH_TAIL})?(?:${DAY}${DAY_TAIL})?|${DAY}${DAY_TAIL}`;
/**
 * A quarter without a year: `一季度`, `第三季度末`, `Q3`, the first quarters together, `前三季度`, a half, `上半年`, and a year's start
 * or end, `年初`, `年底`, `岁末` (group 7; not `岁末年初`, the turn of a year), or middle after a preposition or a break (`可能会在年中达到`,
 * not `十几年中`; group 6) (the year comes from the context).
 */
export const QUARTER = `(?:(?<![${N}前后上下])第?([一二三四])季度末?|(?<![0-9A-Za-z])[Qq]([1-4])(?![0-9A-Za-z])|(?<![${N}])前([一二三两])个?季度|(?<![${N}年前后上下])([上下])半年|(?<![${N}年今去明前后本上下同当大新小过拜跨每全半财末或、])年([初底末])(?![${N}]|双薪|奖)|(?:(?<![一-龥0-9０-９])|(?<=[在到至于从等]))年(中)(?![华国考学期报会点央心间])|(?<![${N}周虚])岁(末)(?!年初))`;
const POINT = `(?:${CAL}|${QUARTER}|${WEEK}(?:${PART})?(?:${CLOCK})?|${SEASON_SHORT}|${SEASON}|${HOLIDAY}|${PART}${CLOCK})`;

/** The recogniser: one alternation, tried left to right at each position (longest rules first). */
export const RECOGNIZER = new RegExp(
  `(?<numRange>(?:${YEAR})?(?:${MONTH})?${NUM_RANGE})|(?<ago>${AGO})|(?<decade>${DECADE})|(?<point>${POINT}(?:${CONNECTOR}${POINT})?${ANCHOR}?)|(?<vague>${VAGUE_SRC})`,
  'g',
);

/** A sticky copy of a component, for parsing at a given position. */
export function sticky(src: string): RegExp {
  return new RegExp(src, 'y');
}
