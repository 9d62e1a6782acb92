import type { EntityMention } from '../types';
import { fullNameSurnames, isLatinSurname } from './latinNames';
import { MODEL_REPEATED, repeatCounts } from './modelEvidence';

/**
 * The article's mentions with those that wait for a second reading (`findEntityMentions` fills them into
 * gaps) kept or dropped by what the whole article says: a single Latin word (rule `latin-surname`) where a
 * Latin full name ends with it (`latinNames.ts` {@link fullNameSurnames}), a body only the model reads (rule
 * `model-repeated`) where the article reads it as the same type twice (`modelEvidence.ts`). One pass finds
 * them and returns the very array when none waits (most articles): this runs on every keystroke over all
 * the mentions of the document.
 */
export function confirmWaiting(mentions: EntityMention[]): EntityMention[] {
  let latin = false, repeated = false;
  for (const m of mentions) {
    if (isLatinSurname(m)) latin = true;
    else if (m.rule === MODEL_REPEATED) repeated = true;
  }
  if (!latin && !repeated) return mentions;
  const surnames = latin ? fullNameSurnames(mentions) : null;
  const counts = repeated ? repeatCounts(mentions) : null;
  const kept = (m: EntityMention): boolean => (isLatinSurname(m) ? surnames!.has(m.text) : m.rule !== MODEL_REPEATED || counts!.get(m.text)![m.type] >= 2);
  return mentions.every(kept) ? mentions : mentions.filter(kept);
}
