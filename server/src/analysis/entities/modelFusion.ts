import type { EntityMention, EntityType, Token } from '../types';
import { findModelMentions, type EntityModel, type ModelMention } from './model';
import { NOT_NAMES, isChineseName, isTranslit } from './shared';
import { CITY_SHORT, PLACES, PLACE_SHORT } from './builtins';
import { LATIN_TITLE } from './latinNames';
import { GLUED_BEFORE, personAtPlaceOf, withSurnameBefore, withUnknownLast, withoutGluedHead, withoutGluedTail, withoutWordTail } from './modelPersonSpans';
import { MODEL_REPEATED, modelEvidence } from './modelEvidence';
import { cutAddresses } from './addresses';
import { isProduct } from './products';
import { CURRENCY, isCommonWord } from './places';
import { bodyBeforeTitle, objectAfterVerb } from './organizations';
import { GENERIC_BODIES, isGenericBody, knownNameAtEnd, ownBounds, siteParts, spaceParts } from './modelBodySpans';

/** Brackets, quote marks and list punctuation never belong inside a name (`（CNN`, `“特斯拉`). */
const PUNCT = /[（）()“”"「」《》【】、，,：:；;。！？]/;
/** Two or three one-character abbreviations in a row (`中美`, `美欧`, `两岸`): not a place by the guideline. */
const ABBREVIATIONS = /^[中美俄日韩朝英法德欧印澳菲越台港陆两泰蒙巴以伊]{2,3}$/;
/** Rules more precise than the model: lexicon lists, dotted names, media patterns, the user's own entries. */
const PRECISE = new Set(['user-lexicon', 'lexicon', 'lexicon-company', 'lexicon-outlet', 'lexicon-short', 'lexicon-prefix', 'dotted-name', 'media-byline', 'media-source', 'media-title', 'quoted-organization', 'party-congress', 'latin-name', 'latin-given-name', 'withheld-name', 'media-cue', 'credit-name', 'pseudonym', 'handle', 'title-name-verb', 'registered-name', 'withheld-name-given', 'addressed-surname', 'royal-name', 'airline']);

/** Latin letters, digits and spaces only: `Ben`, `Musk` (glosses in brackets after a name the text gives in Chinese). */
const LATIN = /^[A-Za-z0-9 .'-]+$/;
const LATIN_LETTER = /[A-Za-z]/;

/** Bodies a kind names alone where the country is known (`央行表示`: the People's Bank), generic after a quantifier. */
const KINDS_NAMING_ONE: ReadonlySet<string> = new Set(['央行', '中央银行']);
/** Words that make a kind many bodies: `全球央行`, `许多央行`, `各国央行`. */
const QUANTIFIER = /(?:全球|世界各国|各国|多国|许多|很多|一些|部分|多家|各家|其他|其它|不少|所有|主要|这些|众多|多数)$/;
/** `全球央行购金`: a kind that names one body alone, quantified here: a generic noun, no mention. */
const quantifiedKind = (text: string, start: number, s: string, type: EntityType): boolean =>
  type === 'organization' && KINDS_NAMING_ONE.has(s) && QUANTIFIER.test(text.slice(Math.max(0, start - 4), start));

interface Span { start: number; end: number }
/**
 * Spans whose bounds the text sets, which no model span outgrows: the items of a credit line (`来源：潇湘晨报综合新华社、央视网`,
 * its layout) and a name marked `（化名）` (`女方小丽（化名）`: `小丽`, not `方小丽`).
 */
const CREDITS: ReadonlySet<string> = new Set(['media-source', 'credit-name', 'pseudonym']);
/**
 * A market report's times, trading sessions, London Metal Exchange contracts and runs (`日内涨超1.2%`, `在亚市早盘`, `伦锡回落`,
 * `伦铜伦锌止住四连跌`): no name of anything.
 */
const MARKET_WORDS = /^(?:日内|盘中|早盘|午盘|尾盘|盘前|盘后|亚市|欧市|美市|伦[铜铝锌镍锡铅][\u4e00-\u9fff]?|[二三四五六七八九十]连)$/;
/**
 * Rules whose only evidence is a word's shape or the segmenter's dictionary tag (`大城市/ns`, `牟利/nr`,
 * `白虾` surname + character, a bare `司令部`): kept only where the model reads a name too.
 */
const UNSURE_RULES: ReadonlySet<string> = new Set(['org-grown', 'lexicon-county-short', 'jieba-ns', 'jieba-nr', 'jieba-nrt', 'jieba-nrfg', 'jieba-nt', 'surname-name', 'org-head', 'translit-name']);
/**
 * `在`/`于` before a transliteration or a word tagged a name (`在拉法`; but `在拜托友人`, `在登基仪式上`, `在黎明时分`):
 * kept only where the model reads a name there, of whatever type (grouping then weighs the two readings: `place-after-in`
 * counts like one model reading, so `在塔尔卡接受提审` stays a place the model took for a person).
 */
const WEAK_CONTEXT: ReadonlySet<string> = new Set(['place-after-in']);
/**
 * Names the rules read from the words around them (`助理马克`, `马克说`, `官网表示`): the model judges
 * them, but for a foreign name the segmenter's dictionary knows (`马克/nr`, transliteration characters
 * only). Its `nr` tag alone is no evidence: it tags `富豪`, `顾客` and `王妈妈` so too.
 */
const CONTEXT_RULES: ReadonlySet<string> = new Set(['title-name', 'name-verb', 'name-title']);
const PERSON_TAGS: ReadonlySet<string> = new Set(['nr', 'nrfg', 'nrt']);
const isUnsure = (r: EntityMention, tokens: readonly Token[]): boolean =>
  UNSURE_RULES.has(r.rule) || (CONTEXT_RULES.has(r.rule) && !(isTranslit(r.text) && tokens.some((t) => t.start === r.start && t.end === r.end && PERSON_TAGS.has(t.tag))) && !unknownChineseName(r, tokens));
/**
 * `全红婵说`: a word the segmenter does not know (`x`), shaped like a Chinese name, that the context makes a
 * person: the model's silence is no evidence against it (the gate is for dictionary words, `官网表示`).
 */
const unknownChineseName = (r: EntityMention, tokens: readonly Token[]): boolean =>
  (r.rule === 'name-verb' || r.rule === 'title-name') && r.end - r.start === 3 && !GLUED_BEFORE.test(r.text.charAt(0)) && isChineseName(r.text, true) && tokens.some((t) => t.start === r.start && t.end === r.end && t.tag === 'x');
/** The model reads a paragraph only when it holds ideographs (`addModelMentions` and the read-ahead in `article.ts`). */
export const hasHan = (text: string): boolean => /[\u3400-\u9fff]/.test(text);
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * The rules' mentions of one paragraph fused with the model's: `据路透社报道` (no rule) → `路透社`
 * organization, rule `model`. Model spans are cleaned first ({@link cleanSpan}); user-lexicon entries
 * and `none` words always win. `spans`: the model's spans of this text and tokens if already found;
 * `pending` receives the spans only a name's shape supports (rule `model-repeated`), for the caller to
 * put where nothing else was found.
 */
export function addModelMentions(text: string, tokens: readonly Token[], rules: EntityMention[], model: EntityModel, suppressed: readonly Span[], spans?: ModelMention[], pending?: EntityMention[]): EntityMention[] {
  if (!hasHan(text)) return rules;
  const found: EntityMention[] = [];
  const cut = cutAddresses(text, splitSpans(text, joinTranslit(text, spans ?? findModelMentions(model, text, tokens), tokens)), rules);
  const read = cut.read;
  rules = cut.rules;
  for (const m of read) {
    const c = cleanSpan(text, m.start, m.end, m.type, tokens);
    if (!c || suppressed.some((s) => overlaps(s, c))) continue;
    // a name by its shape alone waits for a second reading in its article (`modelEvidence.ts`)
    if (c.rule === MODEL_REPEATED) pending?.push(c);
    else found.push(c);
  }
  // measured on all splits and People's Daily: the model, reading the sentence, is the better judge
  // of a word the rules take for a name by its dictionary tag or shape alone
  // (and where the model reads the same span as another type, its type: `军事专家张军社`, `张军社/nt` a person)
  const modelReads = (r: EntityMention): boolean => read.some((m) => overlaps(m, r));
  rules = rules.filter((r) => (!isUnsure(r, tokens) || (modelReads(r) && !isGenericBody(r) && !read.some((m) => m.start === r.start && m.end === r.end && m.type !== r.type))) && (!WEAK_CONTEXT.has(r.rule) || modelReads(r)));
  if (found.length === 0) return rules;
  // precise rules first (unless a longer model span holds one: `美国有线电视新闻网` over `美国`), then
  // the model, then the other rules where neither found anything (measured on the look split: the
  // model reads transliterated places and outlets that the name rules take for people)
  const firm = rules.filter((r) => (PRECISE.has(r.rule) && !crossedShortForm(r, found)) || (found.some((m) => holdsAgainst(r, m)) && !grownOverPerson(r, found)));
  const kept = found.filter((m) => firm.every((r) => !overlaps(r, m) || (outgrows(m, r) && !tiled(text, m, rules) && !CREDITS.has(r.rule))));
  const base = [...kept, ...firm.filter((r) => !kept.some((m) => overlaps(m, r)))];
  return [...base, ...rules.filter((r) => !base.some((b) => overlaps(b, r)))].sort((a, b) => a.start - b.start);
}

interface Typed extends Span { type: EntityType }

/**
 * Transliterated names the model cut, made whole: two person spans back to back (`加托` + `普洛斯`) are
 * one name, and a span ending or starting inside a segmenter word of transliteration characters takes
 * the rest of it (`阿夫迪耶` + `夫卡` of the word `耶夫卡` → `阿夫迪耶夫卡`).
 */
export function joinTranslit<T extends Typed>(text: string, spans: readonly T[], tokens: readonly Token[] = []): T[] {
  const out: T[] = [];
  for (const m of spans) {
    const last = out[out.length - 1];
    if (last && last.type === 'person' && m.type === 'person' && last.end === m.start && isTranslit(text.slice(last.start, m.end))) out[out.length - 1] = { ...last, end: m.end };
    else out.push({ ...m });
  }
  for (const m of out) {
    if (m.type === 'organization' || !isTranslit(text.slice(m.start, m.end))) continue;
    const after = tokens.find((t) => t.start < m.end && m.end < t.end);
    if (after && isTranslit(text.slice(m.end, after.end))) m.end = after.end;
    const before = tokens.find((t) => t.start < m.start && m.start < t.end);
    if (before && isTranslit(text.slice(before.start, m.start))) m.start = before.start;
  }
  return out;
}

/** What may follow a state inside one place name: a part of it (`得州地区`, `加州北部`), not a second place. */
const PART_OF_PLACE = /^(?:地区|全境|境内|[东西南北中]部|[东西][南北]部|北方|南方)/;

/**
 * The model's spans with the names it ran together split as the guideline lists them (`stateParts`, `latinTitleParts`,
 * `parentParts`, `spaceParts`, an unnamed site's place `siteParts`; one each); the array as given when none splits.
 */
function splitSpans<T extends Typed>(text: string, spans: T[]): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const m = spans[i];
    const parts = siteParts(text, m) ?? spaceParts(text, m) ?? stateParts(text, m) ?? latinTitleParts(text, m) ?? parentParts(text, m);
    if (parts) (out ??= spans.slice(0, i)).push(...parts);
    else out?.push(m);
  }
  return out ?? spans;
}

