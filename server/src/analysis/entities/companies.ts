import type { Token } from '../types';
import { CITY_SHORT, COMPANIES, COMPANIES_CUED, OUTLETS, PLACES, PrefixLengths } from './builtins';
import { inTitlePart, titleParts, tokenEndingAt, type Candidate } from './shared';

/** Both company lists and the outlets by first characters, for one array read per token. */
const PREFIXES = new PrefixLengths([...COMPANIES, ...COMPANIES_CUED, ...OUTLETS]);
/** Words after a company name that show it is one: `苹果股价`, `理想汽车`, `小米发布`, `苹果（AAPL）`, `小米集团-W`. */
const CUE_AFTER = /^(?:的?(?:股价|市值|财报|CEO|首席执行官|董事长|总裁|创始人|市场份额|销量|官方|发言人)|公司|集团|股份|控股|旗下|发布|汽车|手机|电脑|交付|[涨跌]|(?:方面)?(?:回应|宣布|声明)|方面(?:表示|透露|称)|[（(][0-9A-Z]{2,}|-[A-Z]{1,2}(?![A-Za-z]))/;
/**
 * Speech right after a name, a company's cue unless the name is one everyday word the dictionary knows
 * (`合力/泰表示`; not `大众/n表示`, the public), which needs `方面` or an institution's verb (`小米回应`).
 */
const SPEAKS_AFTER = /^(?:表示|透露|称(?![为作之号]))/;
/** Tags of everyday words: a name read as one of them speaks for itself only with a company cue. */
const COMMON_TAGS: ReadonlySet<string> = new Set(['n', 'a', 'an', 'ad', 'v', 'vn', 'vd', 'd', 't', 'm', 'r']);
/** Words before a company name that show it is one: `科技巨头苹果`, `车企理想` (not `企业`: `企业现代化`). */
const CUE_BEFORE = /(?:巨头|厂商|车企|药企|龙头|股东|对手|港股|美股|A股)$/;
/** Words a company's name runs on into (`福特汽车`, `腾讯控股`, `网易-S`): the longer name is the one written. */
const TAIL = /^(?:汽车|科技|控股|资本|新闻|股份有限公司|有限责任公司|有限公司|快递|公司(?![债])|集团|-(?:W|SW|S|U)(?![A-Za-z]))/;
/** Tails that make a body of any name they follow (`小米公司`, `联想控股`). */
const BODY_TAILS = '公司|集团|控股';
const BODY_TAIL = new RegExp(`^(?:${BODY_TAILS})$`);
/** The company a cue found, without a body's tail: `小米公司` → `小米`. */
export const CUED_FIRM = new RegExp(`^(.+?)(?:${BODY_TAILS})?$`);
/**
 * An index named after a company is no company: `道琼斯指数`, `道琼斯工业平均指数` (a number and `指数` after any name,
 * `标准普尔500指数`: entities/index.ts `isUnitPrizeOrIndex`); nor is a name after a name dot (`比尔·福特`, `萨兰格尔·惠普斯`).
 */
const INDEX_AFTER = /^(?:指数|工业|指[^出示导定]|运输|公用)/;
/** Index families named after their publisher: with a number or a move after them an index (`标普500`, `富时100`, `日经225`, `标普涨`), not a year (`标普2023年`). */
const INDEX_FAMILY = /^(?:标普|标准普尔|富时|日经)$/;
const INDEX_NUMBER = /^[0-9０-９]{2,4}(?![0-9０-９年月日%．.])/;
/** A rise or fall right after an index family's name: the index's (`标普涨0.17%`, `标普收跌`), not the publisher's. */
const INDEX_MOVE = /^\s*收?[涨跌]/;
/** Dots between parts of a foreign person's name (not `.`: `1.腾讯` numbers a list). */
const NAME_DOT = /^[·・•‧]$/;
/** A Latin word, or a number, after a space or a line break: the company's name opens a product's or a longer name (`Apple Watch`, `BMW 5系`). */
const LATIN_AFTER = /^[ \t\r\n]*[A-Za-z0-9]/;
const LATIN_BEFORE = /[A-Za-z0-9][ \t\r\n]*$/;

/** A Latin-script company name inside a longer Latin phrase (`Apple Watch`, `Meta Llama-2`, `BMW i5`, `Hey Google`): no mention of the company. */
function inLatinPhrase(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  return LATIN_AFTER.test(text.slice(end, end + 4)) || LATIN_BEFORE.test(text.slice(Math.max(0, start - 4), start));
}

/** A list joint between two names: `苹果、微软`, `小米和苹果`. */
const JOINT = /^[、和与及]$/;

/**
 * Companies named in the text on token boundaries (rule `lexicon-company`, organization), even across
 * tokens (`宁德/时代`): `特斯拉宣布降价` → `特斯拉`; `苹果股价下跌` → `苹果`, but not `吃苹果`. A name
 * that is also a common word or short (`苹果`, `理想`, `石化`) needs a cue: a company word after or
 * before it, or a joint to another company (`苹果、微软`). Well-known news outlets need none (rule
 * `lexicon-outlet`: `据路透社报道`, `《经济学人》`).
 */
export function findCompanies(text: string, tokens: Token[]): Candidate[] {
  const firm: Candidate[] = [];
  const cued: Candidate[] = [];
  // cued names that are one everyday word (`大众/n`): speech after them is no cue
  const everyday = new Set<Candidate>();
  for (let i = 0; i < tokens.length; i++) {
    const lengths = PREFIXES.at(text, tokens[i].start);
    if (!lengths) continue;
    const start = tokens[i].start;
    for (const n of lengths) {
      const j = tokenEndingAt(tokens, i, start + n);
      // a name whose last characters the segmenter glued to a speech, reporting or move word after it (`摩根/大/通称` of
      // `摩根大通称`, `第一/财经报道`, `奈/飞涨`) ends there too
      const glued = j < 0 && speechGlued(text, tokens, i, start + n);
      if (j < 0 && !glued) continue;
      const w = text.slice(start, start + n);
      const after = text.slice(start + n, start + n + 5);
      if (INDEX_AFTER.test(after) || (INDEX_FAMILY.test(w) && (INDEX_NUMBER.test(after) || INDEX_MOVE.test(after))) || NAME_DOT.test(text.charAt(start - 1)) || (COMPANIES.has(w) && inLatinPhrase(text, start, start + n))) break;
      const tail = glued ? 0 : tailAt(text, tokens, j);
      const c: Candidate = { start, end: start + n + tail, type: 'organization', rule: 'lexicon-company', priority: 4 };
      if (OUTLETS.has(w)) { firm.push({ ...c, rule: 'lexicon-outlet' }); break; }
      // a name run on into `公司`, `集团` or `控股` (`小米公司`, `联想控股`) is cued by it; not into a trade (`海洋科技`, `苹果汽车`: a project)
      if (COMPANIES.has(w) || (tail > 0 && COMPANIES_CUED.has(w) && BODY_TAIL.test(text.slice(start + n, c.end)))) { firm.push(c); break; }
      if (COMPANIES_CUED.has(w)) { cued.push(c); if (j === i && COMMON_TAGS.has(tokens[i].tag)) everyday.add(c); break; }
    }
  }
  if (firm.length + cued.length > 0 && text.includes('《')) return findCompaniesOutsideTitles(text, firm, cued, everyday);
  if (cued.length === 0) return firm;
  const named = [...firm, ...cued];
  return [...firm, ...cued.filter((c) => hasCue(text, c, named, everyday))].sort((a, b) => a.start - b.start);
}

/** As {@link findCompanies}, leaving out names inside book-title marks (`《美的历程》`: a work, not the firm). */
function findCompaniesOutsideTitles(text: string, firm: Candidate[], cued: Candidate[], everyday: ReadonlySet<Candidate>): Candidate[] {
  // a whole title is a name (`《福布斯》`), a name inside one part of a work's title (`《美的历程》`)
  const titles = titleParts(text);
  const outside = (c: Candidate): boolean => !inTitlePart(titles, c);
  const named = [...firm, ...cued];
  return [...firm.filter(outside), ...cued.filter((c) => outside(c) && hasCue(text, c, named, everyday))].sort((a, b) => a.start - b.start);
}

function hasCue(text: string, c: Candidate, named: readonly Candidate[], everyday: ReadonlySet<Candidate>): boolean {
  const after = text.slice(c.end, c.end + 6);
  if (CUE_AFTER.test(after) || (SPEAKS_AFTER.test(after) && !everyday.has(c)) || CUE_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start))) return true;
  // a joint to another company found here (`苹果、微软`); two cued names need each other's cue
  return named.some((o) => o !== c && COMPANIES.has(text.slice(o.start, o.end)) && ((o.start === c.end + 1 && JOINT.test(text.charAt(c.end))) || (c.start === o.end + 1 && JOINT.test(text.charAt(o.end)))));
}

