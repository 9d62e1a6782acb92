import type { EntityMention } from '../types';
import { fullNameSurname, isLatinSurname } from './latinNames';
import { countReading, repeatCounts, WAITS } from './modelEvidence';

/**
 * The article's mentions with those that wait for a second reading (`findEntityMentions` fills them into
 * gaps) kept or dropped by what the whole article says: a single Latin word (rule `latin-surname`) where a
 * Latin full name ends with it (`latinNames.ts` {@link fullNameSurname}), a body only the model reads (rule
 * `model-repeated`) or a doubled unknown word (`reduplicated-name`, `果果`) where the article reads it as the same type twice
 * (`modelEvidence.ts`). One pass finds
 * them and returns the very array when none waits (most articles): this runs on every keystroke over all
 * the mentions of the document, so it decides only the waiting ones and copies the list only to drop some.
 */
export function confirmWaiting(mentions: EntityMention[]): EntityMention[] {
  let waiting: number[] | null = null;
  let latin = false, repeated = false;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (isLatinSurname(m)) latin = true;
    else if (WAITS.has(m.rule)) repeated = true;
    else continue;
    (waiting ??= []).push(i);
  }
  if (!waiting) return mentions;
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
