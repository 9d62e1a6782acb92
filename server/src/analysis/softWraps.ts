/**
 * Soft wraps: line breaks inside a paragraph. Crawled articles break lines where the page had a space or
 * an inline element (`苹果在Vision` / `Pro的开发`, `署公开数据显示，2023` / `年全年`, `美国钢铁工人协会不惜直接介入，` /
 * `**发誓……**`), and some writers wrap their drafts by hand. The analysis reads an article as blocks of
 * lines, so a wrap used to cut a sentence, a date or a name in two. It now reads a view of the article in
 * which each soft wrap is a space (`\n` → one space, `\r\n` → two: every offset stays where it is), and
 * {@link restoreWrittenTexts} gives every text of the result back as the article writes it, line break
 * included (`Keith\nRabois`, as the annotation guideline keeps a name a line break cuts).
 *
 * Which breaks are soft is decided from the two lines alone ({@link isSoftWrap}; a paragraph also stops growing
 * at MAX_PARAGRAPH characters), so an edit changes the view near it only.
 */
import type { ArticleAnalysis, Claim, DateMention, EntityMention, Quote } from './types';
import { MAX_PARAGRAPH } from './longLines';
import { lowerBound } from './lowerBound';

/** The article with its soft wraps as spaces, and where they are (the offset of each `\n`, ascending). */
export interface UnwrappedView {
  text: string;
  wraps: Int32Array;
}

/** A line break with a character other than a line break before and after it (a blank `\r` line is ruled out later). */
const CANDIDATE = /[^\n]\n(?=[^\r\n])/g;
/** Lines that are never part of a paragraph: images, `#` headings, table rows, fences, block quotes, thematic breaks and front matter fences (`---`). */
const OWN_LINE = /^(?:!\[|#|\||```|~~~|>)|^(?:-{3,}|\*{3,}|_{3,}|={3,})$/;
/** A whole bold line: a heading, unless it goes on from a comma (below). */
const BOLD_LINE = /^\*\*[^*].*\*\*$/;
/**
 * What opens a list item, a new block even without a blank line: `* 第一`, `- 其次`, `• 再次`, `1. 首先`, `1、首先`,
 * `一、加强监管`, `（一）`, `①`, `a) `, `第一，`.
 */
const LIST_ITEM = /^(?:[*+\-•·●▪■◆◇○□√](?:\s|$)|[•●▪■◆◇]|\d{1,3}[.、．)）](?!\d)|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[\u2460-\u2473\u2776-\u277f]|[A-Za-z][.)）](?=\s|[\u4e00-\u9fff])|第[一二三四五六七八九十]{1,3}[，,、：:])/;
/**
 * A field of a header or a dialogue (`来源：新华社`, `发布时间：2024-02-18 10:30`, `title: …`, `记者：`): a line of its
 * own. Not a speech clause (`张海涛说：`), which may go on from the line before.
 */
const FIELD = /^[\u4e00-\u9fa5A-Za-z_ ]{1,8}(?<![说称示道问答写出])[：:]/;
/** A short line opening with a {@link FIELD} (a long one is a sentence with a colon: `月注册的商标：旨在……`). */
const isField = (line: string): boolean => line.length <= 40 && FIELD.test(line);
/** Markup opening a line's text (`**`, `_`), set aside when its first character is read. */
const LEAD_MARKUP = /^[\s*_]+/;
/** Characters that cannot open a paragraph: a line starting with one continues a line that did not end its sentence. */
const CONTINUES = /^[。？！.?!）)」』”’%…]/;
/** … and a line opening with one of these continues the line before whatever its end. */
const CLAUSE_GOES_ON = /^[，、；：,;:]/;
/** A line ending in one of these ended its sentence (or its clause before a quote or a list). */
const ENDS = /[。！？!?；;：:”’」』）)…—]$/;
/** A short line without sentence punctuation: a heading in a single-spaced draft (as `structure.ts` reads it). */
const SHORT_LINE = /^[^。！？；，、：:“”「」.!?;,]{2,20}$/;

/**
 * Whether the break between line `a` and the line `b` right after it (both without their line breaks) is
 * a soft wrap. Never when either is no prose (an image, heading, list item, table row, fence, a header field
 * or dialogue line `来源：新华社`, `记者：`) or `a` ends in a Markdown hard break (`  `, `\\`); always when a
 * number's unit opens `b` (`2023` / `年`). Otherwise `a` must not end in a hyphen (`entities/hyphenWraps.ts`
 * reads names across it without a space); a comma or colon opening `b` goes on from `a`; else `a` must not end
 * its sentence (`。！？；：`, a closing quote or bracket), and either `b` opens with punctuation no paragraph
 * opens with or `a` is no short unpunctuated line (a draft's heading) unless it ends in a Latin letter or
 * leaves a bracket open (`苹果在Vision` / `Pro`).
 */
