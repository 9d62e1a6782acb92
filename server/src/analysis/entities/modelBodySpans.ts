/**
 * The bounds of a place or organization span the model read, made the name's own (used by `modelFusion.ts`), and the
 * spans that name nothing: an unnamed site of a place gives the place (`岳阳一商场` → `岳阳`); `处` that is no office's
 * is cut off (`从民警处获悉`, `处以罚款`); names a space separates on one line are two (`三亚市综合行政执法局 三亚市公安局`),
 * a place before a space and Latin words the place (`中国 AI 公司`); a report's verb or a locative ending a span is cut off
 * (`西昌公安/通报`); a compound surname alone is a person (`欧阳`); a word cut, a body ending in a common word, a case
 * (`浙江盛春平案`), a body named by its kind alone (`GENERIC_BODIES`) and a count, a drug's stem are no names; a company or
 * outlet the lists know ending a body after what is none of it is the name (`京东/东方甄选`: `knownNameAtEnd`).
 */
import type { EntityType, Token } from '../types';
import { COMPANIES, ORG_SUFFIXES, OUTLETS, SURNAMES_COMPOUND, isLexiconPlace, suffixIn } from './builtins';
import { COUNTRY_PAIR, firstAtOrAfter, isChineseName } from './shared';
import { NOT_HEAD } from './organizations';

interface Typed { start: number; end: number; type: EntityType }

/**
 * Bodies named by their kind alone: not an organization without a name part (the second line: kinds the model reads as
 * one body in the corpus; the read sets' and look split's gold lists none of them alone, `常委会` in 18 articles, `使馆` in 8).
 */
export const GENERIC_BODIES: ReadonlySet<string> = new Set(('司令部 杂志 编辑部 交易所 联盟 陆军 海军 空军 议会 政府 法院 警方 公司 上市公司 集团 银行 大学 医院 学校 协会 委员会 研究所 研究院 中心 部队 军方 当局 ' +
  '常委会 常务委员会 主席团 代表团 访问团 访华团 考察队 巡视组 组委会 内阁 使馆 总领馆 海警 监管部门 行业协会 工会 党校 消防队 街道办 支行 分行 总行 商行 乐队 内科 公社 研究生院 自来水厂 指挥部 总指挥部 现场指挥部').split(' '));
/**
 * A body named by its kind alone (`陆军/nr`, `海军/nt`): a generic noun by the guideline however the
 * segmenter tags it.
 */
export const isGenericBody = (m: { text: string; type: EntityType }): boolean => m.type === 'organization' && GENERIC_BODIES.has(m.text);

/**
 * `一` and a kind of site or body after a place (`湖南岳阳一商场`, `山西一中学`, `侯马市一小区`), or `(另)一家`, what it does
 * and a firm's kind (`陕西一家房地产公司`, `陕西另一家造纸厂`): one of the place's, unnamed (`a mall in Yueyang`), no name of
 * its own; `第一医院`, `第十一中学` are names (an ordinal), as is `统一`.
 */
const SITE = String.raw`(?<!第[〇零一二三四五六七八九十百]*|[十百统唯万])(?:另)?一(?:家[\u4e00-\u9fff]{1,4}?(?:公司|厂|企业|集团)|(?:家|所|座|处)?(?:中学|小学|高校|大学|学校|幼儿园|医院|诊所|商场|超市|小区|酒店|宾馆|餐厅|饭店|工厂|企业|公司|银行|景区|村屋|社区|公园|市场|车站|工地|楼盘))`;
const SITE_ENDING = new RegExp(`${SITE}$`);
const SITE_AFTER = new RegExp(SITE, 'y');
/** A place the remainder is: one of the lexicons, or a name ending in a division (`侯马市`, `大坳门村`). */
const isPlaceName = (s: string): boolean => isLexiconPlace(s) || (s.length >= 3 && /[省市县区州镇乡村]$/.test(s));

