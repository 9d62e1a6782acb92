import type { Block, Finding, Quote, Span } from '../types';
import { unbalancedMessage } from './messages';

/** A quoted span before kind and speaker are decided. Offsets are document offsets. */
export interface QuoteSpan extends Span {
  inner: Span;
  mark: string;
  /** 0 for a top-level quote, 1 for a quote inside another, … */
  depth: number;
  /** Index (in `blocks`) of the block holding the opening mark, and of the one holding the closing mark. */
  block: number;
  endBlock: number;
}

const CLOSE_OF: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '《': '》' };
const OPEN_OF: Record<string, string> = { '”': '“', '」': '「', '』': '『', '’': '‘', '》': '《' };

interface Open {
  mark: string;
  at: number;
  block: number;
}

interface ScanState {
  stack: Open[];
  spans: QuoteSpan[];
  findings: Finding[];
}

/**
 * Finds “…”, 「…」, 『…』 and ‘…’ spans (nested ones too) and unbalanced marks, 《》 included:
 * `他说：“我们已经进入了‘战前时代’。”` → the outer quote (depth 0) and `战前时代` (depth 1).
 * A paragraph that opens with “ and leaves it open continues in the next paragraph that opens with “.
 */
export function findQuoteSpans(text: string, blocks: Block[]): { spans: QuoteSpan[]; findings: Finding[] } {
  const state: ScanState = { stack: [], spans: [], findings: [] };
  for (let b = 0; b < blocks.length; b++) scanBlock(text, blocks, b, state);
  state.spans.sort((a, b) => a.start - b.start || a.depth - b.depth);
  return state;
}

/**
 * Index of the last block of the run that starts at `from` with no mark open: `from` itself, unless a
 * quotation left open there goes on in the next paragraphs (`“……\n“……”`).
 */
export function unitEnd(text: string, blocks: Block[], from: number): number {
  const state: ScanState = { stack: [], spans: [], findings: [] };
  let b = from;
  for (; b < blocks.length; b++) {
    scanBlock(text, blocks, b, state);
    if (!state.stack.length) return b;
  }
  return b - 1;
}

/** The marks a paragraph leaves open when scanned on its own: `他说：“我们` → `“`; usually `''`. */
export function findOpenMarks(paragraph: string): string {
  const state: ScanState = { stack: [], spans: [], findings: [] };
  for (let i = 0; i < paragraph.length; i++) if (isMark(paragraph.charCodeAt(i))) scanChar(paragraph, i, 0, state);
  return state.stack.map((o) => o.mark).join('');
}

function scanBlock(text: string, blocks: Block[], b: number, state: ScanState): void {
  const { start, end } = blocks[b].content;
  const carried = state.stack.length > 0;
  let i = start;
  if (carried && CLOSE_OF[text[start]] && text[start] === state.stack[state.stack.length - 1].mark) i++;
  for (; i < end; i++) if (isMark(text.charCodeAt(i))) scanChar(text, i, b, state);
  if (state.stack.length && !continues(text, blocks, b, state.stack)) closeBlock(text, blocks[b], b, state);
}

/** ‘ ’ “ ” (U+2018–U+201D) and 《 》 「 」 『 』 (U+300A–U+300F): a cheap test before the table lookups. */
function isMark(code: number): boolean {
  return (code >= 0x2018 && code <= 0x201d) || (code >= 0x300a && code <= 0x300f);
}

function scanChar(text: string, i: number, block: number, state: ScanState): void {
  const c = text[i];
  if (CLOSE_OF[c]) {
    if (c === '‘' && isApostrophe(text, i)) return;
    state.stack.push({ mark: c, at: i, block });
    return;
  }
  const open = OPEN_OF[c];
  if (!open) return;
  if ((c === '’' && isApostrophe(text, i)) || ((c === '’' || c === '”') && isPrime(text, i))) return;
  let k = state.stack.length - 1;
  while (k >= 0 && state.stack[k].mark !== open) k--;
  if (k < 0) {
    state.findings.push(unbalancedFinding(i, c, 'stray-close'));
    return;
  }
  while (state.stack.length - 1 > k) {
    const lost = state.stack.pop()!;
    state.findings.push(unbalancedFinding(lost.at, lost.mark, 'unclosed', { start: i, end: i }));
  }
  const o = state.stack.pop()!;
  if (o.mark === '《') return;
  const depth = state.stack.filter((s) => s.mark !== '《').length;
  state.spans.push({ start: o.at, end: i + 1, inner: { start: o.at + 1, end: i }, mark: o.mark, depth, block: o.block, endBlock: block });
}

/** `O’Neill`, `90’s`: a single mark between Latin letters or digits is an apostrophe. */
function isApostrophe(text: string, i: number): boolean {
  return /[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '');
}

/**
 * `4’25”` (four minutes twenty-five seconds), `13”1`: a closing mark right after a digit, before another digit or ending a
 * number that an earlier mark cut the same way, is a prime, not a quotation mark.
 */
function isPrime(text: string, i: number): boolean {
  if (!/[0-9]/.test(text[i - 1] ?? '')) return false;
  return /[0-9]/.test(text[i + 1] ?? '') || /[0-9]’[0-9]+$/.test(text.slice(Math.max(0, i - 8), i));
}

/**
 * The open quote goes on when the next prose paragraph opens with the same mark (the Chinese convention),
 * when a hard line wrap broke it and the next line closes it, or when it is a pull quote broken over two
 * paragraphs or bold heads ({@link brokenPullQuote}).
 */
