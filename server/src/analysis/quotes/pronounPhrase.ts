/** Pronouns in speaker phrases (`speakerPhrase.ts`): a phrase that is one, or opens with one as its subject. */
import { ENDS_WITH_ROLE, PRONOUN } from './lexicon';
import { OUTLET_REF } from './memory';
import { SURNAMES } from '../entities/builtins';

/**
 * The pronoun a phrase is: `他`, `这位官员` as written; `该报` the outlet that spoke last ({@link OUTLET_REF});
 * `对方工作人员` the other party's staff, for the other party (`memory.ts` finds whom `对方` reached); a surname alone (`黄`)
 * the person last named with it.
 */
export function pronounOf(name: string): string | null {
  if (PRONOUN.test(name)) return name;
  // `黄仁勋……黄在演讲中表示`: a surname alone, as news translated from foreign papers names someone again (`memory.ts` `bySurname`)
  if (name.length === 1 && SURNAMES.has(name)) return name;
  if (OUTLET_PRONOUN.test(name)) return OUTLET_REF;
  return /^对方的?(?:工作人员|负责人|客服|人员|员工)$/.test(name) ? '对方' : null;
}

/** `该报`, `该网站`: the outlet that spoke last ({@link OUTLET_REF}). */
const OUTLET_PRONOUN = /^(?:该|此)(?:报|刊|媒体|网站|台|社|媒)$/;
/** `他渲染`, `他把这辆车赠给朋友`, `她与南航工作人员反复沟通协调`: a pronoun, then its predicate. */
const PRONOUN_LEAD = /^(他们|她们|他|她)(?![国人乡日的])[\u4e00-\u9fa5]{1,16}$/;
/** … not someone else named after the pronoun: `他身边的朋友`, `他们中的一些人`, `他们村里不少村民`. */
const PRONOUN_OWNS = /的[\u4e00-\u9fa5]{0,6}$|不少|一些|很多|许多|部分|多名|有的/;
/** Words that plainly start a predicate after a pronoun (`他把……朋友`, `他发了一张……的照片`, `他用……的普通话`: no one else named). */
const PREDICATE_START = /^[^的]*?(?:[把将被给让替帮与向跟用拿]|了|着)/;

/** The pronoun a phrase opens with as its subject ({@link PRONOUN_LEAD}), or null. */
export function pronounLead(name: string): string | null {
  const m = PRONOUN_LEAD.exec(name);
  if (!m) return null;
  const rest = name.slice(m[1].length);
  const owned = rest.length > 3 && !PREDICATE_START.test(rest) && (PRONOUN_OWNS.test(rest) || ENDS_WITH_ROLE.test(name));
  return owned ? null : m[1];
}