/**
 * A model place or organization naming an unnamed site of a place (`岳阳一商场`), or an organization right before one,
 * short and with no body's head (`浙江金华|一工厂`; not `……能源化工基地|一工厂`): the place, or the two a province and a
 * city in it make (`浙江`, `金华`), places whatever the model's type; none when what stands before `一` is no place of the
 * lexicons (the rules read the sentence then).
 */
export function siteParts<T extends Typed>(text: string, m: T): T[] | null {
  if (m.type === 'person') return null;
  const site = SITE_ENDING.exec(text.slice(m.start, m.end));
  SITE_AFTER.lastIndex = m.end;
  if (!site && (m.type !== 'organization' || m.end - m.start > 6 || !SITE_AFTER.test(text) || suffixIn(text.slice(m.start, m.end), ORG_SUFFIXES))) return null;
  const end = site ? m.start + site.index : m.end;
  const place = text.slice(m.start, end);
  if (isPlaceName(place)) return [{ ...m, end, type: 'place' }];
  for (let k = 2; k <= 3 && k < place.length - 1; k++) {
    if (isPlaceName(place.slice(0, k)) && isPlaceName(place.slice(k))) return [{ ...m, end: m.start + k, type: 'place' }, { ...m, start: m.start + k, end, type: 'place' }];
  }
  return [];
}

/** Whose place `处` is when it is no office (`从办案民警处获悉`: where the officers are). */
const PERSON_BEFORE_PLACE_OF = /(?:民警|警察|警官|人员|人士|负责人|家属|医生|老师|律师|员工|村民|居民|知情人|专家|官员|同事|朋友)处$/;
/** `处以50万元罚款`, `处以罚款`: `处` is to impose (a fine), after the body that imposes it. */
const IMPOSES_AFTER = /^以(?:[0-9０-９一二三四五六七八九十两数几]|罚|警告|拘留|行政)/;

/**
 * The end of a model organization ending in a `处` that is no office's: before it where it is a verb (`南京红太阳处以50万元罚款`
 * → `南京红太阳`), at the last body before the persons it is the place of, on a word's end (`民和县/公安局/办案/民警/处` →
 * `民和县公安局`); 0 when no body stands there; `end` where `处` is an office (`法宣处`, `秘书处`, `街道办事处`).
 */
export function endBeforeChu(text: string, tokens: readonly Token[], start: number, end: number): number {
  if (end - start < 3 || text.charAt(end - 1) !== '处') return end;
  const s = text.slice(start, end);
  if (IMPOSES_AFTER.test(text.slice(end, end + 3))) return end - 1;
  if (!PERSON_BEFORE_PLACE_OF.test(s)) return end;
  let body = 0;
  for (const t of tokens) if (t.end > start + 1 && t.end < end && suffixIn(text.slice(start, t.end), ORG_SUFFIXES)) body = t.end;
  return body;
}

/** A part of a place named by its direction (`中南部`, `东部`). */
const PART_OF_PLACE = /(?:[东西南北中]{1,2}部)$/;
/** A numeral before a unit that is also a surname: `五周里` (in five weeks), `三项`, `两季`, `四届`. */
const COUNTED = /[0-9０-９一二三四五六七八九十两几数多半每] ?$/;
const UNIT_SURNAMES = /^[周项季届段名]/;

/** Stems of drugs' names after a transliteration (`阿奇霉素`, `左氧氟沙星`, `阿托伐他汀`): the span is part of a drug's name. */
const DRUG_AFTER = /^(?:霉素|菌素|沙星|他汀|西林|洛尔|替尼|单抗)/;
/** Tags of verbs, adverbs, abbreviations and idioms, and characters opening such a word before a name (`原银/n 保监会` → `银保监会`). */
const VERB_TAGS: ReadonlySet<string> = new Set(['v', 'vn', 'vd', 'd', 'j', 'z', 'l']);
const PREFIX_CHAR = /^[原前据从对向在由为和与及被将把给自经于驻赴至到任兼副总该本我贵其]$/;