function continues(text: string, blocks: Block[], b: number, stack: Open[]): boolean {
  const next = blocks[b + 1];
  const top = stack[stack.length - 1];
  if (!next || !stack.every((s) => s.mark !== '《') || top.mark === '‘') return false;
  if (next.kind === blocks[b].kind && (next.kind === 'paragraph' || next.kind === 'heading') && brokenPullQuote(text, blocks[b], next, top)) return true;
  if (next.kind !== 'paragraph' || blocks[b].kind !== 'paragraph') return false;
  if (text[next.content.start] === top.mark) return true;
  // a hard line wrap inside the quotation (`“去年，Temu\n的驱动力……”`): the next line, joined by a single
  // newline, closes it
  return (top.mark === '“' || top.mark === '「') && !/\n[^\S\n]*\n/.test(text.slice(blocks[b].content.end, next.content.start)) && text.slice(next.content.start, next.content.end).includes(CLOSE_OF[top.mark]);
}

/**
 * Ends a paragraph that leaves marks open: each is reported unclosed, and the outermost quotation mark
 * that opens words running to a sentence's end at the close of the paragraph quotes them still, as a
 * reader takes them (`他补充道：“我们的心与你们同在。` with its `”` left out, or written the wrong way round:
 * `……不能买回了。“`); the guideline counts every quotation, closed or not.
 */
function closeBlock(text: string, block: Block, b: number, state: ScanState): void {
  const end = block.content.end;
  // one mark left open, or two when the last is the closing one written the wrong way round at the end
  const bottom = state.stack.length === 1 || (state.stack.length === 2 && WRONG_WAY_END.test(text.slice(state.stack[1].at, end))) ? state.stack[0] : undefined;
  while (state.stack.length) {
    const lost = state.stack.pop()!;
    state.findings.push(unbalancedFinding(lost.at, lost.mark, 'unclosed', { start: end, end }));
  }
  if (bottom && bottom.block === b && (bottom.mark === '“' || bottom.mark === '「') && opensWords(text, block.content.start, bottom.at)) {
    const tail = OPEN_TO_END.exec(text.slice(bottom.at + 1, end));
    if (tail && tail.index >= MIN_OPEN_QUOTE) {
      const close = bottom.at + 1 + tail.index + tail[1].length;
      const wrongWay = tail[2] === bottom.mark;
      state.spans.push({ start: bottom.at, end: wrongWay ? close + 1 : close, inner: { start: bottom.at + 1, end: close }, mark: bottom.mark, depth: 0, block: b, endBlock: b });
    }
  }
}

/**
 * What may stand before an unclosed mark at `at` that opens someone's words: nothing since `start`, or a
 * clause's punctuation (`表示：`, `称，`, `。`), maybe markup between (read backwards: no regex over the paragraph).
 */
function opensWords(text: string, start: number, at: number): boolean {
  let i = at;
  while (i > start && /[\s*_]/.test(text[i - 1])) i--;
  return i === start || /[：:，,。！？!?；;]/.test(text[i - 1]);
}

/**
 * A quotation broken over two paragraphs or two bold heads (a pull quote: `**“乌克兰要解决腐败问题，**` / `**需要整个系统的改变。”**`):
 * the open one ends mid-sentence, and the next closes the quotation before it opens one of its own.
 */
function brokenPullQuote(text: string, block: Block, next: Block, top: Open): boolean {
  if (top.mark !== '“' && top.mark !== '「') return false;
  const after = text.slice(next.content.start, next.content.end);
  const close = after.indexOf(CLOSE_OF[top.mark]);
  return close >= 0 && !after.slice(0, close).includes(top.mark) && MID_SENTENCE_END.test(text.slice(top.at, block.content.end));
}

/** A clause's punctuation or a Han character ending a paragraph (but for markup): the sentence goes on in the next one. */
const MID_SENTENCE_END = /(?:[，,、；;：:]|[\u4e00-\u9fa5])[\s*_]*$/;

/** An opening mark after sentence-final punctuation, closing the paragraph (but for markup): the closing mark written the wrong way round. */
const WRONG_WAY_END = /^[“「][\s*_]*$/;
/** Sentence-final punctuation closing the paragraph, maybe then the opening mark written for the closing one, then markup. */
const OPEN_TO_END = /([。！？!?…]+)([“「]?)[\s*_]*$/;
/** Characters an unclosed quotation holds at least before its final punctuation: shorter is no one's words. */
const MIN_OPEN_QUOTE = 4;

function unbalancedFinding(at: number, mark: string, why: 'unclosed' | 'stray-close', missingAt?: Span): Finding {
  const message = unbalancedMessage(mark, why);
  const related = missingAt ? [{ ...missingAt, message: unbalancedMessage(mark, 'missing-here') }] : undefined;
  return { code: 'quote.unbalanced', severity: 'error', start: at, end: at + 1, message, ...(related ? { related } : {}) };
}

/** The quote's opening mark is reported unclosed: its words run to the paragraph's end (see `closeBlock`). */
export function isUnclosed(q: Quote, findings: readonly Finding[]): boolean {
  return findings.some((f) => f.code === 'quote.unbalanced' && f.start === q.start);
}

/** Where the marks reported unclosed stand: {@link isUnclosed} for every quote of an article in one pass. */
export function unclosedStarts(findings: readonly Finding[]): Set<number> {
  const out = new Set<number>();
  for (const f of findings) if (f.code === 'quote.unbalanced') out.add(f.start);
  return out;
}
