/** Speaker phrases that name someone after a `的` (speakerPhrase.ts). */
import { ENDS_WITH_ROLE, STAFF } from './lexicon';
import { isChineseName, isTranslit } from '../entities/shared';
import type { SpeakerPhrase } from './phrase';
import { MEDIC_OF } from './staffPhrase';

/**
 * The one named after a `的`: `新任阿里巴巴集团CEO的吴泳铭` → `吴泳铭`, `广州的Miki` → `Miki`; someone counted
 * after it is no one named (`特斯拉的一位股东`, `项姚兴的一位好友`: indefinite), unless they are staff, who speak for
 * what comes before (`Meta的一位发言人`, `一位江城医院的医生`, speakerPhrase.ts). Null when neither.
 */
export function afterOwner(name: string, start: number): SpeakerPhrase | null {
  if (/的[一两几][位名个][\u4e00-\u9fa5]{1,6}$/.test(name) && !STAFF.test(name)) return { name, start, end: start + name.length, cls: 'indefinite', unnamed: true };
  const latin = /的([A-Za-z][A-Za-z .'-]{1,30})$/.exec(name);
  if (latin && !/[\u4e00-\u9fa5]的/.test(name.slice(0, latin.index))) return { name: latin[1], start: start + latin.index + 1, end: start + name.length, cls: 'name' };
  const owner = /的([\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,6}[·•][\u4e00-\u9fa5·•]{1,10})$/.exec(name);
  // `操着杭州口音的普通话` is no one: the owner must be shaped like a name
  // `一位报价3500元代抢的黄牛`: someone counted and described is unnamed, whatever the last word looks like
  if (owner && /^[一两几][位名个]/.test(name) && !STAFF.test(name) && !MEDIC_OF.test(name)) return { name, start, end: start + name.length, cls: 'indefinite', unnamed: true };
  if (owner && name.length > 8 && !ENDS_WITH_ROLE.test(name) && (isChineseName(owner[1], false) || isTranslit(owner[1]) || /·/.test(owner[1]))) {
    return { name: owner[1], start: start + owner.index + 1, end: start + name.length, cls: 'name' };
  }
  return null;
}