/**
 * Whether an organization span starts inside a verb, an adverb, an abbreviation or an idiom, after more than a prefix
 * (`转/融通证券` of `转融通`, `深/化改革委员会` of `深化改革`): a word cut, no body's name (a numeral stays: `第九/海巡队`; and an
 * adjective the segmenter glued across brands run together, `瑞/幸喜/茶`).
 */
function insideWord(text: string, tokens: readonly Token[], start: number): boolean {
  const t = tokens.find((x) => x.start < start && start < x.end);
  return !!t && VERB_TAGS.has(t.tag) && !PREFIX_CHAR.test(text.slice(t.start, start));
}

/** A case named after someone or somewhere (`浙江盛春平案`, `三亚案中`): no body. */
const CASE_END = /案中?$/;
/** An accounting standard after a body or a place the model read (`美国通用/会计准则`, `国际/财务报告准则`): a standard's name, no body. */
const STANDARD_AFTER = /^(?:会计准则|会计原则|财务报告准则)/;
/**
 * A report's verb or a locative ending a body or a place the model read, as a word of its own (`西昌公安/通报`,
 * `北京西站/后`; not `里`, which ends names, `太古里`).
 */
const TRAILING = /^(?:通报|发布|公布|表示|回应|证实|透露|指出|介绍|称|说|后|前|内|旁)$/;
/** The end of a model place or organization without a report's verb or a locative it ran on over ({@link TRAILING}). */
function withoutTrailingWord(tokens: readonly Token[], start: number, end: number): number {
  const t = tokens.find((x) => x.end === end);
  return t && t.start > start && TRAILING.test(t.word) ? t.start : end;
}

/**
 * A model span's own end and type, or null when it names nothing: a person opening with a unit after a numeral is a
 * count (`五周里`), one before a drug's stem part of its name (`阿奇霉素`); an organization opening inside a word is a word
 * cut, one ending in a common word or a case none (`日本出局`, `浙江盛春平案`), one of a place and a direction a place
 * (`吉林中部`); a place that is a compound surname alone a person (`欧阳`); a report's verb or a locative ending a place or
 * body is cut off ({@link TRAILING}), as is a `处` that is no office's ({@link endBeforeChu}); two countries' one-character
 * names are no person (`中英同为`), a name before `同志` is one (`华源同志`), a body before an accounting standard none
 * (`美国通用/会计准则`).
 */
export function ownBounds(text: string, tokens: readonly Token[], start: number, end: number, type: EntityType): { end: number; type: EntityType } | null {
  if (type === 'person') {
    // `中英同为……`: two countries; `五周里`, `114 名新院士`: a count; `阿奇霉素`: a drug
    const count = UNIT_SURNAMES.test(text.charAt(start)) && COUNTED.test(text.slice(Math.max(0, start - 2), start));
    return COUNTRY_PAIR.test(text.slice(start, end)) || count || DRUG_AFTER.test(text.slice(end, end + 2)) ? null : { end, type };
  }
  const s = text.slice(start, end);
  // `华源同志任上海市委常委`: a comrade is a person
  if (text.startsWith('同志', end) && isChineseName(s, true)) return { end, type: 'person' };
  if (type === 'organization' && (insideWord(text, tokens, start) || NOT_HEAD.test(s) || CASE_END.test(s) || STANDARD_AFTER.test(text.slice(end, end + 6)))) return null;
  // a compound surname alone (`欧阳和妻子`) is a person called by it, no place
  if (type === 'place' && SURNAMES_COMPOUND.has(s) && !isLexiconPlace(s)) return { end, type: 'person' };
  // `台湾中南部`, `内蒙古中东部`: a part of a place, a place
  const part = type === 'organization' ? PART_OF_PLACE.exec(s) : null;
  if (part && part.index > 0 && isPlaceName(text.slice(start, start + part.index))) return { end, type: 'place' };
  end = withoutTrailingWord(tokens, start, end);
  const chu = type === 'organization' ? endBeforeChu(text, tokens, start, end) : end;
  return chu === 0 ? null : { end: chu, type };
}

