import type { Token } from '../types';
import { ORG_SUFFIXES, PLACE_SUFFIXES, SURNAMES, SURNAMES_COMPOUND, SURNAMES_RARE, suffixIn } from './builtins';
import { isHan, type Candidate } from './shared';

/** What may follow `某` in a withheld name: a second `某`, an ordinal (`陈某甲`) or a number (`周某1`). */
const MARK_AFTER = /^(?:某|[甲乙丙丁戊]|[0-9０-９])/;
/** Tags of a one-character word that is no given name after `某`: verbs, grammar words, numbers, places (`张某说`, `李某在`). */
const NOT_GIVEN_TAG = /^(?:v|p|c|u|d|r|m|q|f|y|e|zg|a)/;
/** Copulas and grammar characters the segmenter tags otherwise (`郑某系该公司法人`). */
const NOT_GIVEN_CHAR = /^[系是为称说在和与及等将已也都就又曾被把向对的了]$/;
/**
 * Tags a given name after `某` may wear as a one-character word of its own (`丁某/x 万/m`, `赵某/x 超/v`):
 * the reading waits for the article to confirm it ({@link WITHHELD_GIVEN}).
 */
const MAYBE_GIVEN_TAG = /^(?:m|v|a|d|zg)$/;
/** Adverbs, auxiliaries and grammar words that follow a withheld name as words of their own (`刘某很生气`, `张某不同意`). */
const NOT_MAYBE_GIVEN = /^[很不没未也都就又曾便才还仍却再亦均即则乃遂竟先正并要会能可应只更最太一二三四五六七八九十两几多每各个打拿给让到去来走跑看想]$/;
/** Rule of a withheld name read with a given name the segmenter tags otherwise (`丁某万`): kept where the article confirms it (`waiting.ts`). */
export const WITHHELD_GIVEN = 'withheld-name-given';
/** A name the report withholds, read with no doubt or waiting for the article (`丁某`, `丁某万`). */
export const isWithheld = (m: { rule: string }): boolean => m.rule === 'withheld-name' || m.rule === WITHHELD_GIVEN;

/**
 * Names a report withholds (court and police news): a surname or a capital letter and `某` (`董某`, `熊某某`,
 * `张某津`, `陈某甲`, `A某`), rule `withheld-name`, a person. The guideline leaves them optional; found, they group their mentions
 * and stand as speakers. Not the `某` of an indefinite word (`提高某些`, `某人`, `和某科技公司`): the surname
 * must begin its word and `某` must stand alone or as `某某`, before no longer word.
 */
export function findWithheldNames(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  if (!text.includes('某')) return out;
  let k = 0;
  for (let at = text.indexOf('某', 1); at > 0; at = text.indexOf('某', at + 1)) {
    while (k < tokens.length && tokens[k].end <= at) k++;
    const mark = tokens[k];
    if (!mark) break;
    // `欧阳某某`: a compound surname, else one character
    const from = at >= 2 && SURNAMES_COMPOUND.has(text.slice(at - 2, at)) ? at - 2 : at - 1;
    // `A某`: a capital letter stands for the name of someone foreign news withholds (not `iPhone某`, `AB某`)
    const letter = from === at - 1 && /[A-Z]/.test(text.charAt(from)) && !/[A-Za-z0-9]/.test(text.charAt(from - 1));
    if (from === at - 1 && !letter && !SURNAMES.has(text.charAt(from)) && !SURNAMES_RARE.has(text.charAt(from))) continue;
    if (!startsWord(tokens, k, from) || !standsAlone(mark, at) || beforeNoun(tokens, k, at)) continue;
    let end = at + 1;
    let rule = 'withheld-name';
    if (MARK_AFTER.test(text.slice(end, end + 1)) || glued(mark, at)) end += 1;
    else if (mark.end === end && isGivenChar(tokens[k + 1], end)) end += 1;
    else if (mark.end === end && maybeGivenChar(tokens[k + 1], end)) (end += 1), (rule = WITHHELD_GIVEN);
    out.push({ start: from, end, type: 'person', rule, priority: 5 });
    at = end - 1;
  }
  return out;
}

/** The surname at `s` begins a word: alone, or as `S某` (`董某/x`), or closing an unknown word of two glued characters (`到陆/x 某`). */
function startsWord(tokens: readonly Token[], k: number, s: number): boolean {
  let j = k;
  while (j > 0 && tokens[j].start > s) j--;
  const t = tokens[j];
  if (t.start === s) return true;
  return t.end === s + 1 && t.tag === 'x' && t.end - t.start === 2;
}

/** `某` is a word of its own, `某某`, the end of `S某` or the start of an unknown word (`某津/x`, `某称/x`) — not of `某些`, `某人`, `某地`. */
function standsAlone(mark: Token, at: number): boolean {
  if (mark.start === at) return mark.word === '某' || mark.word === '某某' || unknownPair(mark, at);
  return mark.end === at + 1 || (mark.end === at + 2 && mark.word.endsWith('某某'));
}

/** `某` and the next character as one word the segmenter did not know: `某津/x`, `某称/x`. */
const unknownPair = (mark: Token, at: number): boolean => mark.start === at && mark.word.length === 2 && mark.tag === 'x' && isHan(mark.word);
/** … whose second character is a given name: `张/q 某津/x` (not `于/p 某称/x`). */
const glued = (mark: Token, at: number): boolean => unknownPair(mark, at) && !NOT_GIVEN_CHAR.test(mark.word.charAt(1));

/** One Han character after `某`, its own word, that may be a given name (`张某津`, not `张某说`). */
function isGivenChar(t: Token | undefined, at: number): boolean {
  return !!t && t.start === at && t.word.length === 1 && isHan(t.word) && !NOT_GIVEN_TAG.test(t.tag) && !NOT_GIVEN_CHAR.test(t.word);
}

/** One Han character after `某`, its own word, tagged as a number, a verb or an adverb (`丁某/x 万/m`): maybe a given name. */
function maybeGivenChar(t: Token | undefined, at: number): boolean {
  return !!t && t.start === at && t.word.length === 1 && isHan(t.word) && MAYBE_GIVEN_TAG.test(t.tag) && !NOT_GIVEN_CHAR.test(t.word) && !NOT_MAYBE_GIVEN.test(t.word);
}

/**
 * `和某科技公司`, `广东路某门诊部`: a lone `某` before a noun that names a kind of body or place, or before
 * two nouns, is indefinite, no name (`于某交代，` is one, though the segmenter tags `交代/n`).
 */
function beforeNoun(tokens: readonly Token[], k: number, at: number): boolean {
  const mark = tokens[k], next = tokens[k + 1], after = tokens[k + 2];
  if (mark.start !== at || mark.word !== '某' || !next || next.start !== at + 1 || next.word.length < 2 || !/^(?:n|vn)/.test(next.tag)) return false;
  return (!!after && /^n/.test(after.tag)) || !!suffixIn(next.word, ORG_SUFFIXES) || !!suffixIn(next.word, PLACE_SUFFIXES);
}