/**
 * A model place that names a state and then a place in it is two places, as the guideline lists them
 * (`科罗拉多州博尔德小镇` → `科罗拉多州`, `博尔德`; `加州山景城` → `加州`, `山景城`). A Chinese chain
 * split so (`凉山州金阳县`) is joined again as one (`joinDivisionChains`); a state's own division
 * (`广州市`, `贵州省`) is no split.
 */
function stateParts<T extends Typed>(text: string, m: T): T[] | null {
  if (m.type !== 'place' || m.end - m.start < 4) return null;
  const i = text.slice(m.start + 1, m.end - 2).indexOf('州');
  if (i < 0) return null;
  const at = m.start + 1 + i;
  if (/[市省县区府]/.test(text.charAt(at + 1)) || PART_OF_PLACE.test(text.slice(at + 1, m.end))) return null;
  // a Chinese city or province's short form is no state (`广州大学城`, `贵州茅台镇`)
  const state = text.slice(m.start, at + 1);
  if (PLACE_SHORT.has(state) || CITY_SHORT.has(state)) return null;
  const rest = text.slice(at + 1, m.end).replace(/小镇$/, '');
  return rest.length < 2 ? null : [{ ...m, end: at + 1 }, { ...m, start: at + 1, end: at + 1 + rest.length }];
}

