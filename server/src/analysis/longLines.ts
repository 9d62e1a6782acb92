import type { Span } from './types';

/**
 * The longest line analysed as one paragraph (UTF-16 units). The corpus's longest line is 1,367
 * characters; above this a line is cut into pieces, because parts of the paragraph analysis grow
 * with the square of its length (entity candidates are checked against each other): a 20 MB file
 * without line breaks took 177 s and 1.6 GB as one paragraph.
 */
export const MAX_PARAGRAPH = 4000;

/** `。！？!?；;…` */
const SENTENCE_ENDS = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x2026]);
/** `“「『` and `”」』`: `‘’` are left out, a `’` is as often an apostrophe. */
const OPENS = new Set([0x201c, 0x300c, 0x300e]);
const CLOSES = new Set([0x201d, 0x300d, 0x300f]);

/** Where a piece may end, found by {@link findCut}; `depth` is the quote depth there. */
interface Cut {
  at: number;
  depth: number;
}

/**
 * A line longer than `max` as pieces of at most `max` units, each cut after a sentence end
 * (`。！？`, with closing quote marks that follow it), preferring ends outside quotation marks, else a
 * fixed window that never splits a surrogate pair. Pieces are trimmed of white space and never empty:
 * `甲说了。乙去了北京。` with `max` 6 → `甲说了。`, `乙去了北京。`. Offsets are those of `text`.
 */
export function splitLongLine(text: string, start: number, end: number, max = MAX_PARAGRAPH): Span[] {
  const pieces: Span[] = [];
  let from = start;
  let depth = 0;
  while (end - from > max) {
    const cut = findCut(text, from, from + max, depth);
    pushTrimmed(text, from, cut.at, pieces);
    from = cut.at;
    depth = cut.depth;
  }
  pushTrimmed(text, from, end, pieces);
  return pieces;
}

/**
 * The end of the piece starting at `from` (quote depth `depth`) that may reach `limit`: the last
 * sentence end outside quotes past its first quarter, else the last sentence end in its second half,
 * else `limit` itself (one unit less inside a surrogate pair). Cuts that close to `from` are not
 * taken, so every piece but the last is at least a quarter of `max` and the line is read at most
 * four times over.
 */
function findCut(text: string, from: number, limit: number, depth: number): Cut {
  const quarter = from + ((limit - from) >> 2);
  const half = from + ((limit - from) >> 1);
  let outside: Cut | null = null;
  let inside: Cut | null = null;
  let sentenceEnded = false;
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (OPENS.has(c)) {
      depth++;
      sentenceEnded = false;
    } else if (CLOSES.has(c)) depth = Math.max(0, depth - 1);
    else {
      sentenceEnded = SENTENCE_ENDS.has(c);
      if (!sentenceEnded) continue;
    }
    // a closing mark after `。` still belongs to the sentence (`“好。”`): the cut moves past it
    if (sentenceEnded && depth === 0 && i + 1 > quarter) outside = { at: i + 1, depth };
    else if (sentenceEnded && depth > 0 && i + 1 > half) inside = { at: i + 1, depth };
  }
  if (outside) return outside;
  if (inside) return inside;
  let at = limit;
  const before = text.charCodeAt(at - 1);
  if (before >= 0xd800 && before <= 0xdbff) at--;
  // a high surrogate is no quote mark: the depth read up to `limit` is the depth at `at`
  return { at, depth };
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** The white space `String.prototype.trim` removes that a news text meets: ASCII, NBSP, ideographic space. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680;
}
