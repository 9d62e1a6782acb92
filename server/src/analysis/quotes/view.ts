import type { Block } from '../types';
import type { QuoteSpan } from './spans';

/**
 * A prose block as the attribution rules read it: its text with the inside of clause-bearing
 * quotes blanked out, so that `。` or `说` inside a quotation never ends a sentence or counts as a verb.
 */
export interface BlockView {
  /** Document offset of `masked[0]`. */
  start: number;
  masked: string;
  block: Block;
  index: number;
}

/** Whether the block opening at `at` is a picture's caption (`_……_`, the italics the articles write captions in). */
export const isCaptionAt = (text: string, at: number): boolean => text.charCodeAt(at) === 0x5f;

/** The filler for masked quotation text: not punctuation, not CJK, one UTF-16 unit. */
export const MASK = '\u25a1';
const CLAUSE_PUNCT = /[，。！？；：,!?;]/;
const SENTENCE_END = /[。！？!?；;]/;
const CLAUSE_END = /[，,。！？!?；;：:\s\u3000]/;
const OPENERS = /[“「『‘]/;
const CLOSERS = /[”」』’]/;

/**
 * Builds the masked views: `李先生说，“走动，就会肿胀。”` → `李先生说，“□□□□□□□□□”`.
 * Short quotes without clause punctuation (`“台独”`) stay readable: they are part of the sentence.
 */
export function buildViews(text: string, blocks: Block[], spans: QuoteSpan[]): BlockView[] {
  const masks: { from: number; to: number }[][] = blocks.map(() => []);
  for (const q of spans) {
    if (q.depth > 0) continue;
    const inner = text.slice(q.inner.start, q.inner.end);
    if (!(CLAUSE_PUNCT.test(inner) || inner.length >= 12 || q.block !== q.endBlock)) continue;
    for (let b = q.block; b <= q.endBlock; b++) {
      const c = blocks[b].content;
      masks[b].push({ from: Math.max(c.start, q.inner.start), to: Math.min(c.end, q.inner.end) });
    }
  }
  return blocks.map((block, index) => {
    const masked = applyMasks(text.slice(block.content.start, block.content.end), block.content.start, masks[index]);
    return { start: block.content.start, masked, block, index };
  });
}

function applyMasks(s: string, offset: number, masks: { from: number; to: number }[]): string {
  if (!masks.length) return s;
  let out = '';
  let at = 0;
  for (const m of masks) {
    const from = m.from - offset;
    const to = m.to - offset;
    if (from < at) continue;
    out += s.slice(at, from) + MASK.repeat(Math.max(0, to - from));
    at = Math.max(at, to);
  }
  return out + s.slice(at);
}

/** Start (in `masked`) of the sentence holding position `at`: after the last `。！？；` before it. */
export function sentenceStart(masked: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.test(masked[i])) return i + 1;
  return 0;
}

/** End (exclusive, in `masked`) of the sentence holding position `at`. */
export function sentenceEnd(masked: string, at: number): number {
  for (let i = at; i < masked.length; i++) if (SENTENCE_END.test(masked[i])) return i;
  return masked.length;
}

/** Start of the clause ending at `at`: after the last comma, colon, sentence end or quote mark. */
export function clauseStart(masked: string, at: number, floor = 0): number {
  // a clause does not end inside brackets: `莫·科伊夫曼（Mo\nKoyfman）表示`, `负责人（注：……）廖某称`
  let depth = 0;
  for (let i = at - 1; i >= floor; i--) {
    const c = masked[i];
    if (c === '）' || c === ')') depth++;
    else if ((c === '（' || c === '(') && depth > 0) depth--;
    else if (depth === 0 && endsClause(masked, i)) return i + 1;
    else if (depth > 0 && (c === '。' || c === '\n' && masked[i - 1] === '\n')) return i + 1;
  }
  return floor;
}

/** Quotation marks and masked quoted words. */
const QUOTED_CHAR = /[“”「」『』\u25a1]/;

