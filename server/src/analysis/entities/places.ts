import type { EntityMention, Token } from '../types';
import { CITY_SHORT, COMMON_WORDS, COUNTRIES, COUNTY_PARENTS, FOREIGN_PLACES, LEXICON_PREFIXES, ORGANIZATIONS, PLACES, PLACE_PREFIXES, PLACE_SHORT, PLACE_SUFFIXES, WordSet } from './builtins';
import { isHan, isTranslit, isTranslitWith, spanOf, tokenEndingAt, type Candidate } from './shared';

/** Single-character abbreviations of countries and provinces: compounds of them (`中美`, `京津冀`) are not entities. */
const ABBREVIATIONS: ReadonlySet<string> = new WordSet('中美俄日韩朝英法德意澳加印巴越台港欧非亚苏以伊叙埃土泰菲新蒙沙京沪津渝粤闽浙皖鲁豫鄂湘赣川蜀黔滇陕甘青宁藏疆桂琼晋冀辽吉黑两'.split(''));
/** Tags under which a short division name (`邯郸`) is accepted: the segmenter did not read it as a common word. */
const SHORT_OK: ReadonlySet<string> = new WordSet(['ns', 'x', 'nr', 'nrt']);
/** Suffixes of places below county level; such a name keeps the divisions before it (`武汉市东西湖区径河街道`). */
const LOCAL_SUFFIXES: ReadonlySet<string> = new WordSet(['街道', '镇', '乡', '村', '社区']);
/** Ends of place names (`武当山`, `台湾海峡`, `太平洋`); a two-character word needs a specific first character (`长江`, not `江湖`). */
const PLACE_END = /[省市县区州岛湾海洋峡河江湖山港洲城镇乡村岭峰关门口]$/;
const GENERIC_PLACE_CHARS: ReadonlySet<string> = new WordSet('海山河江湖城岛港水地大小上下内外'.split(''));
/** Two-character regions named by direction: `华北`, `东北`, `西部`. */
const DIRECTIONAL_REGION = /^[东西南北华][东西南北中部]$/;
/** Characters of grammar words, never in a place name the dictionary tags `ns` (`之日起`, `波及`). */
export const FUNCTION_CHARS = /[之起及的了着过令把被让给很都也还就才]/;
/** Seats of government: organizations, not places (`五角大楼`, `克宫`). */
export const SEAT = /^(?:[\u4e00-\u9fff]{2,}大楼|[\u4e00-\u9fff]宫)$/;
/** Common words nodejieba's dictionary tags `ns` (checked against its dictionary, not against any corpus). */
const NOT_PLACES: ReadonlySet<string> = new WordSet('长河 东西 美丽 南北 东南西北 海洋 城市 山区 山水 江湖 大桥 海关 城镇 朝廷 英雄 城中村 地球村'.split(' '));
/** The people of a place, which the dictionary tags `ns` whole (`香港市民`, `台湾同胞`): no place. */
const PEOPLE_OF_PLACE = /(?:市民|居民|人民|民众|同胞|乡亲|群众)$/;
/** Currencies a country's name opens (`印度卢比`, `挪威克朗`, `瑞士法郎`): the country inside is no place mention. */
export const CURRENCIES = '卢比|林吉特|卢布|比索|里拉|兰特|雷亚尔|泰铢|第纳尔|迪拉姆|里亚尔|格里夫纳|法郎|克朗';
/**
 * What the dictionary writes after a country or division inside one `ns` word that makes the word no
 * place's name: a currency (`印度卢比`, `马来西亚林吉特`), a kind of country (`中东国家`, `欧美国家`), a
 * base (`美军基地`), an event or trade (`香港回归`, `美国进口`), a street scene or a transit system
 * (`北京街头`, `北京地铁`), `化` (`日本化`). The place inside is read by the other rules where it stands alone.
 */
const NOT_PLACE_REST = new RegExp(`^(?:${CURRENCIES}|国家|基地|回归|进口|出口|街头|地铁|化)$`);
const REGION = /^(?:[东西南北][亚欧非美]|[亚欧非美印拉澳][太亚欧非美]|中东)$/;
/** Two countries or blocs abbreviated (`美欧`, `欧美`, `美澳`): a compound, not a region, by the guideline; `非美` is `non-US` (`非美货币`). */
const COUNTRY_PAIR = /^(?:美欧|欧美|[美澳印][美澳印]|非美)$/;

/** True when `word` is made only of abbreviation characters: `中美`, `两岸`. */
export function isAbbreviationCompound(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) if (!ABBREVIATIONS.has(word.charAt(i))) return false;
  return true;
}

