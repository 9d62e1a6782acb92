import type { NumberMention, NumberQualifier } from '../types';

export type { NumberMention, NumberQualifier } from '../types';

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_SMALL: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
const ZH_BIG: Record<string, number> = { 万: 4, 亿: 8 };
/** `几`/`数` stand for an unknown digit (`十几`, `几十`, `数百`): the number becomes a lower bound. */
const VAGUE_DIGIT = new Set(['几', '数']);

/**
 * Units and classifiers a quantity can carry, longest first when matched. Time units are included
 * (`3年`, `8个月`) so that callers can tell a duration from a count; they decide what to keep.
 */
const UNITS = [
  '个百分点', '平方公里', '平方千米', '平方米', '立方米', '摄氏度', '千瓦时', '万千瓦', '块钱',
  '百分点', '美元', '欧元', '港元', '港币', '日元', '英镑', '卢布', '韩元', '人民币', '公里', '千米', '公顷', '公斤', '千克',
  '毫米', '厘米', '毫升', '人次', '辆次', '架次', '艘次', '小时', '分钟', '星期', '周岁', '例次', '万股',
  '%', '％', '‰', '℃', '元', '块', '角', '人', '名', '位', '户', '家', '个', '件', '起', '场', '次', '辆', '台', '架', '艘', '座',
  '所', '部', '条', '项', '宗', '种', '期', '批', '份', '篇', '则', '例', '只', '头', '株', '棵', '颗', '枚', '支', '套', '间', '栋',
  '层', '吨', '克', '斤', '米', '亩', '升', '度', '岁', '倍', '股', '点', '分', '秒', '球', '票', '死', '伤', '字', '国', '城', '省',
  '县', '村', '所', '年', '月', '日', '天', '周', '届', '轮', '单', '笔', '张', '本', '队', '组', '类', '大', '里', '级',
];
const UNIT_SET = new Set(UNITS);
const METRIC = ['千瓦', '千克', '千米', '百分'];
const UNIT_MAX = 4;
/** `个` before a time word: `3个小时` is hours, `8个月` months. */
const AFTER_GE = ['小时', '月', '星期', '工作日'];
const UNIT_ALIAS: Record<string, string> = { 个百分点: '百分点', '％': '%', 块钱: '元', 块: '元', 周岁: '岁' };
/** `成` as a share unless it starts a word (`成为`, `成立`, `成功`, …). */
const NOT_SHARE = new Set([...'为立功本员果绩都就型长熟交人效片年']);

const PREFIX: [string, NumberQualifier][] = [
  ['超过', 'over'], ['至少', 'over'], ['不少于', 'over'], ['不低于', 'over'], ['高达', 'over'], ['逾', 'over'], ['超', 'over'],
  ['大约', 'about'], ['大概', 'about'], ['约', 'about'], ['将近', 'under'], ['接近', 'under'], ['不到', 'under'], ['不足', 'under'], ['近', 'under'],
];

/** One flag byte per UTF-16 code unit: a digit (ASCII or full-width), or a Chinese numeral; one lookup per character. */
const DIGIT = 1;
const ZH = 2;
const CHAR_CLASS = new Uint8Array(0x10000);
for (let c = 0x30; c <= 0x39; c++) CHAR_CLASS[c] = DIGIT;
for (let c = 0xff10; c <= 0xff19; c++) CHAR_CLASS[c] = DIGIT;
for (const c of [...Object.keys(ZH_DIGIT), ...Object.keys(ZH_SMALL), ...Object.keys(ZH_BIG), ...VAGUE_DIGIT]) CHAR_CLASS[c.charCodeAt(0)] = ZH;
const classOf = (c: string | undefined): number => (c === undefined ? 0 : CHAR_CLASS[c.charCodeAt(0)]);
const isAsciiDigit = (c: string | undefined): boolean => classOf(c) === DIGIT;
const digitOf = (c: string): string => (c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48) : c);
const isZhNumeral = (c: string | undefined): boolean => classOf(c) === ZH;
const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z_#.]/.test(c);

interface Scan {
  end: number;
  mantissa: string;
  exp: number;
  /** `十几`, `数百` are lower bounds (`over`); `五六` is `about`. */
  vague: NumberQualifier | null;
}

/**
 * Parses Chinese numerals: `六万亿` → 6e12, `两千` → 2000, `一千零五` → 1005, `十几` → 10 (vague),
 * `二〇二四` → 2024, `五六` → 5 (vague). Null when the string is not a numeral.
 */
