import type { Token } from '../types';
import type { Candidate } from './shared';
import { FUNCTION_CHARS } from './places';
import { isLexiconPlace } from './builtins';

/** The kinds of business a company's name ends in, never a common noun's head after an unknown word. */
const HEADS: ReadonlySet<string> = new Set('资本 控股 地产 置业 集团 传媒 药业 科技 汽车 智库 资管 证券'.split(' '));
/**
 * Heads that are verbs as often (`投资`: `外商来镇投资`): a company's only where the words around say so — its
 * founder, a share it holds, its gloss in brackets or a ticker after it, a fund's kind before it (`量化私募九坤/x 投资`).
 */
const VERB_HEADS: ReadonlySet<string> = new Set(['投资']);
const COMPANY_AFTER = /^(?:创始人|联合创始人|董事长|总经理|合伙人|CEO|持股|旗下|有限|股份|[（(]|[A-Z]{2})/;
const COMPANY_BEFORE = /(?:私募|量化|旗下|基金|资管)$/;
/** What follows an index's or a sector's name, not a company's: `恒生科技指数`, `小鹏汽车板块`, `科技股`. */
const NOT_AFTER = /^(?:指数|板块|股|概念|ETF|行业|产业|领域|赛道)/;
/**
 * Grammar characters (places.ts FUNCTION_CHARS and more): an unknown word holding one is a phrase the segmenter
 * glued (`但千合`, `由宏润`, `二是`).
 */
const GRAMMAR = new RegExp(`${FUNCTION_CHARS.source}|[是在向等未和与对为从据由而但将涉任继原以自其这那该每各某比]`);
/** Counted kinds, not names: `两大科技`, `三家集团`. */
const COUNTED = /^[一二三四五六七八九十两几多数][大家个]/;

/**
 * Companies the segmenter's evidence names (rule `company-head`, organization): a word it does not know
 * (`x`: a name it found no entry for), two or three Han characters, right before the kind of business
 * that ends a company's name — `千合/x 资本`, `视涯/x 科技`, `高合/x 汽车`, `亿翰/x 智库`. Not an index or a sector
 * (`恒生科技指数`), not a phrase or a date glued before a name (`向千合/x`, `11日宏润/x`), not a counted kind (`两大/x 科技`).
 */
export function findCompanyHeads(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i], name = tokens[i - 1];
    const verbHead = VERB_HEADS.has(head.word);
    if ((!HEADS.has(head.word) && !verbHead) || name.tag !== 'x' || name.word.length < 2 || name.word.length > 3) continue;
    if (verbHead && !COMPANY_AFTER.test(text.slice(head.end, head.end + 5)) && !COMPANY_BEFORE.test(text.slice(Math.max(0, name.start - 2), name.start))) continue;
    if (!/^[\u4e00-\u9fff]+$/.test(name.word) || GRAMMAR.test(name.word) || COUNTED.test(name.word)) continue;
    if (NOT_AFTER.test(text.slice(head.end, head.end + 4))) continue;
    // a date's last character glued on (`11日/宏润`: `日宏润/x`)
    if (/^[年月日号]/.test(name.word) && /[0-9０-９一二三四五六七八九十]/.test(text.charAt(name.start - 1))) continue;
    out.push({ start: name.start, end: head.end, type: 'organization', rule: 'company-head', priority: 3 });
  }
  return out;
}

/** What after `X航空` continues a common noun (`中国航空业`, `美国航空系统`, `新加坡航空展`), not an airline's name. */
const NOUN_AFTER = /^(?:n|vn|ng|nz|nt|an)$/;

/**
 * Airlines named, as most are, by their place and `航空` (rule `airline`, organization): `桂林航空的航班`,
 * `以色列航空一架飞机`, `卡塔尔航空等股东` — a place of the lexicons, the word `航空` alone, then no noun it would
 * qualify (`中国/航空业`, `美国/航空/系统`, `航空/航天`).
 */
export function findAirlines(tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].word !== '航空' || !isLexiconPlace(tokens[i - 1].word)) continue;
    const next = tokens[i + 1];
    if (next && (NOUN_AFTER.test(next.tag) || /^[业界航]/.test(next.word))) continue;
    out.push({ start: tokens[i - 1].start, end: tokens[i].end, type: 'organization', rule: 'airline', priority: 4 });
  }
  return out;
}
