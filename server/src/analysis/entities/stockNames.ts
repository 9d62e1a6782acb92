import type { EntityMention, Token } from '../types';
import { PLACES } from './builtins';
import { NAME_TAGS } from './shared';
import { LATIN_ITEM, findEnumerations, type Item } from './enumerations';

/** Adverbs between a name (or its list's `等`) and the move: `等早盘跟涨`, `双双跌停`, `等一度涨幅居前`. */
const MOVE_ADVERBS = '(?:早盘|尾盘|盘中|午盘|午后|开盘|盘初|一度|集体|双双|纷纷|均|亦|也|全线|相继|先后|逆市|逆势|直线|强势|收盘|开|收|曾|即|仍|又|累计?|同样|最高|最低)*';
/** Stock-move words: `涨停`, `跌超5%`, `领涨`, `涨幅居前`, `封板`, `一字板`, a board count `（4板）`, a share code `(00305.HK)`. */
const MOVES = '(?:触及|冲击|冲|直线)?(?:涨停|跌停)|[涨跌](?:超|逾)?[0-9０-９]|涨超|跌超|涨逾|跌逾|领涨|跟涨|跟跌|领跌|大涨|大跌|暴涨|暴跌|涨幅居前|跌幅居前|封板|一字板|股价|逆市上扬|高开|低开|平开';
const CODE = '[(（](?:[0-9]{1,2}板|[0-9]{4,6}(?:\\.[A-Z]{2})?)[)）]';
/** A move right after a single name. */
const MOVE_AFTER = new RegExp(`^(?:${CODE}|等?${MOVE_ADVERBS}(?:${MOVES}))`);
/**
 * `涨近20%`: a move after a name in Latin letters only (`Cloudflare涨近20%`); after Han words it follows
 * times and sectors as often (`日内跌近0.3%`, `尾盘又跌近1%`).
 */
const NEAR_MOVE_AFTER = new RegExp(`^${MOVE_ADVERBS}[涨跌]近[0-9０-９]`);
/** A move after the last item of a list, optionally closed by `等`. */
const LIST_MOVE_AFTER = new RegExp(`^(?:${CODE})?等?${MOVE_ADVERBS}(?:${MOVES})`);
/**
 * A plain rise or fall the items of a list share (`普拉达、周大福、欧苏丹皆下跌`): a move only when the list
 * holds names found otherwise (after words alone it could be anything's: `债券、黄金、加密货币均上涨`).
 */
const LIST_SHARED_MOVE = /^(?:皆|均|齐|都|全线|集体|纷纷|双双)(?:下跌|上涨|走低|走高|收跌|收涨|下挫|回落|飘红|翻绿)/;
/**
 * A name-shaped word: 2–6 Han characters, with a risk-warning prefix (`*ST`) or a share-class suffix (`-W`,
 * `-SW`, `-U`), or a name in Latin letters with capitals and lower case (`Cloudflare`; not `ETF`, `AI`).
 */
const HAN_NAME = /^(?:\*?ST)?[\u3400-\u9fff]{2,6}(?:-[A-Z]{1,2})?$/;
const isNameShape = (s: string): boolean => HAN_NAME.test(s) || LATIN_ITEM.test(s);
/** Indexes, sectors, markets, kinds of shares and a part of them, never one company: `沪指`, `创业板指`, `锂电池板块`, `券商股`, `大盘`, `成分股中`. */
const NOT_COMPANY = /(?:[指股市盘中]|板块|概念|指数|行业|产业|赛道|题材|方向|公司|集团|企业|个股|龙头|期货|黄金|原油|汇率|人民币|美元|债|[价量率额]|价格|链|收入|利润|营收|规模|出口|进口|消费品|必需品|新势力|新贵|[原美布]油|资产|光伏|次新|中概|币|纳斯达克)$/;
/** Tags of grammar words, never inside a name. */
const GRAMMAR_TAGS: ReadonlySet<string> = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'y', 'e', 'o', 't']);
/**
 * What every move above holds (`MOVES`, `CODE`, `NEAR_MOVE_AFTER`, `LIST_SHARED_MOVE`): a paragraph without any of these
 * has no move.
 */
