import type { EntityMention } from '../types';
import { fullNameSurname, isLatinSurname } from './latinNames';
import { countReading, repeatCounts, WAITS } from './modelEvidence';
import { WITHHELD_GIVEN } from './withheldNames';

/**
 * The article's mentions with those that wait for a second reading (`findEntityMentions` fills them into
 * gaps) kept or dropped by what the whole article says: a single Latin word (rule `latin-surname`) where a
 * Latin full name ends with it (`latinNames.ts` {@link fullNameSurname}), a body only the model reads (rule
 * `model-repeated`) or a doubled unknown word (`reduplicated-name`, `果果`) where the article reads it as the same type twice
 * (`modelEvidence.ts`); a withheld name whose given name the segmenter misreads (`丁某万`, rule `withheld-name-given`)
 * where the article writes such names, else cut back (`丁某`). One pass finds
 * them and returns the very array when none waits (most articles): this runs on every keystroke over all
 * the mentions of the document, so it decides only the waiting ones and copies the list only to drop some.
 */
export function confirmWaiting(mentions: EntityMention[]): EntityMention[] {
  let waiting: number[] | null = null;
  let latin = false, repeated = false, given = false;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (isLatinSurname(m)) latin = true;
    else if (WAITS.has(m.rule)) repeated = true;
    else if (m.rule === WITHHELD_GIVEN) given = true;
    else continue;
    (waiting ??= []).push(i);
  }
  if (!waiting) return mentions;
  if (given) {
    mentions = confirmGivenNames(mentions, waiting);
    if (!latin && !repeated) return mentions;
    // the Latin words and the model's bodies still wait; the withheld names are decided
    waiting = waiting.filter((i) => isLatinSurname(mentions[i]) || WAITS.has(mentions[i].rule));
  }
  // one more pass: the last words of the Latin full names, and how the waiting names are read
  const surnames = latin ? new Set<string>() : null;
  const counts = repeated ? repeatCounts(mentions, waiting) : null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (surnames) {
      const s = fullNameSurname(m);
      if (s !== null) surnames.add(s);
    }
    if (counts) countReading(counts, m);
  }
  // only the waiting are decided here: every other mention is kept
  let dropped = 0;
  for (let k = 0; k < waiting.length; k++) {
    const m = mentions[waiting[k]];
    if (isLatinSurname(m) ? surnames!.has(m.text) : counts!.get(m.text)![m.type] >= 2) continue;
    waiting[dropped++] = waiting[k];
  }
  return dropped ? without(mentions, waiting, dropped) : mentions;
}

/** A withheld name with a given name of three characters or more that the rule read with no doubt (`丁某平`; not `周某甲`, `熊某某`). */
const STRICT_GIVEN = /^[^某]{1,2}某[^某甲乙丙丁戊0-9０-９]$/;

/**
 * Withheld names read with a given name the segmenter tags as a number, a verb or an adverb (`丁某万`, rule
 * `withheld-name-given`): kept where the article writes such names (another read with no doubt, `丁某平`) or
 * writes this one twice; else cut back to the surname and `某` (`张某`), rule `withheld-name`. A new array
 * only when one changes.
 */
function confirmGivenNames(mentions: EntityMention[], waiting: readonly number[]): EntityMention[] {
  const seen = new Map<string, number>();
  for (const i of waiting) if (mentions[i].rule === WITHHELD_GIVEN) seen.set(mentions[i].text, (seen.get(mentions[i].text) ?? 0) + 1);
  const style = mentions.some((m) => m.rule === 'withheld-name' && STRICT_GIVEN.test(m.text));
  let out: EntityMention[] | null = null;
  for (const i of waiting) {
    const m = mentions[i];
    if (m.rule !== WITHHELD_GIVEN || style || seen.get(m.text)! >= 2) continue;
    (out ??= mentions.slice())[i] = { ...m, end: m.end - 1, text: m.text.slice(0, -1), rule: 'withheld-name' };
  }
  return out ?? mentions;
}

/** `list` without the items at the first `n` (ascending) of `at`. */
function without<T>(list: readonly T[], at: readonly number[], n: number): T[] {
  const out: T[] = new Array(list.length - n);
  let k = 0, j = 0;
  for (let i = 0; i < list.length; i++) {
    if (j < n && at[j] === i) j++;
    else out[k++] = list[i];
  }
  return out;
}
