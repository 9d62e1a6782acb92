import type { EntityMention, Token } from '../types';
import { PLACES, PLACE_SHORT, TRANSLIT } from './builtins';
import { SEAT, isAbbreviationCompound } from './places';
import { isGenericBodyWord } from './organizations';
import { GENERIC_LOCAL, NOT_NAMES, isChineseName, isHan, isNounShaped, isTranslit, isTranslitWith, spanOf, type Candidate } from './shared';

/** Heads of `nt` dictionary entries that are not organizations (`中美关系`, `美国军舰`). */
const NOT_ORG_END = /(?:关系|军舰|同学|组织|机关|方|人|者|军|全会|会议|大会|晚会|社会|机会|政府)$/;
/** Named bodies whose head is otherwise generic: `世界卫生组织`, `全国人民代表大会`, `党中央`, `民革中央`. */
const NAMED_BODY = /^(?:[\u4e00-\u9fff]{2,}组织|[\u4e00-\u9fff]+人民代表大会|[\u4e00-\u9fff]{1,4}中央)$/;
/** Kinds of groups, not named bodies: `民间组织`, `非法组织`, `国际金融组织`, `国立中央`. */
const GENERIC_BODY = /^(?:党团|同化|民兵|民间|特务|社团|秘密|非法|解放|基金|卫生|国际经济|国际金融|经济合作|恐怖|犯罪|黑社会|群众|基层|地下|外围|宗教|慈善|公益|中介|行业|合作|国立)(?:组织|中央)$/;
/** A national party congress by its number, the party's highest body (like `全国人民代表大会`): `十五大`, `中共十五大`, `二十大`; not `十大`, `三大`. */
const PARTY_CONGRESS = /^(?:中共)?(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)大$/;
/** Local places the dictionary tags as names: `万埠镇/nr`, `梁沟村/nr`, `肯特郡/nr`. */
const LOCAL_PLACE = /^[\u4e00-\u9fff]{2,4}[镇村乡县郡]$/;
/** A doctrine named after a person: `邓小平理论`, `马克思主义`. */
const DOCTRINE = /^([\u4e00-\u9fff]{2,4}?)(?:理论|思想|主义)$/;
/** Endings of dictionary `nt` words that name bodies (`国民党`, `新华社`, `全国政协`, `建行`), not fields (`天文学`), crowds (`广大观众`) or acts (`太空飞行`). */
const ORG_END = /(?:党|社|团|盟|联|协|军|队|会|委|部|局|院|办|署|所|^[\u4e00-\u9fff]行|[银分总支]行|厂|司|台|校|大学|中学|小学|学院|处|厅|组|府|中心|公司|集团|银行)$/;

function translitCount(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) if (TRANSLIT.has(w.charAt(i))) n++;
  return n;
}

/** A dictionary `nr`/`nrt` word that reads as a name: `拜登`, `邓小平`; not `智慧`, `令人`. */
function isPersonWord(w: string): boolean {
  if (isNounShaped(w) || PLACE_SHORT.has(w) || NOT_NAMES.has(w)) return false;
  return (w.length >= 3 && translitCount(w) >= w.length - 1) || (isChineseName(w, false) && w.length === 3);
}


/**
 * An `nrt` word read as a foreign name: `琼斯`, `穆巴拉克`; a two-character one not after a
 * number (`1/m 卢比`) nor before a noun it modifies (`多福/nrt 农庄/n`).
 */
function isForeignNameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.tag !== 'nrt' || !isTranslit(t.word) || NOT_NAMES.has(t.word)) return false;
  if (t.word.length > 2) return true;
  const p = tokens[i - 1], n = tokens[i + 1];
  return !(p && (p.tag === 'm' || /[0-9０-９]$/.test(p.word))) && !(n && /^(?:n|nz|ng)$/.test(n.tag));
}

/**
 * A palace named by a transliterated name, the seat of a foreign government or court, however the dictionary tags it
 * (`克里姆林宫/nrt`, `爱丽舍宫/nr`): an organization, as `白宫` and `克宫` are.
 */
const foreignSeat = (w: string): boolean => isTranslitWith(w, '宫');

/**
 * Dictionary tags, corrected: `乌克兰/nr` → place (lexicon), `五角大楼/ns` → organization (seat),
 * `中美关系/nt` → nothing; `nr` words count only when shaped like names (`拜登`, not `智慧`).
 */
export function findTaggedEntities(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (!isHan(t.word) || t.word.length < 2) return;
    const last = t.word.charAt(t.word.length - 1);
    if (last === '大' && PARTY_CONGRESS.test(t.word)) out.push(spanOf(tokens, i, i, 'organization', 'party-congress', 2));
    else if (((last === '楼' || last === '宫') && SEAT.test(t.word) && (t.tag === 'ns' || t.tag === 'x')) || (t.tag === 'ns' && /^[北华]约$/.test(t.word)) || foreignSeat(t.word))
      out.push(spanOf(tokens, i, i, 'organization', 'seat', 4));
    else if (t.tag === 'nt' && ((NAMED_BODY.test(t.word) && !GENERIC_BODY.test(t.word)) || (ORG_END.test(t.word) && !NOT_ORG_END.test(t.word) && !isGenericBodyWord(t.word))) && !isAbbreviationCompound(t.word) && !GENERIC_LOCAL.test(t.word))
      out.push(spanOf(tokens, i, i, 'organization', 'jieba-nt', 2));
    else if ((t.tag === 'nr' || t.tag === 'nrt' || t.tag === 'nrfg') && !PLACES.has(t.word) && (isPersonWord(t.word) || isForeignNameWord(tokens, i))) out.push(spanOf(tokens, i, i, 'person', `jieba-${t.tag}`, 1));
    else if ((t.tag === 'nr' || t.tag === 'nrt' || t.tag === 'nrfg') && LOCAL_PLACE.test(t.word)) out.push(spanOf(tokens, i, i, 'place', 'jieba-nr-place', 1));
    const d = last === '论' || last === '想' || last === '义' ? DOCTRINE.exec(t.word) : null;
    // a two-character name only where the segmenter reads the doctrine as a name's (`毛泽东思想/nr`), not an idiom (`解放思想/i`)
    if (d && ((isChineseName(d[1], false) && (d[1].length >= 3 || t.tag.startsWith('nr'))) || (d[1].length >= 3 && isTranslit(d[1])))) out.push({ start: t.start, end: t.start + d[1].length, type: 'person', rule: 'doctrine-name', priority: 2 });
  });
  return out;
}

/** Market words right after a name (optionally a share-class code such as `-SW`): the name is a listed company. */
const MARKET_AFTER = /(?:-?[A-Z]{1,3})?(?:股份|股价|市值|涨|跌|收涨|收跌|反弹|高开|低开)/y;

/**
 * Names of listed companies the dictionary reads as people, retyped in place: `亚马逊涨2.69%`,
 * `特斯拉反弹`, `阿里巴巴-SW涨`, `比亚迪股份` → organization; `特朗普表示` stays a person.
 */
export function retypeListedCompanies(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    if (m.type !== 'person' || m.rule === 'user-lexicon') continue;
    MARKET_AFTER.lastIndex = m.end;
    if (MARKET_AFTER.test(text)) m.type = 'organization';
  }
}
