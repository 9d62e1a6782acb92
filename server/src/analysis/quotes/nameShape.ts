/**
 * Whether a short phrase is shaped like a speaker's name (`speakerPhrase.ts` reads phrases; this says
 * which of them can name someone): a Chinese or transliterated name, a surname and a form of address,
 * a familiar form (`小刘`), Latin words, an organization, outlet or place.
 */
import { DOUBLED_WORDS, MEDIA, ORG_END } from './lexicon';
import { isChineseName, isTranslit } from '../entities/shared';
import { ORGANIZATIONS, PLACES, SURNAMES } from '../entities/builtins';

const LATIN = /[A-Za-z]/;
/** `李先生`, `王女士`: a surname and a form of address. */
const ADDRESS = /^(?:[\u4e00-\u9fa5]|[\ud840-\ud87f][\udc00-\udfff]){1,2}(?:先生|女士|小姐|老师|师傅|阿姨|大爷|大妈|老伯)$/;
/** `让-皮埃尔`: a transliteration joined by a hyphen. */
export const HYPHENATED = /^[\u4e00-\u9fa5]{1,6}-[\u4e00-\u9fa5]{1,6}$/;

/** `老万`, `小刘`, `果果`: a familiar form of a surname or a doubled character, how interviews name people (names the entity lists do not hold). */
export const isNickname = (name: string): boolean => name.length === 2 && ((/[老小阿]/.test(name[0]) && SURNAMES.has(name[1])) || (name[0] === name[1] && /[\u4e00-\u9fa5]/.test(name[0]) && !DOUBLED_WORDS.test(name)));

/** A body's head word alone: after a title it ends a body's name, no person's (`无国界医生|组织`). */
const BODY_HEAD = /^(?:组织|协会|学会|机构|公司|集团|基金会|联盟|联合会|委员会|中心|医院|大学|学院)$/;

/**
 * What follows a title and is no name: a time clause with no name opening it (`消防员|出来后`; `杨波再度` opens
 * with one), a body's head word (`无国界医生|组织`: the whole is the body) or side (`总统|室方面`).
 */
export function noNameAfterTitle(s: string): boolean {
  // (`总统|室方面`: a body's side, `方面` closing the whole phrase)
  if (BODY_HEAD.test(s) || s.endsWith('方面')) return true;
  if (!/^[\u4e00-\u9fa5]+[后时前间]$/.test(s)) return false;
  for (let n = 2; n <= Math.min(4, s.length); n++) if (nameShaped(s.slice(0, n))) return false;
  return true;
}

/**
 * A short phrase can name a speaker only when shaped like a name: a Chinese or transliterated
 * person name, a surname with a form of address, a Latin name, an organization, outlet or place
 * (`俄罗斯称`). Longer phrases were checked by their ending already.
 */
export function nameShaped(name: string): boolean {
  if (LATIN.test(name) || /[·•]/.test(name) || HYPHENATED.test(name)) return true;
  // `会议开始后`, `接受采访时`: a time clause
  // (`轮椅乘客遭拒载`: someone suffering something, a headline's clause)
  if (name.length > 4) return (!/[后时前间]$/.test(name) && !/[遭被]/.test(name)) || ORG_END.test(name);
  if (isChineseName(name, true) || isTranslit(name) || ADDRESS.test(name) || isNickname(name)) return true;
  return ORG_END.test(name) || MEDIA.test(name) || ORGANIZATIONS.has(name) || PLACES.has(name);
}