export function isSoftWrap(a: string, b: string): boolean {
  if (/\S(?: {2,}|\\)$/.test(a)) return false;
  const at = a.trim();
  const bt = b.trim();
  if (!at || !bt || at.length > MAX_PARAGRAPH || bt.length > MAX_PARAGRAPH) return false;
  const last = withoutTrailingMarkup(at);
  const first = bt.replace(LEAD_MARKUP, '');
  if (!last || !first || OWN_LINE.test(at) || BOLD_LINE.test(at) || OWN_LINE.test(bt) || LIST_ITEM.test(bt)) return false;
  // a whole bold line after a comma goes on with the sentence (`……表示，` / `**……。**`); elsewhere it is a heading
  if (BOLD_LINE.test(bt) && !/[，、,]$/.test(last)) return false;
  // a number whose unit opens the next line (`抖音电商曾在 2023` / `年大力引入`) was cut, whatever the lines look like
  if (/[0-9０-９]$/.test(last) && NUMBER_UNIT.test(first)) return true;
  if (isField(at) || isField(bt) || /[-－]$/.test(last)) return false;
  // a comma or colon opening the line goes on with the line before, however that one ends (`…**“……”**` / `，就连……`)
  if (CLAUSE_GOES_ON.test(first)) return true;
  if (ENDS.test(last)) return false;
  if (CONTINUES.test(first) || !SHORT_LINE.test(at)) return true;
  return /[A-Za-z]$/.test(last) || openBrackets(at) > 0;
}

/** A unit going on from a number the line before ends with (`抖音电商曾在 2023` / `年大力引入`). */
const NUMBER_UNIT = /^[年月日号时点分秒周%％万亿千百元岁个家名人次]/;

/** `line` without the markup and spaces it ends with (a loop: a regular expression would retry every start). */
function withoutTrailingMarkup(line: string): string {
  let end = line.length;
  while (end > 0 && /[\s*_]/.test(line[end - 1])) end--;
  return line.slice(0, end);
}

function openBrackets(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === '（' || c === '(') n++;
    else if ((c === '）' || c === ')') && n > 0) n--;
  }
  return n;
}

/**
 * The view of `text` with its soft wraps as spaces, or null when it has none (most articles: paragraphs
 * apart by blank lines). `苹果在Vision\nPro的开发` → `苹果在Vision Pro的开发`, wraps `[8]`.
 */
export function unwrapSoftWraps(text: string): UnwrappedView | null {
  let wraps: number[] | null = null;
  const fenced = text.includes('```') || text.includes('~~~') ? fencedLines(text) : null;
  // where the paragraph the last wrap joined starts: a paragraph grows to MAX_PARAGRAPH at most, so a long
  // hard-wrapped text without sentence ends is not read as one paragraph (an edit would move every piece after it)
  let paragraphStart = 0;
  let lastWrap = -1;
  // only a line break between two lines with text can be a wrap: found by one scan of the text, so an
  // article whose paragraphs stand apart by blank lines costs one pass (~0.3 ms for a megabyte)
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const nl = m.index + 1;
    const lineStart = text.lastIndexOf('\n', nl - 1) + 1;
    if (fenced && inside(fenced, nl)) continue;
    let next = text.indexOf('\n', nl + 1);
    if (next < 0) next = text.length;
    const aEnd = nl > lineStart && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const bEnd = next > nl + 1 && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    if (lastWrap !== lineStart - 1) paragraphStart = lineStart;
    if (bEnd - paragraphStart > MAX_PARAGRAPH || !isSoftWrap(text.slice(lineStart, aEnd), text.slice(nl + 1, bEnd))) continue;
    (wraps ??= []).push(nl);
    lastWrap = nl;
  }
  if (!wraps) return null;
  const parts: string[] = [];
  let from = 0;
  for (const w of wraps) {
    const cr = w > 0 && text.charCodeAt(w - 1) === 13;
    parts.push(text.slice(from, cr ? w - 1 : w), cr ? '  ' : ' ');
    from = w + 1;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), wraps: Int32Array.from(wraps) };
}