export function parseChineseNumeral(s: string): { value: number; vague: NumberQualifier | null } | null {
  if (!s) return null;
  let i = 0;
  while (i < s.length && (s[i] in ZH_DIGIT || VAGUE_DIGIT.has(s[i]))) i++;
  if (i === s.length && s.length >= 2) return parsePlainDigits(s);
  if (i === s.length && VAGUE_DIGIT.has(s)) return null;
  let total = 0;
  let wan = 0;
  let section = 0;
  let digit = 0;
  let vague: NumberQualifier | null = null;
  for (const c of s.split('')) {
    if (c in ZH_DIGIT) digit = ZH_DIGIT[c];
    else if (VAGUE_DIGIT.has(c)) (vague = 'over'), (digit = 0);
    else if (c in ZH_SMALL) (section += (digit || 1) * 10 ** ZH_SMALL[c]), (digit = 0);
    else if (c === '万') (wan = (section + digit || 1) + wan), (section = 0), (digit = 0);
    else if (c === '亿') (total = (total + wan * 1e4 + section + digit || 1) * 1e8), (wan = section = digit = 0);
    else return null;
  }
  return { value: total + wan * 1e4 + section + digit, vague };
}

/** A run of bare digits: `二〇二四` positional, `五六` / `两三` (neighbours) the lower one, vague. */
function parsePlainDigits(s: string): { value: number; vague: NumberQualifier | null } | null {
  if ([...s.split('')].some((c) => VAGUE_DIGIT.has(c))) return null;
  const d = s.split('').map((c) => ZH_DIGIT[c]);
  if (d.length === 2 && (d[1] === d[0] + 1 || (s === '两三'))) return { value: d[0], vague: 'about' };
  if (d.length === 2) return null;
  return { value: Number(d.join('')), vague: null };
}

/** Arabic digits at `i` (full-width too), `,` thousands and one `.`: `1,234.5` → mantissa `1234.5`. */
function scanArabic(text: string, i: number, to: number): Scan | null {
  let j = i;
  let mantissa = '';
  while (j < to) {
    const c = text[j];
    if (isAsciiDigit(c)) (mantissa += digitOf(c)), j++;
    else if ((c === ',' || c === '，') && c === ',' && /^\d{3}(?!\d)/.test(text.slice(j + 1, j + 5)) && mantissa) j++;
    else if ((c === '.' || c === '．') && !mantissa.includes('.') && isAsciiDigit(text[j + 1]) && mantissa) (mantissa += '.'), j++;
    else break;
  }
  if (!mantissa) return null;
  let exp = 0;
  // `681 亿美元`: a space set between the digits and their multiplier (盘古之白; two: a CRLF soft wrap)
  const k = pastSpaces(text, j, to);
  if (k > j && k < to && (text[k] in ZH_SMALL || text[k] in ZH_BIG) && !METRIC.some((u) => text.startsWith(u, k))) j = k;
  // `千` of `千瓦时` / `千克` / `千米` is the unit's, not a multiplier
  while (j < to && (text[j] in ZH_SMALL || text[j] in ZH_BIG) && !METRIC.some((u) => text.startsWith(u, j))) {
    exp += ZH_SMALL[text[j]] ?? ZH_BIG[text[j]];
    j++;
  }
  return { end: j, mantissa, exp, vague: null };
}

/** Chinese numerals at `i`: the longest run that parses (`两千余` reads `两千`, `余` is handled after). */
function scanChinese(text: string, i: number, to: number): Scan | null {
  let j = i;
  while (j < to && isZhNumeral(text[j])) j++;
  for (let k = j; k > i; k--) {
    const parsed = parseChineseNumeral(text.slice(i, k));
    if (parsed) return { end: k, mantissa: String(parsed.value), exp: 0, vague: parsed.vague };
  }
  return null;
}

/** The unit at `i`, longest first; `个` followed by `多`/a time word gives that word. */
function scanUnit(text: string, i: number, to: number): { end: number; unit: string; more: boolean } | null {
  let more = false;
  let j = i;
  if (text[j] === '多' || text[j] === '余') (more = true), j++;
  for (let len = Math.min(UNIT_MAX, to - j); len >= 1; len--) {
    const u = text.slice(j, j + len);
    if (!UNIT_SET.has(u)) continue;
    if (u === '个') {
      const k = text[j + 1] === '多' ? j + 2 : j + 1;
      const t = AFTER_GE.find((w) => text.startsWith(w, k));
      if (t) return { end: k + t.length, unit: t, more: more || k === j + 2 };
    }
    return { end: j + len, unit: UNIT_ALIAS[u] ?? u, more };
  }
  return more ? { end: j, unit: '', more } : null;
}

const RANGE = new Set([...'-—–~～至到']);
/** Words that start with a numeral and are no quantity (`十分重要`, `万一`, `千万不要`). */
const NOT_NUMBER = [/^十分(?!钟|之)/, /^万[一分科达]/, /^千万(?=[不别要记])/, /^一[点度]/, /^千家万户/, /^百度/, /^千岛/];

