import { isChineseName, isHan, type Candidate } from './shared';
import { ORG_SUFFIXES, isLexiconPlace, suffixIn } from './builtins';

/** Endings of newspaper, magazine, broadcaster and news-app names. */
const MEDIA_END = /(?:新闻|消息|日报|时报|晚报|早报|周报|商报|报|周刊|月刊|杂志|画报|通讯社|电视台|广播电台|客户端|网)$/;
/** Cues before a byline or a source: `据央视新闻`, `【环球时报报道`, `来源：` list items. */
const SOURCE_CUE = /(?:据|【|来源[：:/])(?:早前|此前|日前|近日|稍早|稍早前)?$/;
/** Cues after a medium's name: `纵览新闻记者`, `环球时报报道`. */
const BYLINE_AFTER = /^(?:记者|报道|消息|援引|称|客户端|报料|评论员|特约)/;

/**
 * Names of media: `《新闻周刊》`, `据央视新闻`, `纵览新闻记者`, the items of `来源：央视新闻、参考消息`.
 * Book-title marks hold titles of works too (`《公司法》`): only names ending like a medium count.
 */
export function findMedia(text: string): Candidate[] {
  const out: Candidate[] = [];
  const add = (start: number, end: number, rule: string): void => {
    out.push({ start, end, type: 'organization', rule, priority: 5 });
  };
  for (const m of text.matchAll(/《([^《》\n]{2,12})》/g)) {
    if (MEDIA_END.test(m[1]) && isHan(m[1])) add(m.index + 1, m.index + 1 + m[1].length, 'media-title');
  }
  for (const m of text.matchAll(/新闻|消息|日报|时报|晚报|早报|周刊/g)) {
    const end = m.index + m[0].length;
    if (!BYLINE_AFTER.test(text.slice(end, end + 3)) && !/^[，,、（(]/.test(text.charAt(end))) continue;
    const start = bylineStart(text, m.index, end);
    if (start < 0) continue;
    // `消息` is the news a source gives (`据新京报消息` → `新京报`, `据外交部消息`, `最新消息`): a medium
    // only when the words before it end like one; `参考消息` itself comes from the outlet list
    if (m[0] !== '消息') add(start, end, 'media-byline');
    else if (MEDIA_END.test(text.slice(start, m.index))) add(start, m.index, 'media-byline');
  }
  if (CREDIT_ANY.test(text)) {
    for (const m of text.matchAll(CREDIT_SOURCE)) creditedSources(text, m.index + m[0].length, out);
    for (const m of text.matchAll(CREDIT_STAFF)) creditedStaff(text, m.index + m[0].length, out);
  }
  return out;
}

/** A place's police, traffic police or fire service by generic words (`泰安警方`, `贵阳公安`, `南京消防`). */
const FORCE = /^([\u4e00-\u9fff]{2,4}?)(?:警方|交警|公安|消防)$/;
/** Characters every credit cue holds one of: most paragraphs have none. */
const CREDIT_ANY = /[源综编校审作撰统监策摄]/;
/** A credit of where text or pictures come from: `图源：视觉中国`, `综合自环球网、参考消息`, `图片来源丨新华社`. */
const CREDIT_SOURCE = /(?:^|(?<=[\s（(【|｜丨*_。]))(?:来源|图源|图片来源|素材来源|视频来源|资料来源|信息来源) ?[：:丨|｜/]\s*|综合自/g;
/**
 * A credit of who wrote, translated or edited: `编辑：罗琨 李中元`, `作者丨陈淼松`, `编辑 | 陈弗也`, `责编：王芳`, `编辑/田野`, `编译/金鹿`,
 * `编辑 何立新 责编 王芳` (a space, a name, a space or the end).
 */
const CREDIT_STAFF = /(?:^|(?<=[\s（(【|｜丨*_]))(?:责任编辑|责编|编辑|编译|校对|审核|作者|撰文|统筹|监制|策划|摄影|实习生)(?: ?[：:丨|｜/／]\s*| (?=[\u4e00-\u9fff]{2,3}(?: |$)))/g;
/** Items that credit no one in particular: `受访者`, `网络`, `公开资料`, `当事人账号`, `某社交媒体平台`. */
const NO_SOURCE = /^(?:受访者|网络|网友|网传|公开资料|资料|资料图|截图|视频截图|网络截图|当事人|某|本报|本台|本网|本刊|作者|图片|新闻|社交媒体|官网|视频|综合|责编|编辑|记者|[\u4e00-\u9fff]媒$)/;
/** Items that are a kind of thing, not who made it: `抖音用户`, `小巴拍摄`, `美媒报道配图`, `某某论文`, `微信公众号`. */
const NO_SOURCE_END = /(?:微博|公众号|公众|公号|官微|账号|截图|资料|官网|网站|用户|网友|拍摄|摄|配图|海报|论文|专题片|小程序|截至|报道|采访|平台)$/;
/** An outlet's name, then a reporter's (`凤凰卫视杨平俊`, `北岸日报王小明`). */
const STAFFED = /^([\u4e00-\u9fff]{2,8}?(?:卫视|电视台|日报|晚报|新闻|网|社|报))([\u4e00-\u9fff]{2,3})$/;
/** An item of a credit list: a name in book-title marks or quotes after an optional region, or a run of Han characters. */
const CREDIT_ITEM = /(?:[\u4e00-\u9fff]{0,4}[《“]([^《》“”\n]{2,12})[》”]|([\u4e00-\u9fff]{2,12}))/y;

/**
 * The outlets and agencies of a credit (rule `media-source`): `图源：台湾《联合报》` → `联合报`,
 * `综合自环球网、参考消息` → both; `图源：王海微博` → the person `王海`. Items are split at `、`, `，`,
 * `和`, a space or a second `综合` (`潇湘晨报综合新华社`).
 */
function creditedSources(text: string, at: number, out: Candidate[]): void {
  for (let n = 0; n < 8; n++) {
    CREDIT_ITEM.lastIndex = at;
    const m = CREDIT_ITEM.exec(text);
    if (!m) return;
    let name = m[1] ?? m[2];
    const start = m[1] ? at + m[0].indexOf(m[1]) : at;
    const more = m[2] ? name.indexOf('综合', 2) : -1;
    if (more > 0) name = name.slice(0, more);
    else if (m[2] && name.endsWith('等')) name = name.slice(0, -1);
    const own = /^(.+?)(?:官方)?微博$/.exec(name);
    // a place's police or firemen by their account's name (`来源：泰安警方`, `贵阳公安`): the place, the rest a generic word
    const force = FORCE.exec(name);
    // an outlet and its reporter written together (`来源：凤凰卫视杨平俊、李占清`): the outlet, then the person
    const staff = STAFFED.exec(name);
    if (force && isLexiconPlace(force[1])) out.push({ start, end: start + force[1].length, type: 'place', rule: 'media-source', priority: 5 });
    else if (own && isChineseName(own[1], true)) out.push({ start, end: start + own[1].length, type: 'person', rule: 'credit-name', priority: 5 });
    else if (staff && isChineseName(staff[2], true) && !NO_SOURCE.test(staff[1])) {
      out.push({ start, end: start + staff[1].length, type: 'organization', rule: 'media-source', priority: 5 });
      out.push({ start: start + staff[1].length, end: start + name.length, type: 'person', rule: 'credit-name', priority: 5 });
    }
    else if (!NO_SOURCE.test(name) && !NO_SOURCE_END.test(name) && !(isChineseName(name, true) && !MEDIA_END.test(name))) out.push({ start, end: start + name.length, type: 'organization', rule: 'media-source', priority: 5 });
    at = more > 0 ? start + more + 2 : m[1] ? start + name.length + 1 : at + m[0].length;
    if (more > 0) continue;
    const sep = /^(?:[、，, ]|和|及)/.exec(text.slice(at, at + 1));
    if (!sep) return;
    at += 1;
  }
}

/** The people a staff credit names (rule `credit-name`): `编辑：罗琨 李中元` → both; `作者丨陈淼松，深圳卫视直新闻主笔` → the person and the outlet. */
function creditedStaff(text: string, at: number, out: Candidate[]): void {
  for (let n = 0; n < 4; n++) {
    const m = /^([\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])/.exec(text.slice(at, at + 5));
    if (!m || !isChineseName(m[1], true)) return;
    out.push({ start: at, end: at + m[1].length, type: 'person', rule: 'credit-name', priority: 5 });
    at += m[1].length;
    const outlet = /^[，,]([\u4e00-\u9fff]{2,10}?)(?:主笔|主编|记者|编辑|评论员)/.exec(text.slice(at, at + 16));
    if (outlet && MEDIA_END.test(outlet[1]) || outlet && /(?:卫视|电视|传媒)/.test(outlet[1])) {
      out.push({ start: at + 1, end: at + 1 + outlet![1].length, type: 'organization', rule: 'media-source', priority: 5 });
      return;
    }
    const sep = /^[ 、，,]+/.exec(text.slice(at, at + 3));
    if (!sep) return;
    at += sep[0].length;
  }
}

/** A time word opening the sentence before an outlet's byline (`随后大皖新闻记者`): no part of the outlet's name. */
const TIME_LEAD = /^(?:随后|随即|此后|之后|目前|近日|日前|当天|当日|同时|此外|另外|如今|今天|昨天|今日|昨日)/;

/**
 * Start of a medium's name ending at `at` (its ending word, `新闻`…, runs to `end`) whose text before is a
 * byline cue (`据`, `【`, line start, after a time word opening the sentence) or a comma when its reporter follows
 * (`，顶端新闻记者`), or -1.
 */
function bylineStart(text: string, at: number, end: number): number {
  for (let n = 1; n <= 4; n++) {
    const start = at - n;
    // the cue is no part of the name (`据直新闻` → `直新闻`)
    if (start < 0 || !isHan(text.slice(start, at)) || text.charAt(start) === '据') continue;
    const before = text.slice(Math.max(0, start - 6), start);
    if (SOURCE_CUE.test(before)) return start;
    // a one-character name only right after a cue (`据潮新闻`): elsewhere a word before `新闻` (`。本新闻`)
    if (n === 1) continue;
    // (a time word leaves at least one character of the name before its ending word: `随后潮新闻` → `潮新闻`)
    if (/(?:^|[\n。；：:*_\s])$/.test(before)) return start + (TIME_LEAD.exec(text.slice(start, at - 1))?.[0].length ?? 0);
    // a reporter of the outlet opening a clause: `针对市民的疑问，顶端新闻记者于2月26日联系`
    if (before.endsWith('，') && text.startsWith('记者', end)) return start;
  }
  return -1;
}

/** Named groups in quotes: `“伊斯兰国”组织`, `极端组织分支“伊斯兰国呼罗珊省”`, `智库“战略与国际研究中心”`, and an acronym after them `（ISIS-K）`. */
export function findQuotedOrganizations(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(组织|分支|团体|武装|智库|研究机构)?“([^“”\n]{2,12})”(组织|武装|团体)?(?:[（(]([A-Z][A-Z0-9-]{1,9})[)）])?/g)) {
    if (!m[1] && !m[3]) continue;
    // `智库“唱衰”`: after a think tank, only a name ending like a body (`智库“战略与国际研究中心”`)
    if (!m[3] && (m[1] === '智库' || m[1] === '研究机构') && !suffixIn(m[2], ORG_SUFFIXES)) continue;
    const start = m.index + (m[1]?.length ?? 0) + 1;
    out.push({ start, end: start + m[2].length, type: 'organization', rule: 'quoted-organization', priority: 5 });
    if (m[4]) {
      const a = m.index + m[0].length - 1 - m[4].length;
      out.push({ start: a, end: a + m[4].length, type: 'organization', rule: 'acronym', priority: 5 });
    }
  }
  return out;
}
