import type { EntityMention } from '../types';

/** Words after a name that make it a place: `敖德萨州`, `巴赫穆特郊区`, `顿涅茨克一带`, `哈尔科夫方向`. */
const PLACE_AFTER = /^(?:州|郊区|一带|前线|方向|境内|附近|市郊|市区)/;
/** Verbs before a name that make it a place: `攻占巴赫穆特`, `抵达拉斯维加斯`. */
const PLACE_BEFORE = /(?:攻占|收复|攻克|包围|前往|抵达|位于|飞往|途经|撤出)$/;

/**
 * Retypes and grows mentions by the words around them (rule `place-cue`, which grouping carries to
 * every mention of the name in the article): `敖德萨地区` → place `敖德萨地区` (a region named with
 * 地区 takes it into the span); `攻占巴赫穆特` person → place `巴赫穆特`.
 */
export function applyPlaceCues(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    if (m.type === 'organization' || m.rule === 'user-lexicon') continue;
    if (text.startsWith('地区', m.end) && !mentions.some((o) => o.start === m.end)) {
      m.end += 2;
      m.text = text.slice(m.start, m.end);
      m.type = 'place';
      m.rule = 'place-cue';
    } else if (m.type === 'person' && (PLACE_AFTER.test(text.slice(m.end, m.end + 2)) || PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)))) {
      m.type = 'place';
      m.rule = 'place-cue';
    }
  }
}
