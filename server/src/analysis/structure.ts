import type { Block } from './types';
import { MAX_PARAGRAPH, splitLongLine } from './longLines';

/** An image line; its URL may contain spaces (the corpus puts article titles in image paths). */
const IMAGE = /^!\[[^\]]*\]\((.*)\)\s*$/;
const BOLD_HEADING = /^\*\*(.+?)\*\*$/;
/** A Markdown heading's marks and the space after them (its text: {@link mdHeading}). */
const MD_HEADING_START = /^(#{1,6})\s+/;
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
/** A short line without sentence punctuation reads as a heading (`高层交往恢复`). */
const SHORT_HEADING = /^[^。！？；，、：:“”「」.!?;,]{2,20}$/;

/**
 * Splits an article into line blocks: `# 标题\n\n**小标题**\n\n正文。` →
 * title, heading, paragraph. CRLF and LF both end a line; spans exclude the line break.
 */
export function findBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  scanLines(text, 0, text.length, false, countLines(text) > 1, blocks);
  return blocks;
}

/**
 * Pushes the blocks of the lines starting in [from, to] (`from` at a line start) onto `out`; returns
 * whether a title was seen (`sawTitle` says whether one was seen before `from`).
 */
function scanLines(text: string, from: number, to: number, sawTitle: boolean, multiLine: boolean, out: Block[]): boolean {
  let lineStart = from;
  while (lineStart <= to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const end = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const block = end - lineStart > MAX_PARAGRAPH ? toLongLineBlocks(text, lineStart, end, out) : toBlock(text, lineStart, end, !sawTitle, multiLine, lineEnd);
    if (block) {
      if (block.kind === 'title') sawTitle = true;
      out.push(block);
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return sawTitle;
}

/** Blocks after an edit; the last `moved` are the old block objects, moved by `delta` (see {@link updateBlocks}). */
export interface UpdatedBlocks {
  blocks: Block[];
  moved: number;
  delta: number;
}

/**
 * `findBlocks(text)` from the blocks of `oldText`, which equals `text` in its first `pre` and last
 * `suf` characters: blocks on lines wholly before the change are the old objects, blocks on lines
 * wholly after it are the old objects moved in place by the change in length (so an edit allocates
 * nothing for them; {@link unmoveBlocks} puts them back), and only the lines in between are read.
 * Null when the change could alter the kind of a line after it (a title appearing or going away,
 * the text becoming one line or more): then `findBlocks` it is.
 */
export function updateBlocks(oldText: string, oldBlocks: readonly Block[], text: string, pre: number, suf: number): UpdatedBlocks | null {
  const oldLen = oldText.length;
  const delta = text.length - oldLen;
  const multiLine = countLines(text) > 1;
  if (multiLine !== countLines(oldText) > 1) return null;
  // old blocks whose line and the break after it are before the change
  let before = 0;
  let sawTitle = false;
  // a long line is many blocks: its line break is looked for once, not once per block
  let nl = -1;
  while (before < oldBlocks.length) {
    if (oldBlocks[before].end > nl) nl = oldText.indexOf('\n', oldBlocks[before].end);
    if (nl < 0 || nl >= pre) break;
    before++;
  }
  // the line before the change is read again too (the change may start the line after it, which sets
  // whether it ends at a soft wrap: `softWrapAfter`), unless it is a long line, whose blocks are paragraphs
  if (before > 0) {
    const lineOfLast = lineStartOf(oldText, oldBlocks[before - 1].start);
    if (oldText.indexOf('\n', oldBlocks[before - 1].end) - lineOfLast <= MAX_PARAGRAPH) while (before > 0 && oldBlocks[before - 1].start >= lineOfLast) before--;
  }
  for (let i = 0; i < before; i++) if (oldBlocks[i].kind === 'title') sawTitle = true;
  // old blocks whose line and the break before it are after the change
  let after = oldBlocks.length;
  let lineStart = Infinity;
  while (after > before) {
    const start = oldBlocks[after - 1].start;
    if (start < lineStart) lineStart = lineStartOf(oldText, start);
    if (lineStart <= oldLen - suf) break;
    after--;
  }
  let oldSawTitle = sawTitle;
  for (let i = before; i < after && !oldSawTitle; i++) oldSawTitle = oldBlocks[i].kind === 'title';
  const out = oldBlocks.slice(0, before);
  const from = before > 0 ? oldText.indexOf('\n', oldBlocks[before - 1].end) + 1 : 0;
  const to = after < oldBlocks.length ? lineStartOf(oldText, oldBlocks[after].start) + delta - 2 : text.length;
  if (scanLines(text, from, to, sawTitle, multiLine, out) !== oldSawTitle && after < oldBlocks.length) return null;
  for (let i = after; i < oldBlocks.length; i++) out.push(moveBlock(oldBlocks[i], delta));
  return { blocks: out, moved: oldBlocks.length - after, delta };
}

/** Undoes the moves of {@link updateBlocks} (an analysis dropped before it finished). */
export function unmoveBlocks(u: UpdatedBlocks): void {
  for (let i = u.blocks.length - u.moved; i < u.blocks.length; i++) moveBlock(u.blocks[i], -u.delta);
}

function moveBlock(b: Block, delta: number): Block {
  b.start += delta;
  b.end += delta;
  b.content.start += delta;
  b.content.end += delta;
  return b;
}

function lineStartOf(text: string, at: number): number {
  return at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && n < 3; i = text.indexOf('\n', i + 1)) n++;
  return n + 1;
}

/**
 * A line longer than {@link MAX_PARAGRAPH}: an image line stays one block (returned); anything else is
 * pushed onto `out` as paragraphs of bounded length, never a title or heading (a 20 MB line is neither).
 */
function toLongLineBlocks(text: string, lineStart: number, lineEnd: number, out: Block[]): Block | null {
  if (IMAGE.test(text.slice(lineStart, lineEnd).trim())) return toBlock(text, lineStart, lineEnd, false, false);
  for (const p of splitLongLine(text, lineStart, lineEnd)) out.push({ kind: 'paragraph', start: p.start, end: p.end, content: { start: p.start, end: p.end } });
  return null;
}

/**
 * Whether the line [lineStart, end) ends at a soft wrap: crawled articles break lines where a space was
 * (`苹果在Vision` / `Pro的开发`, `腾讯科技讯` / `2月20日消息`, `（Elon` / `Musk）`), so a line that runs on into the next
 * with no blank line between, where a Latin letter, a digit or a hyphen meets the break or a bracket is left
 * open, is a piece of a paragraph and no heading.
 */
function softWrapAfter(text: string, lineStart: number, end: number, lineEnd: number): boolean {
  let next = lineEnd + 1;
  while (next < text.length && BLANKS.test(text[next])) next++;
  if (text.charCodeAt(lineEnd) !== 10 || next >= text.length || text[next] === '\n') return false;
  let last = end - 1;
  while (last > lineStart && BLANKS.test(text[last])) last--;
  if (WRAP_EDGE.test(text[last]) || /[A-Za-z0-9]/.test(text[next])) return true;
  const line = text.slice(lineStart, end);
  return (line.split(/[（(]/).length - line.split(/[）)]/).length) > 0;
}

/** Spaces within a line (a line of them is blank: `trim` removes them). */
const BLANKS = /[ \t\r\u3000\u00a0]/;
/** What ends a line a soft wrap cut: a Latin letter, a digit, a hyphen. */
const WRAP_EDGE = /[A-Za-z0-9\-－]/;

/** The block of the line [lineStart, lineEnd); `lineBreak`: where its line break is (after a `\r`), for {@link softWrapAfter}. */
function toBlock(text: string, lineStart: number, lineEnd: number, titleFree: boolean, multiLine: boolean, lineBreak = lineEnd): Block | null {
  const raw = text.slice(lineStart, lineEnd);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const start = lineStart + lead;
  const end = start + trimmed.length;
  const image = IMAGE.exec(trimmed);
  if (image) return { kind: 'image', start, end, content: { start: end, end }, url: image[1] };
  const md = mdHeading(trimmed);
  if (md) {
    const cStart = start + trimmed.indexOf(md[1], md[0].length);
    const kind = titleFree && md[0].length === 1 ? 'title' : 'heading';
    return { kind, start, end, content: { start: cStart, end: cStart + md[1].length } };
  }
  const bold = BOLD_HEADING.exec(trimmed);
  if (bold) return { kind: 'heading', start, end, content: { start: start + 2, end: end - 2 } };
  // (the next line is looked at only for a line that could be a heading)
  const kind = multiLine && SHORT_HEADING.test(trimmed) && !/^\d+$/.test(trimmed) && !softWrapAfter(text, lineStart, lineEnd, lineBreak) ? 'heading' : 'paragraph';
  return { kind, start, end, content: { start, end } };
}

/** The prose blocks (everything but image lines), in order. */
export function proseBlocks(blocks: Block[]): Block[] {
  // most articles have few images or none: one copy the list's size, rather than a list grown block by block
  let images = 0;
  for (const b of blocks) if (b.kind === 'image') images++;
  if (images === 0) return blocks.slice();
  const out: Block[] = new Array(blocks.length - images);
  let k = 0;
  for (const b of blocks) if (b.kind !== 'image') out[k++] = b;
  return out;
}

/**
 * `## 标题 ##` → [`##`, `标题`]: the marks and the text without the closing marks and the spaces before them, as
 * `/^(#{1,6})\s+(.*?)\s*#*$/` reads it, in linear time (that expression backtracked cubically on a long line of spaces
 * broken by a carriage return: 4,000 characters, 14 s). Null when no heading, as when the text holds a line terminator.
 */
function mdHeading(line: string): [string, string] | null {
  const m = MD_HEADING_START.exec(line);
  if (!m) return null;
  let end = line.length;
  while (end > m[0].length && line.charCodeAt(end - 1) === 0x23) end--;
  while (end > m[0].length && /\s/.test(line.charAt(end - 1))) end--;
  const content = line.slice(m[0].length, end);
  return LINE_TERMINATOR.test(content) ? null : [m[1], content];
}