/**
 * Lexicon places and international organizations whose span starts and ends on token boundaries,
 * longest first, even across tokens (`罗马/ns 尼亚/x` → `罗马尼亚`): `在柬埔寨见了一面` → `柬埔寨`.
 */
export function findLexiconEntries(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most tokens start with a character no lexicon entry starts with: one lookup skips them.
    const lengths = LEXICON_PREFIXES.at(text, t.start);
    const c = lengths ? lexiconEntryAt(text, tokens, i, lengths) : null;
    if (c) out.push(c);
    // a county's short name is often a common word too (`大关`, `友谊`, `江山`): the model judges it (`modelFusion.ts`),
    // unless its own province or city comes right before it (`上海嘉定`, `黑龙江明水人`)
    if (isShortPlace(t)) out.push(spanOf(tokens, i, i, 'place', CITY_SHORT.has(t.word) ? 'lexicon-short' : afterParent(tokens, i) ? 'lexicon-county-in-parent' : 'lexicon-county-short', 3));
    const p = placePrefix(t.word);
    if (p) out.push({ start: t.start, end: t.start + p, type: 'place', rule: 'lexicon-prefix', priority: 1 });
  }
  return out;
}

/** Token `i`, a county's short form, comes right after its province's or city's name (`上海/嘉定`, `湖北/竹山`). */
function afterParent(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.end === tokens[i].start && COUNTY_PARENTS.get(tokens[i].word)?.has(before.word) === true;
}

