import type { Block, Span } from './types';

const SENTENCE_END = /[。！？!?；;]/;
/** A letter (any script) or a digit: a sentence holds at least one. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The sentence around `offset`, inside its block, without leading spaces: in `甲说了。乙去了北京。`
 * offset 6 gives `乙去了北京。`. Closing quote marks after the full stop stay with the sentence.
 */
export function sentenceAt(text: string, blocks: readonly Block[], offset: number): Span | null {
  const block = blocks.find((b) => b.kind !== 'image' && b.content.start <= offset && offset <= b.content.end);
  if (!block) return null;
  let start = offset;
  while (start > block.content.start && !SENTENCE_END.test(text[start - 1])) start--;
  while (start < block.content.end && /[”’」』\s]/.test(text[start])) start++;
  let end = offset;
  while (end < block.content.end && !SENTENCE_END.test(text[end])) end++;
  if (end < block.content.end) end++;
  while (end < block.content.end && /[”’」』]/.test(text[end])) end++;
  return end > start ? { start, end } : null;
}

/**
 * Every sentence of the prose blocks, in order, with the same boundaries as {@link sentenceAt}:
 * `甲说了。乙去了北京。` → `甲说了。`, `乙去了北京。`. Titles and headings are sentences too; image lines and stretches
 * with no letter or digit (`**` after a full stop) are not.
 */
export function findSentences(text: string, blocks: readonly Block[]): Span[] {
  const out: Span[] = [];
  for (const b of blocks) {
    if (b.kind === 'image') continue;
    let pos = b.content.start;
    const stop = b.content.end;
    while (pos < stop) {
      let start = pos;
      while (start < stop && /[”’」』\s]/.test(text[start])) start++;
      let end = start;
      while (end < stop && !SENTENCE_END.test(text[end])) end++;
      if (end < stop) end++;
      while (end < stop && /[”’」』]/.test(text[end])) end++;
      // markup left after a full stop (`……谅解。**`) is no sentence
      if (end > start && HAS_WORD.test(text.slice(start, end))) out.push({ start, end });
      pos = Math.max(end, start + 1);
    }
  }
  return out;
}