/** A company's branch in a city, by the city's name and `公司` (`招商蛇口|深圳公司`, `碧桂园|上海分公司`): part of the branch's name. */
function branchAt(text: string, at: number): [string] | null {
  const m = /^([\u4e00-\u9fff]{2,3}?)(?:分公司|公司)/.exec(text.slice(at, at + 6));
  return m && (CITY_SHORT.has(m[1]) || PLACES.has(m[1])) ? [m[0]] : null;
}

/** Length of a name's tail after token `j` (`福特|汽车` → 2), ending on a token boundary, or 0. */
function tailAt(text: string, tokens: Token[], j: number): number {
  const m = TAIL.exec(text.slice(tokens[j].end, tokens[j].end + 6)) ?? branchAt(text, tokens[j].end);
  if (!m) return 0;
  return m[0].startsWith('-') || tokenEndingAt(tokens, j + 1, tokens[j].end + m[0].length) >= 0 ? m[0].length : 0;
}

/**
 * What the segmenter glues to a name's last characters, read as the start of the sentence's predicate: speech,
 * reporting and stock-move words (`摩根/大/通称`, `第一/财经报道`, `奈/飞涨`, `爱奇/艺跌超`), a dateline's `讯`, and the
 * one-character adverbs, prepositions and modals a subject takes (`华润/双鹤拟` 收购, `中国/恒大于`, `拼多/多则`), a place or time
 * word after it (`中国/人保后`, `在小红/书上`) and a verb opening the predicate (`海底/捞回` 应, `阿斯/麦发`).
 */
const GLUED_AFTER = /^(?:报道|消息|记者|获悉|援引|讯|[称说拟于在是则等上回成后外发]|[涨跌]超?)$/;

/**
 * The token running across `end` (from token `i` on) ends in a {@link GLUED_AFTER} word that starts at `end`
 * (`通称`: `通` + `称`; `财经报道`: `财经` + `报道`; `飞涨`: `飞` + `涨`).
 */
function speechGlued(text: string, tokens: Token[], i: number, end: number): boolean {
  for (let j = i; j < tokens.length && tokens[j].start < end; j++) {
    if (tokens[j].end <= end) continue;
    // (or the first character of a two-character announcing word the next token ends: `汇金官/x 宣/nr` of `中央汇金官宣`)
    return GLUED_AFTER.test(text.slice(end, tokens[j].end)) || (tokens[j].end === end + 1 && ANNOUNCING.test(text.slice(end, end + 2)));
  }
  return false;
}

/** Two-character words a body announces with, which the segmenter may cut across (`汇金官/x 宣/nr`). */
const ANNOUNCING = /^(?:官宣|宣布|发布|表示|回应|公告|声明|通报)$/;

