import type { EntityMention } from '../types';
import { firstAtOrAfter } from '../entities/shared';
import { ORG_END } from './lexicon';
import { subjectBounds, type SpeakerPhrase } from './speakerPhrase';

/**
 * Whether phrase `p`, read in a clause before the verb's own (`clause`, at `at` in the document), is that
 * clause's subject and so the verb's speaker (`clauses.ts` `phraseBefore`): anything but a name; a name of six
 * characters at most; a transliterated one written whole that opens it (`舒瓦尔·本-格维尔此前……，并在配文中称`,
 * `opening`: what the entity analysis found opening the clause), or that a place or body and a title open it with
 * (`巴勒斯坦总统马哈茂德·阿巴斯谴责以色列，称`); a body's name. Not a longer name inside the clause
 * (`想起好莱坞演员莱昂纳多·迪卡普里奥……`).
 */
export function opensEarlierClause(clause: string, p: SpeakerPhrase, opening: SpeakerPhrase | null, at: number, named: readonly EntityMention[]): boolean {
  return p.cls !== 'name' || p.name.length <= 6 || (p === opening && isDottedName(p.name)) || isBodyName(p.name) || titledDottedName(clause, p, at, named);
}

/**
 * A body's name as long as a clause (`二十届中央纪委三次全会`, `原国家质检总局缺陷产品管理中心`): no description (`的`) and
 * sixteen characters at most, it opens the earlier clause as a name of six does.
 */
const isBodyName = (name: string): boolean => name.length <= 16 && !name.includes('的') && ORG_END.test(name);

/** A transliterated name written whole, with its name dots: `舒瓦尔·本-格维尔`, `伊塔马·本-格维尔` (not `·` alone). */
const isDottedName = (name: string): boolean => /^[\u4e00-\u9fa5]+(?:[·•][\u4e00-\u9fa5-]+)+$/.test(name);

/**
 * `巴勒斯坦总统马哈茂德·阿巴斯谴责以色列，称`, `美国国务卿安东尼·布林肯……，表示`: a transliterated person written whole
 * after a place or a body and a title that open the earlier clause is its subject, as a name of six characters is;
 * the name ends the subject (`subjectBounds`), so not one inside a predicate (`想起好莱坞演员莱昂纳多·迪卡普里奥`).
 */
function titledDottedName(clause: string, p: SpeakerPhrase, at: number, named: readonly EntityMention[]): boolean {
  const b = subjectBounds(clause);
  if (!isDottedName(p.name) || !b || b.end !== p.end || p.start - b.start > 8) return false;
  const lead = named[firstAtOrAfter(named, at + b.start)], person = named[firstAtOrAfter(named, at + p.start)];
  return !!lead && !!person && lead.start === at + b.start && (lead.type === 'place' || lead.type === 'organization') && lead.end <= at + p.start && person.type === 'person' && person.start === at + p.start && person.end === at + p.end && !clause.slice(lead.end - at, p.start).includes('的');
}