/**
 * A model span of Latin words holding a title is a company and a person (`OpenAI CEO Sam Altman` →
 * `OpenAI` organization, `Sam Altman` person), not one name.
 */
function latinTitleParts<T extends Typed>(text: string, m: T): T[] | null {
  const t = m.end - m.start > 8 ? LATIN_TITLE.exec(text.slice(m.start, m.end)) : null;
  if (!t) return null;
  const head = { ...m, end: m.start + t.index, type: 'organization' as const };
  const name = { ...m, start: m.start + t.index + t[0].length, type: 'person' as const };
  return [head, name].filter((x) => x.end - x.start >= 2);
}

/** A body and a unit under it (`美国财政部下属委员会`). */
const UNDER = /(?:下属|旗下|所属|直属)/;

/**
 * A model organization that runs a parent body into a unit under it named by its kind alone is the
 * parent: `美国财政部下属委员会` → `美国财政部`. A unit with a name of its own keeps the whole
 * (`中国海警局直属第一局`).
 */
function parentParts<T extends Typed>(text: string, m: T): T[] | null {
  const u = m.type === 'organization' ? UNDER.exec(text.slice(m.start + 2, m.end)) : null;
  if (!u) return null;
  const cut = m.start + 2 + u.index;
  return GENERIC_BODIES.has(text.slice(cut + u[0].length, m.end)) ? [{ ...m, end: cut }] : null;
}

