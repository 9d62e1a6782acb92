/** Reading the sentence around an expression: where it starts and ends, and its tense. */

const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_END = /[。！？!?\n，,；;：:]/;

/** Future markers: `将于`, `预计`, `计划`, `即将`… A bare `将` is too often `把` (将此类举动视为…). */
const FUTURE = /将(?:于|在|从|会|要|有|举行|召开|开始|启动|进行|迎来|实施|施行|推出|发布|前往|出席|访问|达到|持续)|预计|计划|拟于|拟在|即将|有望|届时|准备|打算|下周|下个?月|明年|明天|起(?:施行|实施|执行|生效)/;
/** Past markers: `已经`, `曾`, a verb followed by `了` (not `为了`, `除了`, `了解`). */
const PAST = /已经|已于|已在|已被|曾经|曾于|曾在|[^为除\s]了(?!解)/;

/** Start of the sentence containing `pos`: `去年12月，…。16日晚…` at 16 → the index after `。`. */
export function sentenceStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && !SENTENCE_END.test(text[i])) i--;
  return i + 1;
}

function forward(text: string, pos: number, stop: RegExp): number {
  let i = pos;
  while (i < text.length && !stop.test(text[i])) i++;
  return i;
}

function backward(text: string, pos: number, stop: RegExp): number {
  let i = pos - 1;
  while (i >= 0 && !stop.test(text[i])) i--;
  return i + 1;
}

/**
 * The text that decides the tense of an expression: from the start of its clause to the end of its
 * sentence (`征兵时间从4月1日至7月15日，预计将有…` reads `预计` after the date).
 */
export function tenseWindow(text: string, start: number, end: number): string {
  return text.slice(backward(text, start, CLAUSE_END), forward(text, end, SENTENCE_END));
}

/** True when the sentence speaks of the future: `将于4月1日开始春季征兵` → true. */
export function isFuture(window: string): boolean {
  return FUTURE.test(window);
}

/** True when the clause reports something done: `5月1日已经举行了` → true. */
export function isPast(window: string): boolean {
  return PAST.test(window) && !FUTURE.test(window);
}