/**
 * {@link clauseStart} over a masked quotation embedded in the clause, a word before its opening mark and
 * after its closing one (`温铁军接受“……”访谈时表示`: the clause is `温铁军接受“……”访谈时`, not `访谈时`); not one
 * a `的` describes, which the quotation names (`X上以爆料出名的“Jimmy Apples”也发文表示`).
 */
export function clauseStartOverTerms(s: string, to: number, floor: number): number {
  return clauseStartOver(s, to, floor, (from, k) => from < to && WORD_CHAR.test(s[from]) && k > floor && WORD_CHAR.test(s[k - 1]) && s[k - 1] !== '的');
}
const WORD_CHAR = /[\u4e00-\u9fa5A-Za-z0-9]/;

/**
 * {@link clauseStart} with a masked quotation being part of its clause (`叙利亚外交部发表声明“……”，
 * 并称`, a topic chain: the clause is `叙利亚外交部发表声明“……”`, not the quotation's marks one by one).
 */
export function clauseStartPastQuotes(s: string, to: number, floor: number): number {
  return clauseStartOver(s, to, floor, () => true);
}

/**
 * {@link clauseStart}, stepping back over each masked quotation that ends the clause found so far (its marks from
 * `k` to `from`) while `over(from, k)` says it belongs to the clause.
 */
function clauseStartOver(s: string, to: number, floor: number, over: (from: number, k: number) => boolean): number {
  let from = clauseStart(s, to, floor);
  while (from > floor && QUOTED_CHAR.test(s[from - 1])) {
    let k = from - 1;
    while (k > floor && QUOTED_CHAR.test(s[k - 1])) k--;
    if (!over(from, k)) break;
    from = clauseStart(s, k, floor);
  }
  return from;
}

/**
 * Punctuation and spaces end a clause; so do the marks of a masked (clause-bearing) quotation,
 * while a short term in marks (`“战前时代”的同时`) is part of its clause.
 */
const HAN = /[\u4e00-\u9fff]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Whether the space at `i` (one of at most two: a CRLF soft wrap reads as two) ends a clause. It does not
 * before a gloss (`拉普-胡珀 (Mira Rapp-Hooper)`), inside a Latin name (`策略师Marko Kolanovic表示`), nor between
 * Chinese and Latin or digits (盘古之白: `《晚点 LatePost》`, `OpenAI 首席执行官`).
 */
function spaceEndsClause(s: string, i: number): boolean {
  const before = s[i - 1] === ' ' ? s[i - 2] ?? '' : s[i - 1] ?? '';
  const after = s[i + 1] === ' ' ? s[i + 2] ?? '' : s[i + 1] ?? '';
  if (/[（(]/.test(after)) return false;
  if (/[A-Za-z]/.test(before) && /[A-Za-z]/.test(after)) return false;
  return !((HAN.test(before) && LATIN_OR_DIGIT.test(after)) || (LATIN_OR_DIGIT.test(before) && HAN.test(after)));
}

function endsClause(s: string, i: number): boolean {
  const c = s[i];
  if (c === ' ' && !spaceEndsClause(s, i)) return false;
  if (CLAUSE_END.test(c) || c === MASK) return true;
  // a double dash (`——`) ends a clause; one dash joins (`奥卡西奥—科尔特斯`, `2021—2023`)
  if (c === '—') return s[i - 1] === '—' || s[i + 1] === '—';
  if (CLOSERS.test(c)) return s[i - 1] === MASK || s[i - 1] === undefined;
  return OPENERS.test(c) && (s[i + 1] === MASK || s[i + 1] === undefined);
}

/** Markdown emphasis and spaces around quotes (`**欧洲已经处于“战前时代”**`) are skipped when reading neighbours. */
export function skipMarkupBack(s: string, i: number): number {
  while (i > 0 && /[*\s_]/.test(s[i - 1])) i--;
  return i;
}

/** Forward counterpart of {@link skipMarkupBack}. */
export function skipMarkupForward(s: string, i: number): number {
  while (i < s.length && /[*\s_]/.test(s[i])) i++;
  return i;
}