/**
 * A city's short form that a model name crosses (`部长沙波瓦洛夫`: `长沙` against `沙波瓦洛夫`) is two
 * characters read across a word boundary: the model's name wins.
 */
const crossedShortForm = (r: EntityMention, found: readonly Span[]): boolean =>
  r.rule === 'lexicon-short' && found.some((m) => overlaps(m, r) && (m.start > r.start || m.end < r.end) && (m.start < r.start || m.end > r.end) && m.end - m.start > r.end - r.start);

/** A longer model span holding a precise mention wins (`美国有线电视新闻网` over `美国`), never over the user's. */
const outgrows = (m: Span, r: EntityMention): boolean => r.rule !== 'user-lexicon' && m.start <= r.start && r.end <= m.end && m.end - m.start > r.end - r.start;

/**
 * Rule mentions cover the model span end to end (`美国夏威夷` = `美国` + `夏威夷`), the first a place or one
 * of them more than a dictionary tag, and the last no organization: a chain of names, kept apart.
 */
function tiled(text: string, m: Span, rules: readonly EntityMention[]): boolean {
  let at = m.start, sure = false, head = false, first: EntityMention | undefined, afterCountry = false;
  for (const r of rules) if (r.start === at && r.end <= m.end) { first ??= r; at = r.end; sure ||= !UNSURE_RULES.has(r.rule); head = r.type === 'organization'; afterCountry ||= r.rule === 'place-in-country'; }
  // a country that only begins a transliterated name (`马里` + `乌波尔` of `马里乌波尔`) makes no chain
  if (afterCountry && isTranslit(text.slice(m.start, m.end))) return false;
  // dictionary tags alone, the first no place (`伊尔/nrt` + `平河/ns`), are no evidence of a chain against
  // the model's one name, nor are parts ending in a body (`乌克兰` + `社会民主党`: one organization)
  return at === m.end && (sure || first?.type === 'place') && !head;
}

/**
 * A place or organization the rules found keeps its span and type against an overlapping model span
 * that shares one of its ends (`台湾海峡` against `航台湾海峡`, `五角大楼` organization against place);
 * a person does not (the name rules take transliterated places for people: `克里米亚`).
 */
const holdsAgainst = (r: EntityMention, m: Span): boolean => r.type !== 'person' && overlaps(r, m) && (r.start === m.start || r.end === m.end) && !(r.rule === 'org-grown' && r.start < m.start && m.end <= r.end);

/**
 * A name grown leftwards from an organization's head over a person and another name the model reads in
 * it is a sentence, not one body: `胡静林/获任/国家税务总局党委`, `李鹏辉是北京京民康投资管理有限公司` (the
 * model: a person, then the body), so the model's reading stands. A body named after a person
 * (`西蒙·弗雷泽大学`: the person, then the head alone) stays whole.
 */
const grownOverPerson = (r: EntityMention, found: readonly Typed[]): boolean =>
  r.rule === 'org-grown' && found.some((m) => m.type === 'person' && overlaps(m, r) && found.some((n) => n.start >= m.end && n.start < r.end));

/**
 * A people, not a place, when the model's place is no country or division of the lexicon nor shaped like
 * one: `犹太人`, `阿拉伯裔`, `普什图族` (not `宣汉人`, `中间组人`).
 */
const PEOPLE_AFTER = /[人裔族]/;

/** The first word of a title after a body's name (`东亚事务高级主任`, `首席执行官`). */
const TITLE_HEAD = /(?:高级|首席|资深|常务|执行)$/;
/** A ticker (`杜邦（DD）`) or a board's count of limit-ups (`维海德（创业板7板）`) after a name, or `旗下` before it: a company's. */
const TICKER_AFTER = /^[（(](?:[A-Z]{2,5}(?:\.[A-Z]{1,2})?|(?:创业板|科创板|主板|北交所)?[0-9一二三四五六七八九十]+板)[）)]/;
const listedCompany = (text: string, start: number, end: number): boolean =>
  TICKER_AFTER.test(text.slice(end, end + 12)) || text.slice(Math.max(0, start - 2), start) === '旗下';