/**
 * Every number in `text[from, to)` with its unit, in order: `涨超19%，51死，600亿元` →
 * `19` (`%`, over), `51` (`死`), `6e10` (`元`). Ordinals (`第3`), digits inside Latin words (`5G`,
 * `U17`, `40px`) and numeral words (`十分`, `万一`) are skipped.
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  const out: NumberMention[] = [];
  let i = from;
  while (i < to) {
    if (CHAR_CLASS[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const m = numberAt(text, i, to);
    if (m) {
      out.push(m);
      i = m.end;
    } else i = skipRun(text, i, to);
  }
  return out;
}

/** Past the numeral run at `i` (or one character): a run is never re-entered in its middle. */
function skipRun(text: string, i: number, to: number): number {
  if (isAsciiDigit(text[i])) {
    let j = i + 1;
    while (j < to && (isAsciiDigit(text[j]) || text[j] === '.' || text[j] === ',')) j++;
    return j;
  }
  if (isZhNumeral(text[i])) {
    let j = i + 1;
    while (j < to && isZhNumeral(text[j])) j++;
    return j;
  }
  return i + 1;
}

function numberAt(text: string, i: number, to: number): NumberMention | null {
  const c = text[i];
  // an ordinal, `第3名` or `第 3 名`
  if (text[beforeSpaces(text, i) - 1] === '第') return null;
  if (c === '百' || c === '千') {
    const frac = text.startsWith('百分之', i) ? '%' : text.startsWith('千分之', i) ? '‰' : null;
    if (frac) {
      const n = scanAt(text, i + 3, to);
      return n && toMention(text, i, n.end, n, frac, false);
    }
  }
  if (isAsciiDigit(c)) {
    if (isLatin(text[i - 1]) || isAsciiDigit(text[i - 1]) || (text[i - 1] === '-' && isLatin(text[i - 2]))) return null;
    const n = scanArabic(text, i, to);
    if (!n || /[A-Za-z]/.test(text[n.end] ?? '')) return null;
    return withUnit(text, i, n, to);
  }
  if (!isZhNumeral(c) || isZhNumeral(text[i - 1])) return null;
  const rest = text.slice(i, Math.min(to, i + 4));
  if (NOT_NUMBER.some((re) => re.test(rest))) return null;
  if (c === '亿' || (c === '万' && text[i + 1] !== '余' && text[i + 1] !== '多')) return null;
  const n = scanChinese(text, i, to);
  if (!n) return null;
  const m = withUnit(text, i, n, to);
  if (m && (m.unit !== null || m.qualifier !== null || /[百千万亿]/.test(text.slice(i, n.end)) || n.end - i >= 3)) return m;
  return null;
}

function scanAt(text: string, i: number, to: number): Scan | null {
  return isAsciiDigit(text[i]) ? scanArabic(text, i, to) : isZhNumeral(text[i]) ? scanChinese(text, i, to) : null;
}

/** The unit after a scanned number; a range's first number takes the second's multiplier and unit (`20-30亿元`). */
function withUnit(text: string, start: number, n: Scan, to: number): NumberMention | null {
  if (text[n.end] === '成' && !NOT_SHARE.has(text[n.end + 1] ?? '')) {
    return toMention(text, start, n.end + 1, { ...n, exp: n.exp + 1 }, '%', false);
  }
  const spaced = pastSpaces(text, n.end, to);
  const u = scanUnit(text, n.end, to) ?? (spaced > n.end && isHanUnitStart(text, spaced) ? scanUnit(text, spaced, to) : null);
  if (!u && n.exp === 0 && RANGE.has(text[n.end] ?? '')) {
    const second = scanAt(text, n.end + 1, to);
    if (second) {
      const su = scanUnit(text, second.end, to);
      return toMention(text, start, n.end, { ...n, exp: second.exp }, su?.unit || null, false);
    }
  }
  return toMention(text, start, u ? u.end : n.end, n, u?.unit || null, u?.more ?? false);
}

function toMention(text: string, start: number, end: number, n: Scan, unit: string | null, more: boolean): NumberMention {
  const value = Number(`${n.mantissa}e${n.exp}`);
  return { start, end, text: text.slice(start, end), value, unit, qualifier: qualifierOf(text, start, end, more) ?? n.vague };
}

/** Back over one or two spaces before `i` (`i` itself when there are none). */
function beforeSpaces(text: string, i: number): number {
  let k = i;
  while (k > 0 && k > i - 2 && text[k - 1] === ' ') k--;
  return k;
}

/** Past one or two spaces at `i` (`i` itself when there are none). */
function pastSpaces(text: string, i: number, to: number): number {
  let k = i;
  while (k < to && k < i + 2 && text[k] === ' ') k++;
  return k;
}

/** A unit written in Chinese characters or `%` at `i`, after a space (`18 万元`, `3 %`; not `3 km`). */
function isHanUnitStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x25 || c === 0xff05;
}

function qualifierOf(text: string, start: number, end: number, more: boolean): NumberQualifier | null {
  // `超过 30 万`: a space set before the number stands between it and its qualifier
  start = beforeSpaces(text, start);
  const at = text.startsWith('人民币', start - 3) ? start - 3 : start;
  for (const [w, q] of PREFIX) if (text.startsWith(w, at - w.length)) return q;
  if (more) return 'over';
  const after = text.slice(end, end + 2);
  if (after === '左右' || after === '上下') return 'about';
  if (after === '以上') return 'over';
  if (after === '以下' || after === '以内') return 'under';
  return null;
}
