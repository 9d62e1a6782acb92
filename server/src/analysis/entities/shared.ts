import type { EntityType, Span, Token } from '../types';
import { SURNAMES_COMPOUND, SURNAME_CODES, SURNAME_RARE_CODES, TRANSLIT_CODES } from './builtins';

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

/** Length of the surname `word` starts with (0 if none): `欧阳修` → 2, `董军` → 1; rare surnames only if `rare`. */
export function surnameLength(word: string, rare: boolean): number {
  if (word.length >= 3 && SURNAMES_COMPOUND.has(word.slice(0, 2))) return 2;
  const c = word.charCodeAt(0);
  return SURNAME_CODES[c] || (rare && SURNAME_RARE_CODES[c]) ? 1 : 0;
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