/** `和` and a kind of division its alternatives follow in brackets (`人民检察院和县（市、区）`): no county `和县`. */
const KINDS_LISTED = /^[和与及或][省市县区州][（(]/;
/** The longest lexicon entry starting at token `i` and ending on a token boundary, if any. */
function lexiconEntryAt(text: string, tokens: Token[], i: number, lengths: readonly number[]): Candidate | null {
  const start = tokens[i].start;
  for (const n of lengths) {
    const j = tokenEndingAt(tokens, i, start + n);
    // a body of states the segmenter glued to its members (`东盟国家/n`, `北约成员国`): the body
    if (j < 0 && /^(?:国家|成员国|各国)$/.test(text.slice(start + n, tokens[i].end)) && ORGANIZATIONS.has(text.slice(start, start + n))) return { start, end: start + n, type: 'organization', rule: 'lexicon', priority: 3 };
    if (j < 0) continue;
    const w = text.slice(start, start + n);
    if (PLACES.has(w) && !KINDS_LISTED.test(text.slice(start, start + n + 1))) return spanOf(tokens, i, j, 'place', 'lexicon', 3);
    if (ORGANIZATIONS.has(w)) return spanOf(tokens, i, j, 'organization', 'lexicon', 3);
  }
  return null;
}


/** A short division name the segmenter reads as a place (`邯郸/ns`), or a city's short name whatever its tag (`合肥/n`). */
export function isShortPlace(t: Token): boolean {
  return t.word.length >= 2 && PLACE_SHORT.has(t.word) && (SHORT_OK.has(t.tag) || CITY_SHORT.has(t.word));
}

/** Length of a country or division name opening a longer word (`中国政府`, `法国人`), or 0. */
function placePrefix(word: string): number {
  if (word.length < 3) return 0;
  const lengths = PLACE_PREFIXES.at(word);
  if (lengths) for (const n of lengths) if (n < word.length && PLACES.has(word.slice(0, n))) return n;
  return 0;
}

/**
 * A common word the dictionary knows as no noun ({@link COMMON_WORDS}: `马放南山`, `上市`), which names no place unless the
 * place lexicons hold it.
 */
export const isCommonWord = (w: string): boolean => COMMON_WORDS.has(w) && !PLACES.has(w) && !PLACE_SHORT.has(w);

/** True for a segmenter `ns` token that names a place (not `中美`, `两国`, `王国`). */
export function isTaggedPlace(t: Token): boolean {
  const w = t.word;
  if (t.tag !== 'ns' || w.length < 2 || !isHan(w) || isAbbreviationCompound(w) || NOT_PLACES.has(w) || PEOPLE_OF_PLACE.test(w)) return false;
  if (w.length >= 3 && placeThenNoun(w)) return false;
  if (PLACES.has(w) || PLACE_SHORT.has(w)) return true;
  if (isCommonWord(w)) return false;
  if (/(?:[独国约]|主义)$/.test(w) || SEAT.test(w) || FUNCTION_CHARS.test(w)) return false;
  if (w.length >= 3) return true;
  if (PLACE_END.test(w)) return !GENERIC_PLACE_CHARS.has(w.charAt(0));
  return isTranslit(w) || DIRECTIONAL_REGION.test(w);
}

/** A place or a nationality's short form (`美军` of `美军基地`) opening the word, and {@link NOT_PLACE_REST} after it. */
function placeThenNoun(w: string): boolean {
  for (let n = w.length - 1; n >= 2; n--) if (NOT_PLACE_REST.test(w.slice(n))) return PLACES.has(w.slice(0, n)) || PLACE_SHORT.has(w.slice(0, n)) || REGION.test(w.slice(0, n)) || COUNTRY_PAIR.test(w.slice(0, n)) || /军$/.test(w.slice(0, n));
  return false;
}

/** `东北地区` → `东北`: the generic `地区` is not part of the name. */
function withoutArea(c: Candidate, word: string): Candidate {
  if (word.length >= 4 && word.endsWith('地区')) c.end -= 2;
  return c;
}

/** Macro-region compounds: `亚太`, `印太`, `北美`, `中东` (never `中美`). */
export function isRegion(word: string): boolean {
  return word.length === 2 && REGION.test(word) && !COUNTRY_PAIR.test(word);
}

/** Money named after a country or by a name (`印度卢比`, `比特/币`): no place. {@link CURRENCIES} and the money named whole. */
export const CURRENCY = new RegExp(`(?:${CURRENCIES}|英镑|日元|韩元|美元|欧元|越南盾|新台币|港元|港币|澳元|加元)$`);
const isMoney = (t: Token, next: Token | undefined): boolean => CURRENCY.test(t.word) || (!!next && next.word.charAt(0) === '币');

/**
 * A foreign state the dictionary knows, a transliterated name and `州` (`德克萨斯州/ns`, `内布拉斯加州/ns`): a place
 * whatever the model reads around it (`德克萨斯州奥斯汀`, where it reads the city alone), not a tag to be confirmed.
 */
const isForeignState = (w: string): boolean => isTranslitWith(w, '州');
/** After a place's name, a thing named after it: a breed, a fruit, an event (`阿拉斯加犬`, `夏威夷果`, `慕尼黑安全会议`, `车展`). */
const NAMED_AFTER = /^(?:[犬猫果]|安全会议|车展|论坛|峰会|电影节|马拉松)/;
/** The words of tokens from `i` on, a few of them (what follows a token). */
const wordsFrom = (tokens: readonly Token[], i: number): string => (tokens[i]?.word ?? '') + (tokens[i + 1]?.word ?? '');
/** The rule of an `ns` token: a foreign state or a foreign place two dictionaries agree on stands alone; any other waits for the model. */
const taggedPlaceRule = (w: string): string => (isForeignState(w) ? 'foreign-state' : FOREIGN_PLACES.has(w) ? 'lexicon-foreign-place' : 'jieba-ns');

/**
 * A preposition, a verb of motion, an adverb or a demonstrative in an unknown word before a place's suffix: the segmenter
 * glued it from the sentence (`人来/x 港`, `开至/x 县`, `梁在/x 村`, `由皮口/x 街道`, `仅大瑶/x 镇`, `住进/x 机场`, `这颗/x 高原`,
 * `行赴/x 港`), so the word names no place.
 */
const GLUED_WORDS = /[在至到往来去从向于的了着过把被让给由即仅登住抵赴这那]/;
/** Suffixes that after a place's own name say what kind of thing is there, not name one: `约旦/基地`, `非洲/社区`, `东京/街道`. */
const KIND_SUFFIXES: ReadonlySet<string> = new Set(['基地', '社区', '街道']);
const kindAfterPlace = (t: Token, s: Token): boolean => KIND_SUFFIXES.has(s.word) && (PLACES.has(t.word) || COUNTRIES.has(t.word));

const isPlaceToken = (t: Token): boolean => PLACES.has(t.word) || isTaggedPlace(t) || isShortPlace(t);

/**
 * Places from tags and shapes: `ns` tokens, regions (`亚太`), a name right after a country
 * (`美国夏威夷`), a name + place suffix (`阿拉斯加州`, `径河街道`, grown over the divisions before it).
 */
export function findPlaces(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isMoney(t, tokens[i + 1])) continue;
    if (isTaggedPlace(t) && !isAdjective(tokens[i + 1])) out.push(withoutArea(spanOf(tokens, i, i, 'place', taggedPlaceRule(t.word), 2), t.word));
    else if (isRegion(t.word)) out.push(spanOf(tokens, i, i, 'place', 'region', 2));
    // a foreign place the segmenter misreads as a person (`慕尼黑/nr`, `波士顿/nr`), which HanLP knows only as a place; not
    // a thing named after it (`阿拉斯加犬`, `夏威夷果`, `慕尼黑安全会议`: the read sets list no place in an event's name)
    else if (FOREIGN_PLACES.has(t.word) && t.tag.startsWith('nr') && !NAMED_AFTER.test(wordsFrom(tokens, i + 1))) out.push(spanOf(tokens, i, i, 'place', 'lexicon-foreign-place', 3));
    else if (isNameTagged(t) && (isDateline(tokens, i) || afterMotion(tokens, i))) out.push(spanOf(tokens, i, i, 'place', 'place-cue', 3));
    else if (isNameTagged(t) && afterIn(tokens, i)) out.push(spanOf(tokens, i, i, 'place', 'place-after-in', 3));
    else if (i > 0 && COUNTRIES.has(tokens[i - 1].word) && isInCountry(t, tokens[i + 1]))
      out.push(spanOf(tokens, i, i, 'place', 'place-in-country', 2));
    const s = tokens[i + 1];
    if (s && PLACE_SUFFIXES.has(s.word) && !kindAfterPlace(t, s) && (isPlaceToken(t) || isForeignName(t) || (t.tag === 'x' && isHan(t.word) && t.word.length >= 2 && !GLUED_WORDS.test(t.word)))) {
      let from = i;
      if (LOCAL_SUFFIXES.has(s.word)) while (from > 0 && isPlaceToken(tokens[from - 1])) from--;
      out.push(spanOf(tokens, from, i + 1, 'place', 'place-suffix', 2));
    }
  }
  return out;
}

