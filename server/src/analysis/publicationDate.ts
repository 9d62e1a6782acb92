import type { Block, PublicationDate } from './types';

const FULL_DATE = /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*日?/;
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:发布|发表|更新|刊发|出版)?(?:时间|日期)|Published|Date)?\s*[:：]?\s*` + FULL_DATE.source +
    String.raw`(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:(?:来源|作者|编辑)[:：].*)?$`,
  'i',
);
/** The longest paragraph read as a date line (longer ones are body text). */
const DATE_LINE_MAX = 60;
const SENTENCE_END = /[。！？!?]/;
const URL_DATE = /\/(\d{4})\/(\d{2})\/(\d{2})\//;
const PATH_DATE = /(?:^|[\\/])(\d{4})[\\/](\d{1,2})[\\/](\d{1,2})(?=[\\/]|$)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

/** `2024`, `4`, `17` → `2024-04-17`; null when not a calendar date. */
export function toIsoDate(y: string | number, m: string | number, d: string | number): string | null {
  const [yy, mm, dd] = [Number(y), Number(m), Number(d)];
  if (!(yy >= 1900 && yy <= 2100 && mm >= 1 && mm <= 12 && dd >= 1)) return null;
  if (dd > new Date(Date.UTC(yy, mm, 0)).getUTCDate()) return null;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/**
 * The article's publication date and where it came from: a date line in the article's head
 * (`发布时间：2024-04-17`, before any paragraph of body text: a long one or a sentence), else an image URL (`…/2024/04/17/…`),
 * else the file path (`…/2024/04/17/x.md`, `2024-04-17-x.md`), else a date line after the body, else the
 * `fallback` setting; null when none is known. A date line after the body is most often the signature of a
 * notice the article reprints (`国务院¶2024年2月9日`, reported ten days later): the notice's date, taken
 * only when nothing else dates the article.
 */
export function findPublicationDate(text: string, blocks: Block[], path?: string, fallback?: string): PublicationDate | null {
  let signed: PublicationDate | null = null;
  let body = false;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    // a date line is short: longer paragraphs are not even cut out of the text, and they are the body
    const short = b.content.end - b.content.start <= DATE_LINE_MAX;
    const m = short ? DATE_LINE.exec(text.slice(b.content.start, b.content.end)) : null;
    const value = m && toIsoDate(m[1], m[2], m[3]);
    if (value) {
      const found: PublicationDate = { value, source: 'text', span: { start: b.content.start, end: b.content.end } };
      if (!body) return found;
      // the first date line after the body is the one kept: the rest of the text need not be read
      signed = found;
      break;
    }
    // body text: a long paragraph, or a sentence (a byline, a date or a place line has no full stop)
    if (!body && b.kind === 'paragraph' && (!short || SENTENCE_END.test(text.slice(b.content.start, b.content.end)))) body = true;
  }
  for (const b of blocks) {
    const m = b.kind === 'image' && b.url ? URL_DATE.exec(b.url) : null;
    const value = m && toIsoDate(m[1], m[2], m[3]);
    if (value) {
      const at = text.indexOf(m![0], b.start);
      return { value, source: 'image-url', span: { start: at + 1, end: at + m![0].length - 1 } };
    }
  }
  const p = path ? PATH_DATE.exec(path) : null;
  const fromPath = p && (p[1] ? toIsoDate(p[1], p[2], p[3]) : toIsoDate(p[4], p[5], p[6]));
  if (fromPath) return { value: fromPath, source: 'path', span: null };
  if (signed) return signed;
  const f = fallback ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(fallback.trim()) : null;
  const fromSetting = f && toIsoDate(f[1], f[2], f[3]);
  return fromSetting ? { value: fromSetting, source: 'setting', span: null } : null;
}
