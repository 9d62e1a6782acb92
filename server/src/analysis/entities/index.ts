import type { EntityMention, Span, Token } from '../types';
import { CURRENCIES, findLexiconEntries, findPlaces, joinDivisionChains } from './places';
import { findPersons } from './names';
import { findOrganizations } from './organizations';
import { findMedia, findQuotedOrganizations } from './media';
import { findMediaCues } from './mediaCues';
import { findTaggedEntities, retypeListedCompanies } from './tagCorrections';
import { findUserEntries, type Lexicon } from './userLexicon';
import { resolveCandidates } from './resolve';
import { findDottedNames } from './dottedNames';
import { findHandles } from './handles';
import { ADDRESS_TERMS, completeBylineNames, completeGivenNames, findAddressedSurnames, findCutNames, findIntroducedNames, findListedNames, findPseudonyms } from './nameContext';
import { inTitlePart, titleParts, type Candidate } from './shared';
import type { EntityModel, ModelMention } from './model';
import { addModelMentions } from './modelFusion';
import { findReduplicatedNames } from './modelEvidence';
import { applyOrganizationCues, applyPlaceCues, findShortNames, growNamedBodies, joinSeatNames, joinPlaceBodies, joinPortfolios } from './placeCues';
import { findLatinGlosses, findLatinNames, isLatinSurname } from './latinNames';
import { placesBeforeTitles, trimDescriptors } from './descriptors';
import { completeEnumerations } from './enumerations';
import { findStockNames } from './stockNames';
import { findCompanies } from './companies';
import { findAirlines, findCompanyHeads } from './companyHeads';
import { findRegisteredNames } from './registeredNames';
import { findJapaneseFullNames, findJapaneseNames } from './japaneseNames';
import { findWithheldNames } from './withheldNames';

export { groupEntities, isAliasOf, toEntity, type EntityBuilder } from './grouping';
export { parseLexicon, type Lexicon, type LexiconType } from './userLexicon';

/** Companies by the lexicons' names, by a name before a kind of business (`千合资本`), by a registered name (`…有限公司`). */
function findFirms(text: string, tokens: Token[]): Candidate[] {
  return [...findCompanies(text, tokens), ...findCompanyHeads(text, tokens), ...findAirlines(tokens), ...findRegisteredNames(text, tokens)];
}

/**
 * Entity mentions in one paragraph, offsets relative to `text` (`tokens` are the segmenter's, with
 * spans into `text`): `中国国防部长董军` → `中国国防部` organization, `董军` person. User lexicon
 * entries win over every rule; a `none` entry removes mentions of its word. With a `model`, its spans
 * join where the rules found nothing (`modelFusion.ts`); `modelSpans`, its spans if already found.
 */
export function findEntityMentions(text: string, tokens: Token[], lexicon: Lexicon, model?: EntityModel, modelSpans?: ModelMention[]): EntityMention[] {
  const user = findUserEntries(text, lexicon);
  // single Latin words (`Zaccarelli`) wait until every rule and the model have spoken, then fill gaps
  const latin = findLatinNames(text);
  const surnames = latin.filter(isLatinSurname);
  let candidates = [
    ...user.found,
    ...findLexiconEntries(text, tokens),
    ...findFirms(text, tokens),
    ...findPlaces(tokens),
    ...findTaggedEntities(tokens),
    ...findPersons(tokens),
    ...findJapaneseNames(text, tokens),
    ...findJapaneseFullNames(text, tokens),
    ...findDottedNames(text, tokens),
    ...findCutNames(tokens),
    ...findPseudonyms(text),
    ...findIntroducedNames(text), ...findHandles(text),
    ...findWithheldNames(text, tokens),
    ...findOrganizations(tokens),
    ...findMedia(text),
    ...findMediaCues(text),
    ...findQuotedOrganizations(text),
    ...latin.filter((c) => !isLatinSurname(c)),
  ];
  // a credit line's layout sets its items' bounds (`来源：潇湘晨报综合新华社`): no other rule's span crosses them
  if (candidates.some((c) => c.rule === 'media-source' || c.rule === 'credit-name')) candidates = creditsFirst(candidates);
  const addressed = findAddressedSurnames(text, tokens);
  if (addressed.length > 0) candidates = [...withoutAddress(text, candidates, addressed), ...addressed];
  let mentions = resolveCandidates(text, candidates, user.suppressed);
  completeGivenNames(text, tokens, mentions);
  const listed = findListedNames(tokens, mentions);
  if (listed.length > 0) {
    mentions = resolveCandidates(text, [...candidates, ...listed], user.suppressed);
    completeGivenNames(text, tokens, mentions);
  }
  retypeListedCompanies(text, mentions);
  // bodies only the model reads, by their shape alone, wait like single Latin words (for a second reading, `modelEvidence.ts`)
  const pending: EntityMention[] = findReduplicatedNames(tokens);
  if (model) mentions = addModelMentions(text, tokens, mentions, model, user.suppressed, modelSpans, pending);
  completeBylineNames(text, mentions);
  mentions = joinDivisionChains(text, mentions);
  growNamedBodies(text, mentions);
  mentions = joinSeatNames(text, mentions);
  joinPortfolios(text, tokens, mentions);
  mentions = joinPlaceBodies(text, mentions);
  applyPlaceCues(text, mentions);
  applyOrganizationCues(text, mentions);
  mentions = findShortNames(text, mentions);
  const titles = /[《〈]/.test(text) ? titleParts(text) : [];
  const closedTitles = titles.filter((t) => closed(text, t));
  placesBeforeTitles(text, tokens, mentions);
  mentions = trimDescriptors(text, mentions).filter((m) => !isUnitPrizeOrIndex(text, m) && !namesNoPlace(text, m) && !inTitle(text, titles, closedTitles, m));
  mentions = findStockNames(text, tokens, mentions, user.suppressed);
  mentions = completeEnumerations(text, tokens, mentions, user.suppressed);
  const glosses = findLatinGlosses(text, mentions);
  if (glosses.length > 0) mentions = [...mentions, ...glosses].sort((a, b) => a.start - b.start);
  if (surnames.length > 0) mentions = fillGaps(mentions, surnames.map((c): EntityMention => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, rule: c.rule })), user.suppressed);
  return pending.length > 0 ? fillGaps(mentions, pending, user.suppressed) : mentions;
}

