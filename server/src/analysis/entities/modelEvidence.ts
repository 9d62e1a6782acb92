import type { EntityMention, EntityType, Token } from '../types';
import { COMPANIES, COMPANIES_CUED, ORG_SUFFIXES, OUTLETS, PLACES, suffixIn } from './builtins';
import { isPlaceKind } from './organizations';
import { GENERIC_LOCAL, NAME_TAGS, isChineseName } from './shared';
import { SPEAKS_AFTER } from './modelPersonSpans';

/**
 * What, besides the model, says that a span the model reads is a name (`modelFusion.ts` `cleanSpan`): the
 * segmenter's tag, a speech verb after it, a name's shape, a head of its kind. A span with none of these
 * but a body's shape (whole words, no unit or kind) is kept aside as `model-repeated`: it stands when the
 * article reads the same name as the same kind of thing at least twice (`repeatCounts`, read by
 * `waiting.ts` in one pass over the whole article), so a company the segmenter splits (`胖/东来`) holds where one stray reading would
 * not. People and places wait for nothing: measured on the corpus and the splits, the places read so
 * were half parks, halls and regions (`产业园区`, `国家公园`, `印太地区`), the people a party's nickname
 * (`谢派`), and the check split's speakers lost two quotes.
 */

/** The rule of a model span that waits for a second reading in its article. */
export const MODEL_REPEATED = 'model-repeated';
/**
 * The rule of a doubled character the segmenter does not know (`果果/x`, `端端/x`): a child's or a familiar name, as
 * every such word read twice in the corpus is, waiting like `model-repeated` for a second reading in its article.
 */
export const REDUPLICATED = 'reduplicated-name';
/** Rules whose mentions wait for a second reading of the same name as the same type. */
export const WAITS: ReadonlySet<string> = new Set([MODEL_REPEATED, REDUPLICATED]);

/** Doubled characters the segmenter reads as one unknown word (`果果/x`): persons waiting for a second reading (rule `reduplicated-name`). */
export function findReduplicatedNames(tokens: readonly Token[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const t of tokens) {
    if (t.tag === 'x' && t.word.length === 2 && t.word.charCodeAt(0) === t.word.charCodeAt(1) && /^[\u4e00-\u9fa5]/.test(t.word)) out.push({ start: t.start, end: t.end, text: t.word, type: 'person', rule: REDUPLICATED });
  }
  return out;
}

/**
 * Heads of bodies the rules do not grow names over (a site, a laboratory, a securities or film firm, a
 * party: `电网`, `上网`, `政党` are words), which end a name the model reads over several words
 * (`军事/观察/网`, `国家/金融/与/发展/实验室`, `星河/证券`, `正义/运动/党`).
 */
const MODEL_ORG_END = /(?:[^上电联互]网|网站|客户端|实验室|证券|信托|基金|影视|传媒|资本|期货|财经|[^政]党)$/;

/** Characters that end common nouns (`白皮书`, `唐诗`, `暴雨`) and, as often, given names (`刘圣书`, `黄咏诗`, `张雨`): a name when the model reads one. */
const GIVEN_END = /[书诗雨]$/;

/** The divisions a place name the model reads over several words may end in (not a park, a campus, a military or scenic area: `产业园区`, `院区`, `西部军区`). */
const DIVISION_END = /(?:[省市县州镇乡村]|[^园院军地景社校厂营分]区|街道)$/;

/** Heads that a kind of business takes as readily as a name (`科技公司`, `检测中心`): no evidence of a name. */
const KIND_HEAD = /(?:公司|中心)$/;

/**
 * Common nouns for kinds of place (`海峡`, `滑雪场`), lines of latitude, `两岸` (a side reference by the guideline)
 * and `留美` (to study in): no place names where the segmenter gives them no name's tag (spot check on corpus news).
 */
