import type { Token } from '../types';
import { CITY_SHORT, COMPANIES, COMPANIES_CUED, INDUSTRIES, PLACES, WordSet } from './builtins';
import { isShortPlace, isTaggedPlace } from './places';
import { isHan, type Candidate } from './shared';
import { STOP_WORDS } from './organizations';

/** The legal form that ends a company's registered name: `有限公司`, `股份有限公司`, `有限责任公司`, `股份公司`, a partnership's `合伙企业（有限合伙）`. */
const LEGAL_FORM = /(?:股份)?有限(?:责任)?公司|股份公司|合伙企业[（(][有普][限通]合伙[）)]/g;
/** Tags of the words a registered name is made of: names, nouns, abbreviations, unknown words (`新基石`'s `基石/n`, `恩捷/x`). */
const PART_TAGS: ReadonlySet<string> = new Set(['n', 'nz', 'ns', 'nt', 'nr', 'nrt', 'nrfg', 'j', 'x', 'vn', 'l', 'i', 'b', 'an', 'ng', 'g', 'eng']);
/** Nouns that name a company's relation to another, before its name, never in it: `旗下`, `股东`, `前身`. */
const RELATION: ReadonlySet<string> = new WordSet('旗下 下属 股东 单位 主体 前身 企业 记者 消息 客户 合作方 供应商 平台 品牌 法人 商家'.split(' '));
/** A relation word, or a party to a deal named by its side (`卖方/n`, `甲方/n`, `出品方/n`), before a firm's name. */
const isRelation = (p: Part): boolean => RELATION.has(p.word) || (p.tag === 'n' && /^[\u4e00-\u9fff]{1,2}方$/.test(p.word));
/** Tags of a word that counts or qualifies a kind of company before it, not a name: `一家/m`, `该/r`, `私募/a`, `大型/b`. */
const QUALIFIER_TAGS: ReadonlySet<string> = new Set(['m', 'mq', 'r', 'q', 'a', 'b']);
/** Tags of common words: a kind of firm named in them after a qualifier is no name (`一家/m 私募/a 基金/n 管理/vn …`). */
const COMMON_TAGS: ReadonlySet<string> = new Set(['n', 'vn', 'v', 'l', 'a', 'b', 'i', 'an', 'ng']);
/**
 * Grammar characters in an unknown word, which the segmenter glued from the sentence onto a name (`曾任/x 东莞市…`,
 * `人因/x 内幕交易`, `方有/x 新丽`, `对鼎益丰/x`): the name starts after such a word, or after its first character.
 */
const GLUED = /[之及的了着过把被让给很都也还就才是在向等未和与对为从据由而但将涉任继原以自其这那该每各某比因至有应]/;
const GLUED_FIRST = /^[对由向从被把给及与和为将据应]/;
/** One-character words that end a clause before a name for sure (`是/v 中铁…`); any other glued one leaves the start in doubt (`湖南裕/nr 能/v 新能源…`). */
const CLEAR_STOPS: ReadonlySet<string> = new Set(['p', 'c', 'u', 'uj', 'ul', 'ud', 'ug', 'uv', 'uz', 'r', 'm']);
const CLEAR_WORDS = /^[是在和与及或为将]$/;
/** Letters standing for a withheld name: `南京某设计有限公司`, `X有限公司`. */
const MASKED = /[某XＸ×*＊]/;
/** A branch named after the company: `中国建设银行股份有限公司深圳市分行`, `…有限公司昆明分公司`. */
const BRANCH = /^([\u4e00-\u9fff]{2,4}?)(?:分公司|分行|支行)/;
/** A zone the firm sits in, before its name, not part of it (`海安/nz 经济/n 技术开发区/n 亚太轻合金…`). */
const ZONE = /(?:开发区|园区|工业区|保税区|高新区)$/;
const MAX_LENGTH = 32;

/** One word of a registered name: its text (cut at the legal form), tag, and whether it names a place. */
interface Part {
  start: number;
  word: string;
  tag: string;
  place: boolean;
  bracketed: boolean;
}

/**
 * Companies by their registered names (rule `registered-name`, organization): the legal form `有限公司` and
 * the words before it back to the name's start — a place, the firm's own name, its trade, maybe a place in
 * brackets: `新基石（深圳）科技有限公司`, `云南恩捷新材料股份有限公司`, `东道有限公司`, with a branch after it
 * (`中国建设银行股份有限公司深圳市分行`). Not a kind (`一家网络科技有限公司`: places and trades alone, or a qualifier
 * before common words), not a withheld name (`南京某设计有限公司`), and nothing where the name's start is in doubt.
 */
