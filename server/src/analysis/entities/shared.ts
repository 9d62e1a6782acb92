import type { EntityType, Span, Token } from '../types';
import { SURNAMES, SURNAMES_COMPOUND, SURNAMES_RARE, TRANSLIT } from './builtins';

/** A proposed mention before overlaps are resolved: `董军`@6–8 person by `title-name`. */
export interface Candidate extends Span {
  type: EntityType;
  rule: string;
  /** Ties between equally long overlapping candidates go to the higher priority. */
  priority: number;
}

const HAN = /^[\u3400-\u9fff]+$/;
/** True for a run of CJK ideographs: `董军` yes, `F-35` no. */
export const isHan = (s: string): boolean => HAN.test(s);

/** True when every character is a transliteration character: `古普塔` yes, `美国` no. */
export function isTranslit(word: string): boolean {
  if (!isHan(word)) return false;
  for (let i = 0; i < word.length; i++) if (!TRANSLIT.has(word.charAt(i))) return false;
  return true;
}

/** Length of the surname `word` starts with (0 if none): `欧阳修` → 2, `董军` → 1; rare surnames only if `rare`. */
export function surnameLength(word: string, rare: boolean): number {
  if (word.length >= 3 && SURNAMES_COMPOUND.has(word.slice(0, 2))) return 2;
  const c = word.charAt(0);
  return SURNAMES.has(c) || (rare && SURNAMES_RARE.has(c)) ? 1 : 0;
}

/** True for a Chinese full name shape: surname + one or two given-name characters (`刘振立`). */
export function isChineseName(word: string, rare: boolean): boolean {
  const s = surnameLength(word, rare);
  return s > 0 && isHan(word) && word.length - s >= 1 && word.length - s <= 2;
}

/** A candidate spanning tokens `i..j` inclusive. */
export function spanOf(tokens: Token[], i: number, j: number, type: EntityType, rule: string, priority: number): Candidate {
  return { start: tokens[i].start, end: tokens[j].end, type, rule, priority };
}

/** Local offices named by their function alone (`公安局`, `派出所`): generic unless grown over a name. */
export const GENERIC_LOCAL = /^[\u4e00-\u9fff]{1,2}[局所]$/;

/** Name-middle dots used between parts of foreign names: `苏拉布·古普塔`. */
export const NAME_DOTS: ReadonlySet<string> = new Set(['·', '・', '•', '‧', '.']);