const NOT_PLACE_WORDS = /^(?:海峡|郊区|市区|城区|边境|沿海|内地|农村|山区|特区|(?:海峡)?两岸|[南北]纬|[东西]经|留.)$|[^广]场$/;
/**
 * Words no place mention ever is, whatever the segmenter tags them (`太阳/ns`): heavenly bodies, `中华` (of `中华民族`,
 * `中华文化`: a people's and a culture's word; `中华人民共和国` is another), a country's army's base (`美军基地`: a
 * facility, no place's name; a named base stays, `阿萨德空军基地`).
 */
const NEVER_PLACE = /^(?:月亮|月球|地球|太阳|火星|木星|土星|金星|水星|太阳系|银河系|白矮星|地球村|中华|[美俄英法日韩]军基地)$/;
/** Kinds of place standing alone, no name (`博物馆`, `城中村/ns`, `清真寺/nr`): none whatever the segmenter's tag. */
const PLACE_KINDS = /^(?:博物馆|图书馆|动物园|城中村|清真寺|寺庙|教堂|海滩|公园|古镇|小镇|(?:三岔)?路口|码头|服务区|步行街|批发城|办公室)$/;

/** Units and kinds inside bodies, no names by their shape (`案件审理室`, `第七监督检查组`, `农商行`, `中管高校`, `国有控股`). */
const UNIT_END = /(?:室|组|团|行|高校|控股|公园|园区)$/;

/** Tags of adjectives: a word so tagged alone is a body's name only when read so twice (`平安/a`). */
const ADJECTIVE_TAGS: ReadonlySet<string> = new Set(['a', 'ad', 'an']);
/** Weather the model reads as a company's name (`暴雪` of Blizzard): `大到暴雪`, `冻雨加暴雪`. */
const WEATHER = /^(?:暴雪|暴雨|大雪|冻雨|寒潮|冰雹|沙尘暴)$/;
/** A name the company or outlet lists hold (`苹果`, `小米`). */
const isCompanyName = (w: string): boolean => COMPANIES.has(w) || COMPANIES_CUED.has(w) || OUTLETS.has(w);
/** Tags of common words, which name no committee before `委员会` (`薪酬/n`, `提名/v`, `组织/v`): not `欧盟/j`, `国安/nz`. */
const COMMON_TAGS: ReadonlySet<string> = new Set(['n', 'vn', 'v', 'a', 'an', 'b', 'd', 'l']);

/**
 * The kind of committee or firm any body has, no name: one common word before `委员会` (`薪酬委员会`,
 * `债权人委员会`), or one dictionary noun ending in `公司` (`物业公司/n`, `电力公司/n`) that opens with no
 * company's name (`苹果公司/n` stays: `苹果` is in the company list).
 */
function commonKindOfBody(tokens: readonly Token[], start: number, end: number): boolean {
  const i = tokens.findIndex((t) => t.start === start);
  if (i < 0) return false;
  const w = tokens[i], head = tokens[i + 1];
  if (w.end === end) return w.tag === 'n' && w.word.length > 3 && w.word.endsWith('公司') && !isCompanyName(w.word.slice(0, -2));
  return !!head && head.end === end && head.word === '委员会' && COMMON_TAGS.has(w.tag) && !PLACES.has(w.word);
}

/** How many tokens make up `start`–`end` exactly, or 0 when a token crosses either end. */
function alignedWords(tokens: readonly Token[], start: number, end: number): number {
  let n = 0;
  for (const t of tokens) {
    if (t.end <= start || t.start >= end) continue;
    if (t.start < start || t.end > end) return 0;
    n++;
  }
  return n;
}

/**
 * The rule of model span `m` (text `s`, cleaned of punctuation and glued words) when more than the model
 * says it is a name: `model`; `model-repeated` when only its shape does; null when it is no name.
 */
