import type { NumberMention } from './numbers';

/**
 * The word cues of each claim kind, compiled once (test/fixtures/claims/GUIDELINE.md says what each
 * kind covers). Each pattern is run once over a sentence; none is built per sentence.
 */

/** Superlatives that a count could settle, firsts, records and positions; `最终`, `最近`, `首都` are not. */
const RANKING = new RegExp(
  [
    '最(?:大|高|多|长|低|早|先|快|资深|繁忙|受欢迎)(?!限度|程度|时|数额|值得|人民|法院|检察)',
    '首(?:次|个|位|家|款|批|度|例|部|条|座|获|创)',
    '第一(?:次|艘|个|人)',
    '第[0-9一二两三四五六七八九十]+次(?![全会代])',
    '唯一', '史上', '新高', '新低', '纪录', '之最', '榜首', '居首', '居前', '登顶', '射手王',
    '前[三五十][名位强]?(?![天年月日季])', '(?:排名|位居|位列|排在)第',
  ].join('|'),
);

/** Explicit comparisons with another time, place or party; a bare change or threshold is not one. */
const COMPARISON = new RegExp(
  [
    '同比', '环比', '相比', '相较', '(?<!不)(?:高于|低于|多于|少于)', '超越', '翻番', '翻倍', '跑赢', '跑输',
    '(?<!比)较(?![低高大小多少好差快慢为长短强弱重轻早晚])',
    '(?<![0-9０-９一二两三四五六七八九十出价占对之])比(?![例重较赛分如特利尔亚])[^，。；！？]{1,20}?(?:多|少|高|低|更|增|减|上涨|下降|提高|早|晚|快|慢|强|弱|贵|便宜)',
    '超过(?:了)?(?:去年|上年|上月|往年|常年|历史|前者|预期)',
    '是[^，。；]{1,12}的[^，。；]{0,4}倍',
    '(?:降幅|增幅|涨幅|跌幅)(?:收窄|扩大)',
  ].join('|'),
);

/** Causes and stated reasons; purpose (`为了`) and `因素` are not. */
const CAUSAL = new RegExp(
  [
    '因为(?!什么)', '由于', '因此', '因而', '所以', '导致', '致使', '(?<!打)造成', '引发', '引起', '源于', '归因',
    '原因(?:是|在于)', '根源在于', '所致', '引争议', '带动下',
    '受[^，。；]{1,20}影响', '以[^，。；]{1,30}为由',
    '致(?=[0-9０-９一二两三四五六七八九十百千数]|死|伤|残)',
    '(?<![原基诱起成病死主内外归近卡])因(?![为此而素子特斯凡果])',
  ].join('|'),
  'g',
);

/** A reported statement with a source inside the sentence. */
const REPORTED = new RegExp(
  [
    '表示', '(?<![名简职堪对号俗统自])称(?![为号作])', '(?<![小听])说(?![明法辞服])', '指出', '介绍', '透露', '认为', '强调',
    '回应', '宣布', '通报', '证实', '显示', '报道', '据悉', '了解到', '据了解', '提到', '反映', '得知', '坦言', '告诉',
    '写道', '承认', '宣称', '辩称', '据[^，。；]{0,20}统计',
  ].join('|'),
);

export const hasRanking = (s: string): boolean => RANKING.test(s);
export const hasComparison = (s: string): boolean => COMPARISON.test(s);
export const hasReportingCue = (s: string): boolean => REPORTED.test(s);

/**
 * Where `s` has a cue of cause: `因冻雨而受困` → [0]; `原因`, `因素` → []. A cue inside a name
 * (`爱因斯坦`) is no cue; the caller, who knows the names, leaves those out.
 */
export function causalCues(s: string): number[] {
  const out: number[] = [];
  CAUSAL.lastIndex = 0;
  for (let m = CAUSAL.exec(s); m; m = CAUSAL.exec(s)) out.push(m.index);
  return out;
}

const TIME_UNITS = new Set(['年', '月', '日', '天', '周', '星期', '小时', '分钟', '秒', '工作日']);
/** Units that name, grade or locate rather than count (`十四届`, `三级公路`, `6栋`, `两国`). */
const NOT_COUNTED = new Set(['届', '级', '大', '里', '栋', '单', '国', '城', '省', '县', '村', '类', '队', '组', '本', '号']);
/** `两人` is usually "the two of them"; a count of casualties is not. */
const REFERENTIAL = /^(?:两|二)(?:人|国|家|岸|会|方)/;

/**
 * Whether a number is a checkable quantity: `51死`, `600亿元`, `19%` yes; `2024年`, `一名男子`,
 * `两人`, `凌晨4点`, `111号3-5层` no. `sentence` is the text the number's offsets are relative to.
 */
export function isStatistic(n: NumberMention, sentence: string, at: number): boolean {
  const before = sentence[at - 1] ?? '';
  const after = sentence[at + n.text.length] ?? '';
  if (before === '号' || after === '号' || before === '第' || before === '前' || /[这那该此]/.test(before)) return false;
  if (/^(?:制|会议|全会|全体|代表大会|大中城市)/.test(sentence.slice(at + n.text.length, at + n.text.length + 4))) return false;
  if (n.unit === null) return /[万亿]/.test(n.text) || (n.qualifier === 'over' && /[余多]/.test(n.text));
  if (TIME_UNITS.has(n.unit) || NOT_COUNTED.has(n.unit)) return false;
  if (n.value === 1 && /^一/.test(n.text)) return false;
  if (REFERENTIAL.test(n.text) && !/^[死遇受伤亡]/.test(after)) return false;
  if (n.unit === '点') return n.value > 24 || n.text.includes('.');
  if (n.unit === '分') return !/[点时]/.test(before);
  return true;
}