/** A dictionary-tagged or unknown token that reads as a transliterated name: `夏威夷/nr`, `罗森/x`. */
function isForeignName(t: Token): boolean {
  return (t.tag === 'nr' || t.tag === 'nrt' || t.tag === 'x') && t.word.length >= 2 && isTranslit(t.word);
}

/** An `nr`/`x` token of two to four ideographs right after a country is a place in it (`美国夏威夷`). */
function isNameTagged(t: Token): boolean {
  return (t.tag === 'nr' || t.tag === 'nrt' || (t.tag === 'x' && isTranslit(t.word))) && t.word.length >= 2 && t.word.length <= 4 && isHan(t.word);
}

/**
 * `美国/ns 夏威夷/nr` (after a country): a transliterated name, not a modifier of a noun after it
 * (`日本雅马哈数字…`, `英国汉巴大桥`) nor weather (`东京多云`).
 */
function isInCountry(t: Token, next: Token | undefined): boolean {
  if (!isNameTagged(t) || !isTranslit(t.word) || isNameContinuation(next) || isAdjective(next)) return false;
  return !next || !/^(?:n|nz|ng|vn|nr|nrt|ns|nt|j)$/.test(next.tag);
}

/** `新华社莫斯科4月28日电`, `本报巴黎5月25日电`: the place of a dateline. */
function isDateline(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1], n = tokens[i + 1];
  return !!p && !!n && /^(?:新华社|本报|中新社|电)$/.test(p.word) && /^[0-9０-９一二三四五六七八九十]/.test(n.word);
}

/** After a name, a place it owns (`前往普拉博沃位于南雅加达的私人住宅`, `来到张伟家中`): the name is its owner's. */
export const OWNER_OF_PLACE = /^(?:位于|家|住所|住处|寓所|官邸|办公室)/;

/** `抵达开罗`, `前往基辅`: a verb of motion before a name makes it a destination. */
function afterMotion(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1], n = tokens[i + 1];
  // not the owner of the place gone to (`前往普拉博沃位于南雅加达的私人住宅`, `来到张伟家`)
  if (n && OWNER_OF_PLACE.test(n.word)) return false;
  return !!p && /^(?:抵达|前往|飞抵|到达|途经|逃往|访问|来到|位于|飞往|赶赴|赴|抵)$/.test(p.word);
}

/**
 * `在基辅`, `于敖德萨`: a transliterated name after `在`/`于` reads as a place, but weakly (rule
 * `place-after-in`, which grouping weighs like one model reading, not like a context rule, and which stands only
 * where the model reads a name there too: `modelFusion.ts`): `在马斯克2017年生日时`, `在拜登目前的任期` are people, and one
 * such phrase must not retype the rest of an article; `在拜托友人`, `在登基仪式上` hold no name at all.
 */
