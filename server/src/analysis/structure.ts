import type { Block } from './types';

/** An image line; its URL may contain spaces (the corpus puts article titles in image paths). */
const IMAGE = /^!\[[^\]]*\]\((.*)\)\s*$/;
const BOLD_HEADING = /^\*\*(.+?)\*\*$/;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
/** A short line without sentence punctuation reads as a heading (`高层交往恢复`). */
const SHORT_HEADING = /^[^。！？；，、：:“”「」.!?;,]{2,20}$/;

/**
 * Splits an article into line blocks: `# 标题\n\n**小标题**\n\n正文。` →
 * title, heading, paragraph. CRLF and LF both end a line; spans exclude the line break.
 */
export function findBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  let sawTitle = false;
  const lines = countLines(text);
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const next = lineEnd + 1;
    const end = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    const block = toBlock(text, lineStart, end, !sawTitle, lines > 1);
    if (block) {
      if (block.kind === 'title') sawTitle = true;
      blocks.push(block);
    }
    if (lineEnd >= text.length) break;
    lineStart = next;
  }
  return blocks;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && n < 3; i = text.indexOf('\n', i + 1)) n++;
  return n + 1;
}

function toBlock(text: string, lineStart: number, lineEnd: number, titleFree: boolean, multiLine: boolean): Block | null {
  const raw = text.slice(lineStart, lineEnd);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!trimmed) return null;
  const start = lineStart + lead;
  const end = start + trimmed.length;
  const image = IMAGE.exec(trimmed);
  if (image) return { kind: 'image', start, end, content: { start: end, end }, url: image[1] };
  const md = MD_HEADING.exec(trimmed);
  if (md) {
    const cStart = start + trimmed.indexOf(md[2], md[1].length);
    const kind = titleFree && md[1].length === 1 ? 'title' : 'heading';
    return { kind, start, end, content: { start: cStart, end: cStart + md[2].length } };
  }
  const bold = BOLD_HEADING.exec(trimmed);
  if (bold) return { kind: 'heading', start, end, content: { start: start + 2, end: end - 2 } };
  const kind = multiLine && SHORT_HEADING.test(trimmed) && !/^\d+$/.test(trimmed) ? 'heading' : 'paragraph';
  return { kind, start, end, content: { start, end } };
}
