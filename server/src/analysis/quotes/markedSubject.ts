import type { EntityMention } from '../types';
import { firstAtOrAfter, mentionExactly } from '../entities/shared';
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

/**
 * `看完演出后`, `得知消息时`, `经审理`: a clause of when or after what, maybe then a manner word (`看完后激动地`), between the
 * name opening a clause and its verb; never one opening with a word that ties it to the name (`的女儿出生后`).
 */
const WHEN_ONLY = /^(?![的之和与及、])(?:[^，,。；;：:“”\s]{1,8}?(?:之后|以后|后|时|之际)|经过?[\u4e00-\u9fa5]{2,4})(?:[\u4e00-\u9fa5]{1,4}地)?$/;
/**
 * `张伟看完演出后激动地`|说, `北京市朝阳区人民法院经审理`|认为: a person or organization opening the clause, then only a
 * clause of when ({@link WHEN_ONLY}) before the verb, is its subject.
 */
export function openingThenWhen(clause: string, offset: number, named: readonly EntityMention[]): EntityMention | undefined {
  const start = offset + leadLength(clause);
  const m = named[firstAtOrAfter(named, start)];
  if (!m || m.start !== start || m.type === 'place' || m.end > offset + clause.length) return undefined;
  return WHEN_ONLY.test(clause.slice(m.end - offset).trim()) ? m : undefined;
}