function afterIn(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1], n = tokens[i + 1];
  return !!p && (p.word === '在' || p.word === '于') && isTranslit(tokens[i].word) && !!n && !NOT_PLACE_AFTER_IN.test(n.word) && !PERSON_TITLE.test(n.word);
}
/** Titles only a person holds (`在拜登总统领导下`: the person), not a place's too (`市长`, `州长`, `大使`: `在伦敦市长……`). */
const PERSON_TITLE = /^(?:副?总统|副?总理|首相|副?主席|国务卿|[参众]?议员|议长|副?教授|将军|[上中少]将|国王|王子|公主|女王|王储|先生|女士|夫人|博士|元首|总书记)$/;
/** Words after `在X` that make X someone's (`在拜登看来`, `在特朗普任内`, `在马斯克的…`), not a place. */
const NOT_PLACE_AFTER_IN = /^(?:看来|眼里|眼中|心中|身上|手中|面前|的|和|与|等|说|表示|看|政府|当局|任内|任期|执政|时期|上台|任职)$/;

/** A place name used as an adjective: `伊斯兰/ns 国`, `伊斯兰/ns 主义者`. */
export function isAdjective(next: Token | undefined): boolean {
  return !!next && /^(?:国|主义|主义者|教|教徒|人|族)$/.test(next.word);
}

function isNameContinuation(t: Token | undefined): boolean {
  return !!t && (t.word === '·' || isForeignName(t));
}

/** Levels of administrative divisions by the suffix a name ends in; a city (`市`) is a prefecture or a county-level city. */
const DIVISION_LEVEL: readonly [RegExp, number][] = [
  [/(?:省|自治区|特别行政区)$/, 1], [/(?:村|社区)$/, 5], [/(?:自治州|州|地区|盟)$/, 2], [/市$/, 2], [/(?:县|区|旗)$/, 3], [/(?:街道|镇|乡)$/, 4],
];
/**
 * A Chinese division's level by its suffix, 0 for anything else: a short form ending like a suffix
 * (`贵州`, `广州`: `贵州茅台镇` is a region and a town, kept apart) and a foreign state (`得克萨斯州`) are none.
 */
function divisionLevel(name: string): number {
  const level = DIVISION_LEVEL.find(([re]) => re.test(name))?.[1] ?? 0;
  if (level !== 2 || !name.endsWith('州') || name.endsWith('自治州')) return level;
  return PLACE_SHORT.has(name) || CITY_SHORT.has(name) || isTranslit(name.slice(0, -1)) ? 0 : level;
}

/**
 * A place written in full administrative form is one place, as the guideline takes the longest span:
 * `江苏省` + `盐城市` + `射阳县` → `江苏省盐城市射阳县`, `长沙市长沙县`. Parts must run back to back, each
 * with its level's suffix, from the larger division down, one of them a division of the lexicon (a foreign
 * state and its county stay apart: `得克萨斯州`, `哈里斯县`).
 * A region written without its suffix stays apart (`湖北武汉市`: `湖北`, `武汉市`), as do the user's entries.
 */
export function joinDivisionChains(text: string, mentions: EntityMention[]): EntityMention[] {
  if (!mentions.some((m, i) => i > 0 && m.start === mentions[i - 1].end && m.type === 'place')) return mentions;
  const out: EntityMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let j = i, level = chainLevel(mentions[i]), cityInCity = false, known = PLACES.has(mentions[i].text);
    while (level > 0 && j + 1 < mentions.length && mentions[j + 1].start === mentions[j].end) {
      const next = chainLevel(mentions[j + 1]);
      // a city after a city is a county-level one, once, under a named province (`吉林省松原市扶余市`, not `北京市上海市`)
      const sub: boolean = next === level && next === 2 && !cityInCity && mentions[j + 1].text.endsWith('市') && chainLevel(mentions[i]) === 1;
      if (next === 0 || next < level || (next === level && !sub)) break;
      cityInCity ||= sub;
      known ||= PLACES.has(mentions[j + 1].text);
      level = next;
      j++;
    }
    // a Chinese chain: one of its parts a division of the lexicon (not `得克萨斯州` + `哈里斯县`)
    if (j === i || !known) { out.push(mentions[i]); continue; }
    const start = mentions[i].start, end = mentions[j].end;
    out.push({ start, end, text: text.slice(start, end), type: 'place', rule: 'division-chain' });
    i = j;
  }
  return out;
}

/** The division level of a place mention the rules or the model found, 0 for any other mention. */
const chainLevel = (m: EntityMention): number => (m.type === 'place' && m.rule !== 'user-lexicon' ? divisionLevel(m.text) : 0);