/** A space between two ideographs: names of bodies listed on one line (a credit line, a source list). */
const SPACE_BETWEEN = /(?<=[\u3400-\u9fff])[ \u3000\t]+(?=[\u3400-\u9fff])/g;
/** Ideographs (group 1), then a space before Latin letters: `中国 AI 公司`. */
const PLACE_SPACE_LATIN = /^([\u3400-\u9fff]{2,})[ \u3000\t]+(?=[A-Za-z])/;

/**
 * A model span running over a space between ideographs is the names the line lists (`三亚市综合行政执法局
 * 三亚市公安局` → the two bodies, `记者 宋自帅 卢山` → the two reporters); a person's name spaced out one
 * character at a time is one name (`凌 云`, a byline's spacing), as is a foreign name spaced (`查理 芒格`).
 */
export function spaceParts<T extends Typed>(text: string, m: T): T[] | null {
  const s = text.slice(m.start, m.end);
  // a place, a space and Latin words the model ran into a body (`中国 AI 公司`, `美国 AI`): the place
  const placeFirst = m.type === 'organization' ? PLACE_SPACE_LATIN.exec(s) : null;
  if (placeFirst && isPlaceName(placeFirst[1])) return [{ ...m, end: m.start + placeFirst[1].length, type: 'place' }];
  if (m.type === 'person' && /[\u3400-\u9fff]\s[\u3400-\u9fff](?:\s|$)|^[\u3400-\u9fff]\s/.test(s)) return null;
  if (!/[ \u3000\t]/.test(s)) return null;
  const out: T[] = [];
  let at = 0;
  for (const gap of s.matchAll(SPACE_BETWEEN)) {
    out.push({ ...m, start: m.start + at, end: m.start + gap.index });
    at = gap.index + gap[0].length;
  }
  if (out.length === 0) return null;
  out.push({ ...m, start: m.start + at });
  // a foreign name the text spaces instead of dotting is one (`查理 芒格`): people are split only into Chinese names
  if (m.type === 'person' && !out.every((p) => isChineseName(text.slice(p.start, p.end), false))) return null;
  return out.filter((p) => p.end - p.start >= 2);
}

/** Tags of words that run on into a name before it and are none of it: `综合/vn`, `随后/d`. */
const LEAD_TAGS: ReadonlySet<string> = new Set(['v', 'vn', 'd', 't', 'c', 'p']);
/** A description ending in a firm's kind before its name (`美国政治风险咨询公司欧亚集团`, `谷歌母公司`). */
const KIND_END = /(?:公司|集团)$/;

/**
 * Where the name of a company or outlet the lists know (three characters or more) starts when it ends a body the model
 * read after what is none of it: a word of reporting or time (`综合/央视新闻`, `随后/大皖新闻`), another company or
 * outlet (`京东/东方甄选`, `网易云音乐/港交所`) or a description ending in a firm's kind (`美国政治风险咨询公司/欧亚集团`);
 * `start` when there is none (`中央汇金公司`, `申万宏源证券`, `英国路透社`: the name written whole).
 */
export function knownNameAtEnd(text: string, tokens: readonly Token[], start: number, end: number): number {
  for (let at = start + 2; at <= end - 3; at++) {
    const name = text.slice(at, end);
    if (!COMPANIES.has(name) && !OUTLETS.has(name)) continue;
    const lead = text.slice(start, at);
    const words: Token[] = [];
    for (let k = firstAtOrAfter(tokens, start); k < tokens.length && tokens[k].end <= at; k++) words.push(tokens[k]);
    if (!words.length || words[words.length - 1].end !== at || words[0].start !== start) return start;
    return (words.length <= 2 && words.every((t) => LEAD_TAGS.has(t.tag))) || COMPANIES.has(lead) || OUTLETS.has(lead) || KIND_END.test(lead) ? at : start;
  }
  return start;
}
