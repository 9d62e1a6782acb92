import type { EntityMention } from '../types';
import { mentionExactly } from '../entities/shared';
import { COUNTRY_INITIALS, OUTLET_KINDS } from './lexicon';
import { leadLength, opensPredicate } from './speakerPhrase';

/** What may follow a body's name in marks and still be its name: `“海事观察”网站`, `“今日俄罗斯”电视台`. */
const OUTLET_AFTER = new RegExp(`^(?:${OUTLET_KINDS}|官网|方面|官方)`);

/** A country's or region's one-character name: `美`, `俄`, `台`. */
const PLACE_INITIALS = COUNTRY_INITIALS + '台港澳';

/**
 * The clause's subject is a name written in marks that the entity analysis found (`台“海巡署”当晚才发新闻稿`|承认,
 * `“今日俄罗斯”`|称, `台湾“中央社”`|称): that organization or person. Before the marks only a place found there or
 * a country's or region's one-character name (`台`, `美`) may stand, and after them, past an outlet's word, the predicate (a time,
 * an adverb, an adjunct) or nothing; a title in marks before a name (`蓝营“立委”牛煦庭`) is no such subject.
 * `offset`: where `clause` starts in the mentions' offsets.
 */
export function markedSubject(clause: string, offset: number, named: readonly EntityMention[]): EntityMention | undefined {
  const lead = leadLength(clause);
  const open = clause.indexOf('“', lead);
  const close = open < 0 ? -1 : clause.indexOf('”', open + 1);
  if (close < 0) return undefined;
  const m = mentionExactly(named, offset + open + 1, offset + close);
  if (!m || m.type === 'place') return undefined;
  const before = clause.slice(lead, open);
  if (before && !(before.length === 1 && PLACE_INITIALS.includes(before)) && mentionExactly(named, offset + lead, offset + open)?.type !== 'place') return undefined;
  const after = close + 1 + (OUTLET_AFTER.exec(clause.slice(close + 1))?.[0].length ?? 0);
  const end = clause.trimEnd().length;
  return after >= end || opensPredicate(clause, after, end) ? m : undefined;
}