export function modelEvidence(text: string, tokens: readonly Token[], m: { start: number; end: number; type: EntityType }, s: string): string | null {
  const { start, end, type } = m;
  // `华源同志任……`: a comrade, the context's word for a person (as a title after a name is: rule `name-title`)
  if (type === 'person' && text.startsWith('同志', end)) return 'name-title';
  // a kind of place is none whatever the segmenter's tag (`清真寺/nr`, `城中村/ns`)
  if (type === 'place' && (PLACE_KINDS.test(s) || NEVER_PLACE.test(s))) return null;
  // a kind of body after a place (`香港公司`, `美国总部`), a common word (`薪酬委员会`) or weather (`暴雪`) is none whatever the place's tag
  if (type === 'organization' && (isPlaceKind(s) || commonKindOfBody(tokens, start, end) || WEATHER.test(s))) return null;
  if (tokens.some((t) => t.start < end && start < t.end && NAME_TAGS.has(t.tag))) return 'model';
  if (type === 'person') {
    // a name the segmenter cut into common words (`严/a 跃进/v`), with a speech verb right after it: the model and the context agree
    if (isChineseName(s, false) && SPEAKS_AFTER.test(text.slice(end, end + 5))) return 'model';
    // a three-character Chinese name with a common surname the segmenter cut into words or read as another kind of
    // word (`周恩来/t`, `张/q 春秋/t`, `许家/m 印/v`): the model's reading holds (two-character ones do not: `管子`,
    // `张高` — measured on the corpus, the entity sets and People's Daily)
    if (s.length === 3 && (isChineseName(s, false) || (isChineseName(s.slice(0, 2), false) && GIVEN_END.test(s)))) return 'model';
    return null;
  }
  const words = alignedWords(tokens, start, end);
  // a span that cuts a word of the segmenter's (`际/公路` of `国际公路`) waits for nothing
  const waits = words > 0 ? MODEL_REPEATED : null;
  if (type === 'place') {
    if (NOT_PLACE_WORDS.test(s)) return null;
    // one dictionary word the model reads as a place (`硅谷/n`, `金门/n`), unless a body's head; several ending in a division (`石莲子/镇`)
    if (words === 1 && !KIND_HEAD.test(s)) return 'model';
    if (words > 1 && DIVISION_END.test(s)) return 'model';
    return null;
  }
  // one dictionary word the segmenter does not tag as a name (`路透社/n`) is a name unless a generic body's;
  // so are words ending in an organization head (`铁道/部`, `中华/医学/会`)
  // `上交所/j`, `港交所` are names; an untagged `某某局` is an office's kind (`税务局/n`)
  if (GENERIC_LOCAL.test(s)) return null;
  // an adjective alone (`健康、平安、好运`) names a body only where the article reads it so again (`平安` of Ping An's news)
  if (words === 1 && tokens.some((t) => t.start === start && t.end === end && ADJECTIVE_TAGS.has(t.tag))) return MODEL_REPEATED;
  if (words === 1 || (words > 1 && (suffixIn(s, ORG_SUFFIXES) !== null || MODEL_ORG_END.test(s)) && !KIND_HEAD.test(s))) return 'model';
  return KIND_HEAD.test(s) || UNIT_END.test(s) ? null : waits;
}

/**
 * How often the article reads each waiting name (rule `model-repeated`) as each type: one kept where
 * it reads the same name as the same type at least twice (`胖东来` read as a company in many paragraphs;
 * `waiting.ts` keeps or drops it). Only the waiting names are counted, by their own strings: `at` are
 * the indices of mentions that may wait, and each mention is then counted with {@link countReading}.
 */
export function repeatCounts(mentions: readonly EntityMention[], at: readonly number[]): Map<string, Record<EntityType, number>> {
  const counts = new Map<string, Record<EntityType, number>>();
  for (const i of at) if (WAITS.has(mentions[i].rule)) counts.set(mentions[i].text, { person: 0, place: 0, organization: 0 });
  return counts;
}

/** Counts mention `m`'s reading in `counts` ({@link repeatCounts}) when its name waits. */
export function countReading(counts: Map<string, Record<EntityType, number>>, m: EntityMention): void {
  const n = counts.get(m.text);
  if (n) n[m.type]++;
}