/** A model span with punctuation cut off its edges, or null when what is left is no name by the guideline. */
function cleanSpan(text: string, start: number, end: number, type: EntityType, tokens: readonly Token[]): EntityMention | null {
  const cut = text.slice(start, end).search(PUNCT);
  if (cut === 0) {
    while (start < end && PUNCT.test(text.charAt(start))) start++;
    const again = text.slice(start, end).search(PUNCT);
    if (again > 0) end = start + again;
  } else if (cut > 0) end = start + cut;
  if (text.charAt(start) === '指' && /[（(]/.test(text.charAt(start - 1))) start++; // `（指虎头局、墨茉）`: the verb "meaning"
  if (type === 'organization' && personAtPlaceOf(text, start, end)) [type, end] = ['person', end - 1];
  if (type === 'organization') start = knownNameAtEnd(text, tokens, start, end); // `综合/央视新闻`, `京东/东方甄选`
  const own = ownBounds(text, tokens, start, end, type); // `民警处获悉`: no office; `五周里`: a count
  if (!own) return null;
  ({ end, type } = own);
  if (type === 'person' && hasHan(text.slice(start, end)) && listedCompany(text, start, end)) type = 'organization';
  if (type === 'person') {
    end = withUnknownLast(text, tokens, start, withoutGluedTail(text, start, end));
    start = withSurnameBefore(text, tokens, withoutWordTail(text, tokens, withoutGluedHead(text, start, end), end), end);
  } else if (type === 'organization') {
    // a preposition the segmenter glued to the word before (`日致/x 参议院`), a title's first word after (`白宫…高级/主任`)
    if (GLUED_BEFORE.test(text.charAt(start)) && tokens.some((t) => t.start < start && t.end === start + 1)) start++;
    const tail = TITLE_HEAD.exec(text.slice(start, end));
    if (tail) end -= tail[0].length;
    // a person's title ending it: the body before it (`万山区委常委` → `万山区委`), none when no body's suffix stands there (`立委`)
    const body = bodyBeforeTitle(text.slice(start, end));
    if (body === 0) return null;
    if (body !== undefined) end = start + body;
    const object = objectAfterVerb(tokens, start, end); // `旧金山市监督X公司` → `X公司`
    if (object > start) start = object;
  }
  // a span never starts or ends inside a Latin word (`Grayscale Bitcoin Trust`, not `e Bitcoin Trust`)
  while (start > 0 && start < end && LATIN_LETTER.test(text.charAt(start - 1)) && LATIN_LETTER.test(text.charAt(start))) start--;
  while (end < text.length && end > start && LATIN_LETTER.test(text.charAt(end - 1)) && LATIN_LETTER.test(text.charAt(end))) end++;
  if (end - start < 2) return null;
  const s = text.slice(start, end);
  // money named after its country is none (`印度卢比`), as is a people (`犹太人`) where the place is no division
  // a common word the dictionary knows as no noun (`马放南山`, `上市`) names no place either, a place of the lexicons aside
  if (type !== 'person' && ABBREVIATIONS.test(s)) return null; // `中美`, `菲美`: countries' abbreviations in a compound
  if (type === 'place' && (isCommonWord(s) || CURRENCY.test(s) || text.charAt(end) === '币' || (PEOPLE_AFTER.test(text.charAt(end)) && !PLACES.has(s) && !PLACE_SHORT.has(s) && !/[省市县区州镇乡村组]$/.test(s)))) return null;
  // a person's name is written in one script (a gloss in another stands in brackets): `Google One 高级` is none;
  // a single Latin letter is an initial or a nickname's (`安德鲁·M·尼贝尔`, `C罗`)
  if (type === 'person' && (LATIN.test(s) || NOT_NAMES.has(s) || (/[A-Za-z]{2}/.test(s) && /[\u4e00-\u9fff]/.test(s)))) return null;
  // a Latin name never ends in a function word (`Port of` is a name cut short), nor opens with a lowercase one
  // (`to B`), and one of several words has a capital somewhere (`one by one` is a phrase; `temu`, `xAI` stay)
  if (/[A-Za-z]\s+(?:of|for|the|and|de|du|von|van)$/i.test(s)) return null;
  if (LATIN.test(s) && (/^(?:to|of|for|by|the|and|in|on|at|with|from|an?)\s/.test(s) || (/\s/.test(s) && !/[A-Z]/.test(s)))) return null;
  if (isGenericBody({ text: s, type }) || isProduct(s) || MARKET_WORDS.test(s) || quantifiedKind(text, start, s, type)) return null;
  const rule = modelEvidence(text, tokens, { start, end, type }, s);
  return rule ? { start, end, text: s, type, rule } : null;
}