export function findRegisteredNames(text: string, tokens: readonly Token[]): Candidate[] {
  if (!text.includes('公司') && !text.includes('合伙企业')) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(LEGAL_FORM)) {
    const formEnd = m.index + m[0].length;
    const j = tokenAt(tokens, m.index - 1);
    if (j < 0 || !endsToken(tokens, formEnd)) continue;
    const parts = partsBefore(text, tokens, j, m.index);
    const start = nameStart(text, parts, tokens[parts.stop]);
    if (start < 0) continue;
    const branch = BRANCH.exec(text.slice(formEnd, formEnd + 7));
    const end = branch && isPlaceWord(branch[1]) ? formEnd + branch[0].length : formEnd;
    out.push({ start, end, type: 'organization', rule: 'registered-name', priority: 4 });
  }
  return out;
}

/**
 * The words before the legal form at `at` (token `j` holds `at - 1`), left to right, from the first after one that
 * cannot be in a name (its index `stop`, -1 at the paragraph's start).
 */
function partsBefore(text: string, tokens: readonly Token[], j: number, at: number): Part[] & { stop: number } {
  const parts: Part[] = [];
  let end = at;
  let k = j;
  let cut = false;
  for (; k >= 0 && at - tokens[k].start <= MAX_LENGTH; k--) {
    const t = tokens[k];
    const word = text.slice(t.start, Math.min(t.end, end));
    // a hyphen inside a name (`梅赛德斯-奔驰（中国）…`): part of it when a name stands before it
    if ((word === '-' || word === '－') && parts.length > 0 && k > 0 && isHan(tokens[k - 1].word)) {
      parts.push({ start: t.start, word, tag: 'x', place: false, bracketed: false });
      end = t.start;
      continue;
    }
    if (word === '）' || word === ')') {
      const open = bracketOpen(tokens, k);
      if (open < 0) break;
      const inner = text.slice(tokens[open].end, t.start);
      // a place or a trade in brackets: `（深圳）`, `（集团）`
      if (!isPlaceWord(inner) && !INDUSTRIES.has(inner)) break;
      parts.push({ start: tokens[open].start, word: inner, tag: 'bracket', place: isPlaceWord(inner), bracketed: true });
      k = open;
      end = tokens[open].start;
      continue;
    }
    // a name the dictionary reads as an adjective is one after a place (`宁波/ns 灵均/a 投资…`)
    if (!(isPart(word, t.tag) || (t.tag === 'a' && k > 0 && isPlace(tokens[k - 1]))) || STOP_WORDS.has(word) || ZONE.test(word) || (parts.length > 0 && word.endsWith('公司'))) {
      // a name the segmenter cut into single characters right after punctuation (`、/x 乐/a 视/vg 控股…`)
      // … or a company's name the lists know, which the segmenter cut (`海底/s 捞/v 餐饮…`), once
      const from = parts.length > 0 && !cut ? singlesFrom(tokens, k) ?? companyEndingAt(text, tokens, k) : -1;
      if (from < 0) break;
      parts.push({ start: tokens[from].start, word: text.slice(tokens[from].start, t.end), tag: 'x', place: false, bracketed: false });
      cut = true;
      k = from;
      end = tokens[from].start;
      continue;
    }
    if (t.tag === 'x' && GLUED.test(word)) {
      // `对鼎益丰/x`: the name after the preposition
      if (GLUED_FIRST.test(word) && word.length >= 3 && !GLUED.test(word.slice(1))) parts.push({ start: t.start + 1, word: word.slice(1), tag: 'x', place: false, bracketed: false });
      break;
    }
    parts.push({ start: t.start, word, tag: t.tag, place: isPlace(t, word), bracketed: false });
    end = t.start;
  }
  return Object.assign(parts.reverse(), { stop: k });
}

/**
 * The first of two or three one-character words ending at token `k` that follow punctuation or the paragraph's start, none a
 * grammar character (`、/x 乐/a 视/vg`: a name the segmenter did not know), or null.
 */
function singlesFrom(tokens: readonly Token[], k: number): number | null {
  let j = k;
  while (j >= 0 && k - j < 3 && tokens[j].word.length === 1 && isHan(tokens[j].word) && !GLUED.test(tokens[j].word)) j--;
  return k - j >= 2 && (j < 0 || !isHan(tokens[j].word)) ? j + 1 : null;
}