/**
 * Mentions that wait for evidence elsewhere in the article, where no mention and no `none` word lies:
 * single Latin words (rule `latin-surname`, `Zaccarelli表示`), bodies only the model reads (`model-repeated`), doubled
 * unknown words (`reduplicated-name`, `果果`).
 */
function fillGaps(mentions: EntityMention[], waiting: readonly EntityMention[], suppressed: readonly Span[]): EntityMention[] {
  const free = (c: Span) => !mentions.some((m) => m.start < c.end && c.start < m.end) && !suppressed.some((s) => s.start < c.end && c.start < s.end);
  const filled = waiting.filter(free);
  return filled.length > 0 ? [...mentions, ...filled].sort((a, b) => a.start - b.start) : mentions;
}

/** An amount right before a name makes it a currency or a unit, not a person (`15亿格里夫纳`, `300万卢布`). */
const AMOUNT_BEFORE = /(?:[0-9０-９]|[0-9０-９一二三四五六七八九十两][万亿])$/;
/** A prize named after someone (`诺贝尔奖`, `诺贝尔文学奖`): the name inside it is no mention of the person. */
const PRIZE_AFTER = /^(?:生理学或医学|物理学|化学|文学|和平|经济学)?奖(?![励惩])/;
/**
 * A doctrine named after someone (`列宁主义`, `马克思列宁主义`, `麦卡锡主义`): a word, no mention of the person. Not a thought or theory
 * (`毛泽东思想`, `邓小平理论`), where People's Daily marks the person (its person recall fell 0.861 → 0.827 with them).
 */
const IDEOLOGY_AFTER = /^(?:列宁)?主义/;
/** `指数` right after a name only the model reads: the end of an index's name (`纳斯达|克金龙中国|指数`), no mention. */
const INDEX_NAMED = /^指数/;
/** A number and `指数` after a name make it an index's (`标准普尔500指数`, `罗素2000指数`, `斯托克600指数`), no mention. */
const INDEX_AFTER = /^[0-9０-９]{2,4}(?:指数|成分股)/;
/** A digit (ASCII or full-width) at `at`: most mentions are followed by none, and need no index test. */
const digitAt = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
};
/** A person named as a currency, a unit, a prize or a doctrine (`300万卢布`, `诺贝尔奖`, `列宁主义`), or any name of an index: no mention. */
const isUnitPrizeOrIndex = (text: string, m: EntityMention): boolean =>
  m.rule !== 'user-lexicon' && ((digitAt(text, m.end) && INDEX_AFTER.test(text.slice(m.end, m.end + 8))) || (m.type === 'person' && (AMOUNT_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)) || PRIZE_AFTER.test(text.slice(m.end, m.end + 7)) || IDEOLOGY_AFTER.test(text.slice(m.end, m.end + 4)))) || (m.type === 'place' && placeInIndex(text, m)) || (m.rule === 'model' && INDEX_NAMED.test(text.slice(m.end, m.end + 2))));