/** The spans of fenced code blocks (` ``` ` or `~~~` to the next such line, or to the end). */
function fencedLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  const fence = /^[ \t]*(?:```|~~~)/gm;
  for (let open = fence.exec(text); open; open = fence.exec(text)) {
    const close = fence.exec(text);
    out.push([open.index, close ? close.index : text.length]);
    if (!close) break;
  }
  return out;
}

function inside(spans: readonly [number, number][], at: number): boolean {
  return spans.some(([s, e]) => at >= s && at <= e);
}

/** Whether [start, end) of `original` holds a character the view changed: a wrap's `\n`, or the `\r` before it. */
function crosses(original: string, wraps: Int32Array, start: number, end: number): boolean {
  // the first wrap whose `\n` is at or after `start`; one at `start - 1`... has its `\r` (if any) before `start`
  const lo = lowerBound(wraps, start);
  if (lo >= wraps.length) return false;
  const w = wraps[lo];
  return w < end || (w === end && original.charCodeAt(w - 1) === 13);
}

/**
 * `a` (an analysis of `view`) with every text that crosses a wrap as `original` writes it: mentions, dates,
 * quotes and their speakers, claims and their numbers. Objects crossing no wrap are kept as they are
 * (they may belong to a document cache, which is never changed here); the others are copies.
 */
export function restoreWrittenTexts(a: ArticleAnalysis, original: string, view: UnwrappedView): ArticleAnalysis {
  const { wraps } = view;
  const written = <T extends { start: number; end: number; text: string }>(x: T): T => (crosses(original, wraps, x.start, x.end) ? { ...x, text: original.slice(x.start, x.end) } : x);
  const mentions = mapChanged(a.mentions, written);
  // a date's reason names it as the view read it (`2023 年 = 2023`): on one line as written (`2023年`)
  const dates = mapChanged(a.dates, (d) => {
    const w = written(d);
    return w === d ? d : { ...w, reason: w.reason.split(d.text).join(unwrapName(w.text)) };
  });
  const quotes = mapChanged(a.quotes, (q) => restoreQuote(q, original, view));
  const mentionOf = pairs(a.mentions, mentions);
  const dateOf = pairs(a.dates, dates);
  const claims = mapChanged(a.claims, (c) => restoreClaim(c, original, wraps, mentionOf, dateOf));
  if (mentions === a.mentions && dates === a.dates && quotes === a.quotes && claims === a.claims) return a;
  return { ...a, mentions, dates, quotes, claims };
}

function restoreQuote(q: Quote, original: string, view: UnwrappedView): Quote {
  const inner = crosses(original, view.wraps, q.inner.start, q.inner.end);
  const s = q.speakerSpan;
  const speaker = s && q.speaker !== null && crosses(original, view.wraps, s.start, s.end) && view.text.slice(s.start, s.end) === q.speaker ? original.slice(s.start, s.end) : q.speaker;
  if (!inner && speaker === q.speaker) return q;
  return { ...q, text: inner ? original.slice(q.inner.start, q.inner.end) : q.text, speaker };
}

function restoreClaim(c: Claim, original: string, wraps: Int32Array, mentionOf: Map<EntityMention, EntityMention>, dateOf: Map<DateMention, DateMention>): Claim {
  const numbers = mapChanged(c.numbers, (n) => (crosses(original, wraps, n.start, n.end) ? { ...n, text: original.slice(n.start, n.end) } : n));
  const entities = mapChanged(c.entities, (m) => mentionOf.get(m) ?? m);
  const dates = mapChanged(c.dates, (d) => dateOf.get(d) ?? d);
  const text = crosses(original, wraps, c.start, c.end) ? original.slice(c.start, c.end) : c.text;
  if (text === c.text && numbers === c.numbers && entities === c.entities && dates === c.dates) return c;
  return { ...c, text, numbers, entities, dates };
}

/** `xs` with `f` applied, the same array when `f` changed nothing. */
function mapChanged<T>(xs: T[], f: (x: T) => T): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < xs.length; i++) {
    const y = f(xs[i]);
    if (y !== xs[i]) (out ??= xs.slice())[i] = y;
  }
  return out ?? xs;
}

/** Each object of `from` that `to` replaced, with its replacement. */
function pairs<T>(from: readonly T[], to: readonly T[]): Map<T, T> {
  const out = new Map<T, T>();
  if (from !== to) for (let i = 0; i < from.length; i++) if (from[i] !== to[i]) out.set(from[i], to[i]);
  return out;
}

/**
 * A text a line wrap cut (a name, a date, a quote), as written on one line: the break stood for a space between Latin words
 * (`Y\nCombinator` → `Y Combinator`) and for nothing after a hyphen or beside a Chinese character
 * (`西蒙-\n高茨` → `西蒙-高茨`, `美团-\nW` → `美团-W`).
 */
export function unwrapName(text: string): string {
  // (two spaces: a CRLF soft wrap as the analysis reads it)
  if (!text.includes('\n')) return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text;
  const joined = text.replace(/\s*\n\s*/g, (gap: string, at: number) => {
    const before = text.charAt(at - 1), after = text.charAt(at + gap.length);
    return /[A-Za-z0-9.]/.test(before) && /[A-Za-z0-9]/.test(after) ? ' ' : '';
  });
  return joined.replace(/\s+/g, ' ');
}
