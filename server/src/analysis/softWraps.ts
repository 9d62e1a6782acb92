/**
 * Soft wraps: line breaks inside a paragraph. Crawled articles break lines where the page had a space or
 * an inline element (`苹果在Vision` / `Pro的开发`, `署公开数据显示，2023` / `年全年`, `美国钢铁工人协会不惜直接介入，` /
 * `**发誓……**`), and some writers wrap their drafts by hand. The analysis reads an article as blocks of
 * lines, so a wrap used to cut a sentence, a date or a name in two. It now reads a view of the article in
 * which each soft wrap is a space (`\n` → one space, `\r\n` → two: every offset stays where it is), and
 * {@link restoreWrittenTexts} gives every text of the result back as the article writes it, line break
 * included (`Keith\nRabois`, as the annotation guideline keeps a name a line break cuts).
 *
 * Which breaks are soft is decided from the two lines alone, so an edit changes the view only near it: see
 * {@link isSoftWrap}.
 */
import type { ArticleAnalysis, Claim, DateMention, EntityMention, Quote } from './types';
import { MAX_PARAGRAPH } from './longLines';

/** The article with its soft wraps as spaces, and where they are (the offset of each `\n`, ascending). */
export interface UnwrappedView {
  text: string;
  wraps: Int32Array;
}

/** A line break with a character other than a line break before and after it (a blank `\r` line is ruled out later). */
const CANDIDATE = /[^\n]\n(?=[^\r\n])/g;
/** Lines that are never part of a paragraph: images, `#` headings, whole bold lines, table rows, fences. */
const OWN_LINE = /^(?:!\[|#|\||```|>)|^\*\*[^*].*\*\*$/;
/** A whole bold line. */
const BOLD_LINE = /^\*\*[^*].*\*\*$/;
/** What opens a list item (`* 第一`, `- 其次`, `1. 首先`, `1、首先`, `（一）`): a new block even without a blank line. */
const LIST_ITEM = /^(?:[*+\-](?:\s|$)|\d{1,3}[.、．)）](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])/;
/** Markup around a line's text (`**`, `_`), set aside when its first or last character is read. */
const LEAD_MARKUP = /^[\s*_]+/;
const TRAIL_MARKUP = /[\s*_]+$/;
/** Characters that cannot open a paragraph: a line starting with one continues the line before. */
const CONTINUES = /^[，。、；：？！,.;:?!）)」』”’%…]/;
/** A line ending in one of these ended its sentence (or its clause before a quote or a list). */
const ENDS = /[。！？!?；;：:”’」』）)…—]$/;
/** A short line without sentence punctuation: a heading in a single-spaced draft (as `structure.ts` reads it). */
const SHORT_LINE = /^[^。！？；，、：:“”「」.!?;,]{2,20}$/;

/**
 * Whether the break between line `a` and the line `b` right after it (both without their line breaks) is
 * a soft wrap: both are prose (no image, heading, list item, table row), and either `b` opens with
 * punctuation no paragraph opens with, or `a` does not end its sentence (`。！？；：`, a closing quote or
 * bracket) and is not a short unpunctuated line a draft would use as a heading — unless a Latin letter,
 * digit or open bracket shows that the break cut a phrase (`苹果在Vision` / `Pro`). A line ending in a hyphen
 * keeps its break: `entities/hyphenWraps.ts` reads names across it without a space.
 */
