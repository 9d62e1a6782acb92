import type { EntityMention, EntityType, Span, Token } from '../types';
import { COMMON_WORDS, SURNAMES_COMPOUND, SURNAMES_JAPANESE, SURNAME_CODES, SURNAME_RARE_CODES, TRANSLIT_CODES, WordSet } from './builtins';

/** A proposed mention before overlaps are resolved: `董军`@6–8 person by `title-name`. */
export interface Candidate extends Span {
  type: EntityType;
  rule: string;
  /** Ties between equally long overlapping candidates go to the higher priority. */
  priority: number;
}

/** True for a run of CJK ideographs (U+3400–U+9FFF): `董军` yes, `F-35` no. */
export function isHan(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return true;
}

/** True when every character is a transliteration character: `古普塔` yes, `美国` no. */
export function isTranslit(word: string): boolean {
  if (word.length === 0) return false;
  // Transliteration characters are all ideographs, so this also checks `isHan`.
  for (let i = 0; i < word.length; i++) if (!TRANSLIT_CODES[word.charCodeAt(i)]) return false;
  return true;
}

/** A transliterated name and one character of kind after it, four characters or more: `德克萨斯州` with `州`, `克里姆林宫` with `宫`. */
export const isTranslitWith = (word: string, kind: string): boolean => word.length >= 4 && word.endsWith(kind) && isTranslit(word.slice(0, -1));

/**
 * Length of the surname `word` starts with (0 if none): `欧阳修` → 2, `董军` → 1; rare surnames (and the
 * Japanese ones, `渡边武宏` → 2) only if `rare`.
 */
export function surnameLength(word: string, rare: boolean): number {
  if (word.length >= 3 && (SURNAMES_COMPOUND.has(word.slice(0, 2)) || (rare && SURNAMES_JAPANESE.has(word.slice(0, 2))))) return 2;
  const c = word.charCodeAt(0);
  return SURNAME_CODES[c] || (rare && SURNAME_RARE_CODES[c]) ? 1 : 0;
}

/** True for a Chinese full name shape: surname + one or two given-name characters (`刘振立`), not shaped like a common noun (`白皮书`). */
export function isChineseName(word: string, rare: boolean): boolean {
  const s = surnameLength(word, rare);
  return s > 0 && isHan(word) && word.length - s >= 1 && word.length - s <= 2 && !isNounShaped(word);
}

/** Endings of common nouns, not of names: `高中生`, `白皮书`, `安全法`, `塔斯社`, `纪律性`, `高新区`, `万埠镇`. */
const NOUN_END = /(?:[者员证雨家们师手物族人杯赛奖节科室书法社性籍诗章车球传区镇村乡县郡裙]|[学中究业习招新考医先士]生)$/;
/** Second characters of two-character nouns that begin with a surname character: `龙年`, `颜值`, `高管`, side references `马方`. */
const SHORT_NOUN_END = /^[\u3400-\u9fff][年值管方]$/;

/** Two countries by their one-character names (`韩中关系`, `欧中应共同`), not a surname and a given name. */
export const COUNTRY_PAIR = /^[中美俄日韩朝英法德欧印澳菲越泰蒙巴以伊][中美俄日韩朝英法德欧印澳菲越泰蒙巴以伊][应将会间两同]?$/;

/**
 * True for a word shaped like a common noun or an idiom rather than a name, whatever its first
 * character: `白皮书`, `高中生`, `龙年`, `马方`, `明里暗里` (a repeated character), `韩中` (two countries); `黄宏生`, `董军` are not.
 */
export function isNounShaped(word: string): boolean {
  if (NOUN_END.test(word) || SHORT_NOUN_END.test(word) || COUNTRY_PAIR.test(word)) return true;
  return word.length === 4 && (word.charAt(1) === word.charAt(3) || word.charAt(0) === word.charAt(2));
}

/** A candidate spanning tokens `i..j` inclusive. */
export function spanOf(tokens: Token[], i: number, j: number, type: EntityType, rule: string, priority: number): Candidate {
  return { start: tokens[i].start, end: tokens[j].end, type, rule, priority };
}

/** Segmenter tags that read a word as a name or a foreign word: `nr` 拜登, `ns` 加沙, `nt` 路透社, `eng` CNN. */
export const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'eng', 'j']);

/** Local offices named by their function alone (`公安局`, `派出所`): generic unless grown over a name. */
export const GENERIC_LOCAL = /^[\u4e00-\u9fff]{1,2}[局所]$/;

