import type { Segment, Token } from './types';

/**
 * Segments `text` and gives each token its UTF-16 span: `董军表示` → `董军`@0–2, `表示`@2–4.
 * nodejieba's tokens concatenate back to the input; if a segmenter ever drops characters,
 * tokens are re-found by search so spans stay true to the text.
 */
export function tokenize(text: string, segment: Segment): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of segment(text)) {
    if (!word) continue;
    let start = at;
    if (text.startsWith(word, at) === false) {
      start = text.indexOf(word, at);
      if (start < 0) continue;
    }
    at = start + word.length;
    out.push({ word, tag, start, end: at });
  }
  return out;
}