const ANY_MOVE = /[涨跌板]|股价|[高低平]开|上扬|下挫|回落|飘红|翻绿|走[低高]|[(（][0-9]/;
/** Rules of the company and outlet lists, whose names know where they begin. */
const LISTED: ReadonlySet<string> = new Set(['lexicon-company', 'lexicon-outlet']);
/** Where a single name begins at the latest. */
const BEFORE_NAME = /[，,。；;：:！？!?（(“”「」《》、\s]/;

/**
 * Listed companies from the layout of market reports: a name-shaped word right before a stock move
 * (`甲乙科技涨停`, `丙丁股份(600000.SH)涨5%`), and every item of a `、` list whose last item is
 * followed by one (`甲乙科技、丙丁股份等早盘跟涨`) → organization (rule `stock-move`), taking the place of
 * the names found inside it (`[甲乙]科技`). User entries, `none` words, one common dictionary word
 * (`油价大涨`) and indexes or sectors (`沪指涨超1%`, `锂电板块大涨`) stay as they are.
 */
export function findStockNames(text: string, tokens: readonly Token[], mentions: EntityMention[], suppressed: readonly { start: number; end: number; word: string }[]): EntityMention[] {
  // most paragraphs report no move: one search for the words every move holds spares a test at every token
  if (!ANY_MOVE.test(text)) return mentions;
  const singles: Item[] = [];
  let prevMove = false;
  for (const t of tokens) {
    // `触及涨停`: the move begins at `触及`, not at `涨停`
    const move = MOVE_AFTER.test(text.slice(t.start, t.start + 14));
    if (move && !prevMove) {
      const item = singleItem(text, t.start);
      if (item) singles.push(item);
    } else if (!move && !prevMove && NEAR_MOVE_AFTER.test(text.slice(t.start, t.start + 14))) {
      const item = singleItem(text, t.start);
      if (item && LATIN_ITEM.test(item.text)) singles.push(item);
    }
    prevMove = move;
  }
  const items: Item[] = [...singles];
  for (const list of findEnumerations(text, tokens, mentions)) {
    const last = list[list.length - 1];
    // the last item as far as the move (`西部证券、[西南]证券触及涨停`, the list read only `西南`)
    const single = singles.find((x) => x.start === last.start);
    const beyond = singles.find((x) => x.start === last.end + 1 && text.charAt(last.end) === '、');
    if (beyond) items.push(beyond);
    const after = text.slice(last.end, last.end + 14);
    const shared = LIST_SHARED_MOVE.test(after) && list.length >= 2 && list.every((it) => mentions.some((m) => m.start === it.start && m.end === it.end));
    if (!single && !beyond && !shared && !LIST_MOVE_AFTER.test(after)) continue;
    items.push(...list.slice(0, -1), single ?? last);
    const lead = leadingItem(text, list[0].start);
    if (lead) items.push(lead);
  }
  let out = mentions;
  for (const item of items) {
    const it = withoutLeadingVerb(text, tokens, item);
    if (isCompanyName(tokens, it, suppressed)) out = addCompany(out, it);
  }
  return out;
}

/** An adverb between a name and its move the segmenter glued to the name (`*ST左江/再度`, `碧桂园/跳水`, `道指/收`, `标普累|跌`, `亚马逊大|涨`). */
const ADVERB_TAIL = /(?:再度|再次|下挫|跳水|突然|一度|收|开|累|曾|即|仍|又|同样|最新|连续|大幅|小幅|大|飚|探底回升)$/;
/** A time, no name: `连续两天`, `一小时后`, `日内`, `同比`; a comparison (`较上一交易日`). */
const TIME_WORDS = /[0-9０-９]|[一二两三四五六七八九十几]+(?:天|小时|日|周|个月|年)|[前后]$|^(?:日内|盘中|早盘|午盘|尾盘|盘后|盘前|今日|昨日|当日|本周|上周|周内|年内|全[天日周月年]|同比|环比|较)|^周[一二三四五六日]$/;
/** A time or a conjunction before the name (`隔夜特斯拉涨`, `周四英伟达跌`, `而奈飞累涨`): not part of it. */
const LEADING_WORD = /^(?:隔夜|昨夜|今晨|周[一二三四五六日]|而|但|且)/;

/** A kind of share before a name, not part of it: `新股`, `高位股`, `热门股`. */
const SHARE_KIND = /股((?:\*?ST)?[\u3400-\u9fff]{2,6})$/;

/** The name right before a move at `end`: back to punctuation or a kind of share, 2–6 Han characters. */
function singleItem(text: string, end: number): Item | null {
  let start = end;
  while (start > 0 && end - start <= 12 && !BEFORE_NAME.test(text.charAt(start - 1))) start--;
  let s = text.slice(start, end);
  const lead = LEADING_WORD.exec(s);
  if (lead && s.length - lead[0].length >= 2) { start += lead[0].length; s = s.slice(lead[0].length); }
  const tail = ADVERB_TAIL.exec(s);
  if (tail && s.length - tail[0].length >= 2) { end -= tail[0].length; s = s.slice(0, -tail[0].length); }
  if (TIME_WORDS.test(s.replace(/^\*?ST/, ''))) return null;
  const kind = SHARE_KIND.exec(s);
  if (kind) { start = end - kind[1].length; s = kind[1]; }
  // the last word of a Latin name a space or a wrap cuts (`Marathon⏎Digital涨`) is no name alone
  if (/\s/.test(text.charAt(start - 1)) && /[A-Za-z0-9]/.test(text.charAt(start - 2))) return null;
  return isNameShape(s) ? { start, end, text: s } : null;
}

/** A list's first item when the list read it as too long, a kind of share before it (`高位股甲乙科技、…`). */
function leadingItem(text: string, first: number): Item | null {
  if (text.charAt(first - 1) !== '、') return null;
  const item = singleItem(text, first - 1);
  return item && text.slice(Math.max(0, item.start - 1), item.start) === '股' ? item : null;
}

/** A verb the name was read together with (`推动特斯拉|股价大涨`, `压低三星物产|股价`): the name after it. */
function withoutLeadingVerb(text: string, tokens: readonly Token[], it: Item): Item {
  const k = tokens.findIndex((t) => t.start === it.start);
  const verb = k >= 0 ? tokens[k] : undefined;
  // the word after it a name by itself (`推动/v 特斯拉/nrt`; not `远航/v 食品/n`, a name's own first word)
  if (!verb || verb.tag !== 'v' || verb.word.length < 2 || verb.end >= it.end || !NAME_TAGS.has(tokens[k + 1]?.tag ?? '')) return it;
  return { start: verb.end, end: it.end, text: text.slice(verb.end, it.end) };
}

/** A name, not an index or sector, not one common word, no grammar word inside, not cut across a word. */
function isCompanyName(tokens: readonly Token[], it: Item, suppressed: readonly { start: number; end: number; word: string }[]): boolean {
  if (!isNameShape(it.text) || NOT_COMPANY.test(it.text) || PLACES.has(it.text)) return false;
  if (suppressed.some((s) => (s.start < it.end && it.start < s.end) || s.word === it.text)) return false;
  const han = /[\u3400-\u9fff]/;
  const inside = tokens.filter((t) => t.start < it.end && it.start < t.end && han.test(t.word));
  if (inside.some((t) => t.start < it.start || t.end > it.end || GRAMMAR_TAGS.has(t.tag) || t.word === '等')) return false;
  // an adverb right before the move (`柴油每吨分别|累计涨`) ends no name, nor do verbs open and close one (`有利于/v 驱动/vn|股价`)
  if (inside.length > 1 && (inside[inside.length - 1].tag === 'd' || (inside[0].tag === 'v' && /^vn?$/.test(inside[inside.length - 1].tag)))) return false;
  return !(inside.length === 1 && !NAME_TAGS.has(inside[0].tag));
}

/** The company in place of the rules' mentions inside it; a user entry or a crossing mention keeps its place. */
function addCompany(mentions: EntityMention[], it: Item): EntityMention[] {
  // a name found before `股份` is the company's own name (`比亚迪股份涨` → `比亚迪`)
  const named = it.text.endsWith('股份') ? mentions.find((m) => m.start === it.start && m.end === it.end - 2) : undefined;
  if (named) {
    if (named.rule !== 'user-lexicon') named.type = 'organization';
    return mentions;
  }
  const over = mentions.filter((m) => m.start < it.end && it.start < m.end);
  if (over.some((m) => m.rule === 'user-lexicon' || m.start < it.start || m.end > it.end)) return mentions;
  // a company of the lists ending where the name ends is the name: the layout read words before it too (`效仿/n 东方甄选`)
  if (over.some((m) => m.end === it.end && m.start > it.start && m.type === 'organization' && LISTED.has(m.rule))) return mentions;
  const company: EntityMention = { start: it.start, end: it.end, text: it.text, type: 'organization', rule: 'stock-move' };
  return [...mentions.filter((m) => !over.includes(m)), company].sort((a, b) => a.start - b.start);
}