export function isSoftWrap(a: string, b: string): boolean {
  const at = a.trim();
  const bt = b.trim();
  if (!at || !bt || at.length > MAX_PARAGRAPH || bt.length > MAX_PARAGRAPH) return false;
  const last = at.replace(TRAIL_MARKUP, '');
  // a whole bold line after a comma goes on with the sentence (`……表示，` / `**……。**`); elsewhere it is a heading
  if (OWN_LINE.test(at) || (OWN_LINE.test(bt) && !(BOLD_LINE.test(bt) && /[，、,]$/.test(last))) || LIST_ITEM.test(bt)) return false;
  const first = bt.replace(LEAD_MARKUP, '');
  if (!last || !first || /[-－]$/.test(last)) return false;
  if (CONTINUES.test(first)) return true;
  if (ENDS.test(last)) return false;
  if (!SHORT_LINE.test(at)) return true;
  return /[A-Za-z0-9]$/.test(last) || /^[A-Za-z0-9]/.test(first) || openBrackets(at) > 0;
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
  // only a line break between two lines with text can be a wrap: found by one scan of the text, so an
  // article whose paragraphs stand apart by blank lines costs one pass (~0.3 ms for a megabyte)
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const nl = m.index + 1;
    const lineStart = text.lastIndexOf('\n', nl - 1) + 1;
    let next = text.indexOf('\n', nl + 1);
    if (next < 0) next = text.length;
    const aEnd = nl > lineStart && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const bEnd = next > nl + 1 && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    if (aEnd - lineStart <= MAX_PARAGRAPH && bEnd - nl - 1 <= MAX_PARAGRAPH && isSoftWrap(text.slice(lineStart, aEnd), text.slice(nl + 1, bEnd))) (wraps ??= []).push(nl);
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

/** Whether [start, end) holds a wrap (a character the view changed). */
function crosses(wraps: Int32Array, start: number, end: number): boolean {
  let lo = 0;
  let hi = wraps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wraps[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  // a `\r\n` wrap changed the `\r` before the recorded `\n` too
  return (lo < wraps.length && wraps[lo] < end) || (lo > 0 && wraps[lo - 1] === start);
}

/**
 * `a` (an analysis of `view`) with every text that crosses a wrap as `original` writes it: mentions, dates,
 * quotes and their speakers, claims and their numbers. Objects crossing no wrap are kept as they are
 * (they may belong to a document cache, which is never changed here); the others are copies.
 */
export function restoreWrittenTexts(a: ArticleAnalysis, original: string, view: UnwrappedView): ArticleAnalysis {
  const { wraps } = view;
  const written = <T extends { start: number; end: number; text: string }>(x: T): T => (crosses(wraps, x.start, x.end) ? { ...x, text: original.slice(x.start, x.end) } : x);
  const mentions = mapChanged(a.mentions, written);
  const dates = mapChanged(a.dates, written);
  const quotes = mapChanged(a.quotes, (q) => restoreQuote(q, original, view));
  const mentionOf = pairs(a.mentions, mentions);
  const dateOf = pairs(a.dates, dates);
  const claims = mapChanged(a.claims, (c) => restoreClaim(c, original, wraps, mentionOf, dateOf));
  if (mentions === a.mentions && dates === a.dates && quotes === a.quotes && claims === a.claims) return a;
  return { ...a, mentions, dates, quotes, claims };
}

function restoreQuote(q: Quote, original: string, view: UnwrappedView): Quote {
  const inner = crosses(view.wraps, q.inner.start, q.inner.end);
  const s = q.speakerSpan;
  const speaker = s && q.speaker !== null && crosses(view.wraps, s.start, s.end) && view.text.slice(s.start, s.end) === q.speaker ? original.slice(s.start, s.end) : q.speaker;
  if (!inner && speaker === q.speaker) return q;
  return { ...q, text: inner ? original.slice(q.inner.start, q.inner.end) : q.text, speaker };
}

function restoreClaim(c: Claim, original: string, wraps: Int32Array, mentionOf: Map<EntityMention, EntityMention>, dateOf: Map<DateMention, DateMention>): Claim {
  const numbers = mapChanged(c.numbers, (n) => (crosses(wraps, n.start, n.end) ? { ...n, text: original.slice(n.start, n.end) } : n));
  const entities = mapChanged(c.entities, (m) => mentionOf.get(m) ?? m);
  const dates = mapChanged(c.dates, (d) => dateOf.get(d) ?? d);
  const text = crosses(wraps, c.start, c.end) ? original.slice(c.start, c.end) : c.text;
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