/** An index's publisher before a place (`纳斯达克中国金龙指数`, `富时中国A50指数`, `MSCI新兴市场指数`). */
const INDEX_PUBLISHER = /(?:纳斯达克|富时|标普|标准普尔|MSCI|明晟|恒生|道琼斯|罗素|斯托克)$/;
/** A place between an index's publisher and `指数`: part of the index's name, no mention. */
const placeInIndex = (text: string, m: EntityMention): boolean =>
  INDEX_PUBLISHER.test(text.slice(Math.max(0, m.start - 5), m.start)) && /^[\u4e00-\u9fa5A-Z0-9]{0,6}指数/.test(text.slice(m.end, m.end + 10));

/**
 * What makes the place before it no place: the head of an event's name (`香格里拉对话会`, `巴黎奥运会`; the
 * guideline lists no events); a time zone's `时间` (`北京时间2月26日`, `莫斯科时间`: a clock, no place the news happens in);
 * a place as a manner or a kind (`中国特色社会主义`, `中国式现代化`: an adjective, as the gold articles read it), or a
 * descent (`非洲裔`, `印度裔`: a people);
 * a currency the country's name opens (`印度卢比`, `16万亿挪威克朗`: like `美` of `美元`); a warship named after it
 * (`福建舰`, `辽宁舰`; not a fleet or ships, `北海舰队`, `日本舰船`).
 */
const NO_PLACE_AFTER = new RegExp(`^(?:裔|对话会|奥运会|冬奥会|残奥会|亚运会|世博会|博览会|峰会|电影节|艺术节|马拉松|论坛|时间(?![里内中上])|特色|式(?![样])|舰(?![队艇长载船只机])|${CURRENCIES})`);
const namesNoPlace = (text: string, m: EntityMention): boolean => m.type === 'place' && m.rule !== 'user-lexicon' && NO_PLACE_AFTER.test(text.slice(m.end, m.end + 4));

/**
 * A place, a person or a body inside a work's or a document's title, not the whole title (`《中华人民共和国食品安全法》`,
 * `《中华人民共和国和哈萨克斯坦共和国联合声明》`, `《中共中央、国务院关于……的意见》`): part of the title's name, no mention
 * (none of the 440 annotated development articles lists a place or a person written only inside title marks; of the
 * bodies so written in the read sets, 10 are not listed, one optional, none required). A whole title stays (`《华盛顿邮报》`).
 */
const inTitle = (text: string, titles: readonly Span[], closedTitles: readonly Span[], m: EntityMention): boolean =>
  m.rule !== 'user-lexicon' && (m.type !== 'organization' ? inTitlePart(titles, m) : inTitlePart(closedTitles, m) && !ownNotice(text, closedTitles, m));
/** A title whose closing mark the text writes (a body inside one left open, `在《人民日报发表`, may be no title's part). */
const closed = (text: string, t: Span): boolean => /^\s*[》〉]/.test(text.slice(t.end, t.end + 4));
/** A body's own notice, its name and the kind alone (`《全国人民代表大会常务委员会公告》`): the body issues it, and speaks in it. */
const NOTICE = /^(?:公告|声明|通告|通报|公报)$/;
const ownNotice = (text: string, titles: readonly Span[], m: EntityMention): boolean =>
  titles.some((t) => t.start === m.start && NOTICE.test(text.slice(m.end, t.end)));

function creditsFirst(candidates: Candidate[]): Candidate[] {
  const credits = candidates.filter((c) => c.rule === 'media-source' || c.rule === 'credit-name');
  return candidates.filter((c) => credits.includes(c) || !credits.some((k) => k.start < c.end && c.start < k.end));
}

/** Person candidates that take a form of address into the name (`陈小姐`, `胡老`) give way to the addressed-surname mention of the same span. */
function withoutAddress(text: string, candidates: Candidate[], addressed: Candidate[]): Candidate[] {
  const at = new Set(addressed.map((a) => a.start));
  return candidates.filter((c) => c.type !== 'person' || c.rule === 'user-lexicon' || !at.has(c.start) || !ADDRESS_TERMS.has(text.slice(c.start + 1, c.end)));
}

/**
 * A paragraph's mentions as new objects in document offsets, the paragraph starting at `at`: `董军` at 3
 * in a paragraph at 100 → 103–105.
 */
export function shiftMentions(mentions: readonly EntityMention[], at: number): EntityMention[] {
  // a literal, not a spread: spread copies here each got a hidden class of their own, which made every
  // later loop over mentions (grouping, quotes) megamorphic
  return mentions.map((m) => ({ start: m.start + at, end: m.end + at, text: m.text, type: m.type, rule: m.rule }));
}