/** Name-middle dots used between parts of foreign names: `苏拉布·古普塔`. */
export const NAME_DOTS: ReadonlySet<string> = new WordSet(['·', '・', '•', '‧', '.']);

/** Common words nodejieba's dictionary tags `nr`/`nrt` (checked against its dictionary): `灵芝`, `路基`, `布洛芬`, `默契`, and those HanLP's core dictionary knows as no noun ({@link COMMON_WORDS}: `牟利`, `令人`). */
export const NOT_NAMES: ReadonlySet<string> = new WordSet([...'灵芝 路基 科普 多达 朗朗 尼古丁 卢比 卡拉 默契 布洛芬 图源'.split(' '), ...COMMON_WORDS]);

/** Credits written before a reporter's or author's name in a byline (`记者 张三`, `作者：`, `编辑|`): entities grow a byline's name, quotes never take it for a speaker. */
export const BYLINE_CREDITS = '作者|记者|编辑|通讯员|撰文|撰稿';

/** The index of the first mention starting at or after `at` (mentions in document order): a binary search. */
export function firstAtOrAfter(named: readonly { start: number }[], at: number): number {
  let lo = 0, hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the token from `i` on that ends exactly at `end`, or -1 (tokens are in order and never overlap). */
export function tokenEndingAt(tokens: readonly { end: number }[], i: number, end: number): number {
  for (let j = i; j < tokens.length && tokens[j].end <= end; j++) if (tokens[j].end === end) return j;
  return -1;
}

/** The mention (mentions in order) found exactly at `start`–`end`, if any. */
export function mentionExactly(named: readonly EntityMention[], start: number, end: number): EntityMention | undefined {
  const m = named[firstAtOrAfter(named, start)];
  return m && m.start === start && m.end === end ? m : undefined;
}

/** Whether a mention (of a type other than `except`) overlaps `start..end`; mentions do not overlap each other. */
export function overlapsMention(named: readonly EntityMention[], start: number, end: number, except?: EntityMention['type']): boolean {
  for (let i = Math.max(0, firstAtOrAfter(named, start) - 1); i < named.length && named[i].start < end; i++) if (named[i].end > start && named[i].type !== except) return true;
  return false;
}

/**
 * `text.lastIndexOf(needle, from)` that looks no further back than `floor`: -1 when the needle starts
 * nowhere in `floor..from`. `lastIndexOf` alone scans on to the text's start, which in a 1 MB article is
 * a megabyte per miss (and `lastIndexOf(x, -1)` finds a match at 0 again).
 */
export function lastIndexWithin(text: string, needle: string, from: number, floor: number): number {
  floor = Math.max(0, floor);
  if (from < floor) return -1;
  const i = text.slice(floor, from + needle.length).lastIndexOf(needle, from - floor);
  return i < 0 ? -1 : i + floor;
}

/**
 * Whether one line break and nothing but spaces lie between `end` and `start` (two line blocks a soft
 * wrap separates: `\n`, `\r\n`, an indent of `\u3000` on the next line), not a blank line.
 */
export function wrapBetween(text: string, end: number, start: number): boolean {
  if (start <= end) return false;
  const gap = text.slice(end, start);
  return /^[ \t\u3000\u00a0]*\r?\n[ \t\u3000\u00a0]*$/.test(gap);
}

/**
 * The insides of the title marks of `text` (`《…》`, `〈…〉`), each to its first closing mark, or to its line's end
 * when left open: `据《美的历程》` → the span of `美的历程`.
 */
export function titleParts(text: string): Span[] {
  const out: Span[] = [];
  for (let at = text.search(/[《〈]/); at >= 0; ) {
    const rest = text.slice(at + 1).search(/[》〉\n]/);
    const end = rest < 0 ? text.length : at + 1 + rest;
    // spaces padding a title inside its marks (`《 人民日报 》`) are no part of it
    let s = at + 1, e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    out.push({ start: s, end: e });
    const next = text.slice(end).search(/[《〈]/);
    at = next < 0 ? -1 : end + next;
  }
  return out;
}

/** `s` lies inside a title but is not the whole of it: `《美的历程》`'s `美的`, not `《福布斯》`'s `福布斯` (a name). */
export const inTitlePart = (titles: readonly Span[], s: Span): boolean =>
  titles.some((t) => t.start <= s.start && s.end <= t.end && (s.start > t.start || s.end < t.end));
