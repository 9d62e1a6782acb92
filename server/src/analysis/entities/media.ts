import { isHan, type Candidate } from './shared';

/** Endings of newspaper, magazine, broadcaster and news-app names. */
const MEDIA_END = /(?:新闻|消息|日报|时报|晚报|早报|周报|商报|报|周刊|月刊|杂志|画报|通讯社|电视台|广播电台|客户端|网)$/;
/** Cues before a byline or a source: `据央视新闻`, `【环球时报报道`, `来源：` list items. */
const SOURCE_CUE = /(?:据|【|来源[：:/])$/;
/** Cues after a medium's name: `纵览新闻记者`, `环球时报报道`. */
const BYLINE_AFTER = /^(?:记者|报道|消息|援引|称|客户端|报料|评论员|特约)/;
const NAME = /[\u4e00-\u9fff]{2,8}/y;

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
    const start = bylineStart(text, m.index);
    if (start >= 0) add(start, end, 'media-byline');
  }
  for (const m of text.matchAll(/来源[：:]/g)) sourceList(text, m.index + m[0].length, add);
  return out;
}

/** Start of a medium's name ending at `at` whose text before is a byline cue (`据`, `【`, line start), or -1. */
function bylineStart(text: string, at: number): number {
  for (let n = 2; n <= 4; n++) {
    const start = at - n;
    if (start < 0 || !isHan(text.slice(start, at))) continue;
    const before = text.slice(Math.max(0, start - 3), start);
    if (SOURCE_CUE.test(before) || /(?:^|[\n。；：:*_\s])$/.test(before)) return start;
  }
  return -1;
}

/** The items of a source list (`央视新闻、参考消息、红星新闻`) that end like a medium. */
function sourceList(text: string, at: number, add: (s: number, e: number, rule: string) => void): void {
  for (;;) {
    NAME.lastIndex = at;
    const m = NAME.exec(text);
    if (!m) return;
    if (MEDIA_END.test(m[0])) add(at, at + m[0].length, 'media-source');
    at += m[0].length;
    if (!/[、，,]/.test(text.charAt(at))) return;
    at++;
  }
}

/** Named groups in quotes: `“伊斯兰国”组织`, `极端组织分支“伊斯兰国呼罗珊省”`, and an acronym after them `（ISIS-K）`. */
export function findQuotedOrganizations(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/(组织|分支|团体|武装)?“([^“”\n]{2,12})”(组织|武装|团体)?(?:[（(]([A-Z][A-Z0-9-]{1,9})[)）])?/g)) {
    if (!m[1] && !m[3]) continue;
    const start = m.index + (m[1]?.length ?? 0) + 1;
    out.push({ start, end: start + m[2].length, type: 'organization', rule: 'quoted-organization', priority: 5 });
    if (m[4]) {
      const a = m.index + m[0].length - 1 - m[4].length;
      out.push({ start: a, end: a + m[4].length, type: 'organization', rule: 'acronym', priority: 5 });
    }
  }
  return out;
}
