/**
 * Spaces between digits and Chinese characters. Much Chinese writing sets a space on each side of a
 * number (`2024 年 2 月 15 日`, `去年 10 月`: 盘古之白, the spacing many style guides and editors
 * apply), and a line the crawl wrapped at a number reads so once the wrap is a space. The dates
 * grammar is written for unspaced text; it reads a copy without those spaces, and what it finds is
 * moved back to where the characters are in the paragraph.
 */

/**
 * A gap: one to three spaces between a digit and a Chinese character, either way round (a wrap `\r\n` read as
 * spaces is two; a wider gap is layout, a table's columns). Not after a number that belongs to a Latin name
 * (`GPT-4 月活`, `Windows 11 月度`, `iPhone 12 月销量`, `G 7 月底`), nor before `日` opening a word of its own
 * (`3 日本队`, `10 日元`).
 */
const GAP = /(?<![A-Za-z][\-\s]?[0-9０-９]*)[0-9０-９][ \t\u00a0]{1,3}(?=(?!日[本元方媒企韩美军产经])[\u3400-\u4dbf\u4e00-\u9fff〇])|[\u3400-\u4dbf\u4e00-\u9fff〇][ \t\u00a0]{1,3}(?=[0-9０-９])/g;

/** The text without its digit gaps, and where each of its characters (and its end) is in the original. */
export interface Compacted {
  text: string;
  at: Int32Array;
}

/**
 * `text` without the spaces between a digit and a Chinese character (either way round), or null when
 * it has none: `2024 年 2 月` → `2024年2月`, `at` mapping `年` (4) back to 5.
 */
export function withoutDigitGaps(text: string): Compacted | null {
  GAP.lastIndex = 0;
  let m = GAP.exec(text);
  if (!m) return null;
  const parts: string[] = [];
  const at = new Int32Array(text.length + 1);
  let last = 0;
  let c = 0;
  for (; m; m = GAP.exec(text)) {
    // the gap is the match less its first character (a digit or a Chinese character)
    const gapStart = m.index + 1;
    for (let o = last; o < gapStart; o++) at[c++] = o;
    parts.push(text.slice(last, gapStart));
    last = m.index + m[0].length;
    // the character after the gap may begin the next gap (`2 年 3`): look from it
    GAP.lastIndex = last;
  }
  for (let o = last; o < text.length; o++) at[c++] = o;
  parts.push(text.slice(last));
  at[c] = text.length;
  return { text: parts.join(''), at: at.subarray(0, c + 1) };
}