/** The first token of a company's name the lists know that ends with token `k` (`海底/s 捞/v` → `海底捞`), or -1. */
function companyEndingAt(text: string, tokens: readonly Token[], k: number): number {
  for (let j = k; j >= 0 && k - j < 4; j--) {
    const w = text.slice(tokens[j].start, tokens[k].end);
    if (w.length >= 2 && (COMPANIES.has(w) || COMPANIES_CUED.has(w))) return j;
  }
  return -1;
}

/** Where the name of `parts` (left to right; `before` the word before them) starts, or -1 when they name no firm. */
function nameStart(text: string, parts: Part[], before: Token | undefined): number {
  // the name opens with its place (`核准/n 赵峰/x 中国/ns 太平…`, `单位/n 南京/ns 师大…`): the last run of places
  let from = parts.length - 1;
  while (from >= 0 && (!parts[from].place || parts[from].bracketed)) from--;
  while (from > 0 && parts[from - 1].place && !parts[from - 1].bracketed) from--;
  // a place the segmenter cut across (`上/f 海运/n 协/n …` of `上海运协`)
  const across = from < 0 && before && before.word.length === 1 && parts.length > 0 && placeAcross(text, before, parts[0]);
  let sure = from >= 0 || across;
  if (from < 0) {
    // no place: not what the sentence says of the firm (`旗下`, `监管/vn`, `投资/vn`), after a clear stop
    from = 0;
    while (from < parts.length && (isRelation(parts[from]) || INDUSTRIES.has(parts[from].word) || /^vn?$/.test(parts[from].tag))) from++;
    // … or after a company's name the lists know (`打/v 海底捞/…餐饮股份有限公司`)
    sure ||= from > 0 || clearStop(before) || (parts.length > 0 && (COMPANIES.has(parts[0].word) || COMPANIES_CUED.has(parts[0].word)));
  }
  const name = parts.slice(from);
  if (!sure || name.length === 0 || name[0].bracketed || name.some((p) => MASKED.test(p.word))) return -1;
  // the firm's own name: what is neither a place, nor a trade, nor in brackets
  const own = name.filter((p) => !p.place && !p.bracketed && !INDUSTRIES.has(p.word));
  if (own.reduce((n, p) => n + p.word.length, 0) < 2) return -1;
  // `一家/m 私募/a 基金管理有限公司`: a kind of firm, counted or qualified, in common words
  if (from === 0 && before && QUALIFIER_TAGS.has(before.tag) && own.every((p) => COMMON_TAGS.has(p.tag))) return -1;
  return across && from === 0 ? before.start : name[0].start;
}

/** Whether the one-character word `before` and the start of `first` make a place: `上` + `海运` → `上海`. */
function placeAcross(text: string, before: Token, first: Part): boolean {
  for (let n = 1; n <= 2 && n < first.word.length; n++) if (isPlaceWord(text.slice(before.start, first.start + n))) return true;
  return false;
}

/** Whether the word `t` before a name ends what comes before it for sure: no word, punctuation, a preposition, `是`. */
function clearStop(t: Token | undefined): boolean {
  if (!t || !isHan(t.word)) return true;
  return t.word.length >= 2 ? t.tag !== 'x' || GLUED.test(t.word) : CLEAR_STOPS.has(t.tag) || CLEAR_WORDS.test(t.word);
}

/** A word that can be part of a registered name: a Han word of a noun's or name's tag, a trade, Latin letters (`TCL`). */
function isPart(word: string, tag: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9]*$/.test(word)) return true;
  if (!isHan(word)) return false;
  return PART_TAGS.has(tag) || INDUSTRIES.has(word) || (tag === 'a' && word.length === 1);
}

const isPlace = (t: Token, word = t.word): boolean => isPlaceWord(word) || isTaggedPlace(t) || isShortPlace(t);
const isPlaceWord = (w: string): boolean => PLACES.has(w) || CITY_SHORT.has(w) || (/[省市]$/.test(w) && CITY_SHORT.has(w.slice(0, -1)));

/** The index of the opening bracket matching the closing one at `k`, a few tokens back, or -1. */
function bracketOpen(tokens: readonly Token[], k: number): number {
  for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
    const w = tokens[i].word;
    if (w === '（' || w === '(') return i;
    if (!isHan(w)) return -1;
  }
  return -1;
}

/** The index of the token holding offset `at`, or -1. */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0, hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else if (tokens[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Whether a token ends at `at`. */
function endsToken(tokens: readonly Token[], at: number): boolean {
  const k = tokenAt(tokens, at - 1);
  return k >= 0 && tokens[k].end === at;
}
