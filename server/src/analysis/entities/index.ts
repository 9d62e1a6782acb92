import type { EntityMention, Token } from '../types';
import { findLexiconEntries, findPlaces } from './places';
import { findPersons } from './names';
import { findOrganizations } from './organizations';
import { findMedia, findQuotedOrganizations } from './media';
import { findTaggedEntities } from './tagCorrections';
import { findUserEntries, type Lexicon } from './userLexicon';
import { resolveCandidates } from './resolve';

export { groupEntities, isAliasOf } from './grouping';
export { parseLexicon, type Lexicon, type LexiconType } from './userLexicon';

/**
 * Entity mentions in one paragraph, offsets relative to `text` (`tokens` are the segmenter's, with
 * spans into `text`): `中国国防部长董军` → `中国国防部` organization, `董军` person. User lexicon
 * entries win over every rule; a `none` entry removes mentions of its word.
 */
export function findEntityMentions(text: string, tokens: Token[], lexicon: Lexicon): EntityMention[] {
  const user = findUserEntries(text, lexicon);
  const candidates = [
    ...user.found,
    ...findLexiconEntries(text, tokens),
    ...findPlaces(tokens),
    ...findTaggedEntities(tokens),
    ...findPersons(tokens),
    ...findOrganizations(tokens),
    ...findMedia(text),
    ...findQuotedOrganizations(text),
  ];
  return resolveCandidates(text, candidates, user.suppressed);
}
