/** Reading the sentence around an expression: where it starts and ends, and its tense. */

/** Code-unit tests for the scans below, which look at one character at a time (a regex per character is slow). */
const endsSentence = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a;
const endsClause = (c: number): boolean => endsSentence(c) || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a;

/** Future markers: `将于`, `预计`, `计划`, `即将`… A bare `将` is too often `把` (将此类举动视为…). */
const FUTURE = /起至|起到|可能(?:将|会)|或将|将(?:于|在|从|会|要|有|举行|召开|开始|启动|进行|迎来|实施|施行|推出|发布|前往|出席|访问|达到|持续)|预计|计划|拟于|拟在|即将|就要|快要|将要|有望|届时|准备|打算|下周|下个?月|明年|明天|起(?:施行|实施|执行|生效)/;
/** Conditionals: a date in `如果2027年…` is not reported as done. */
const HYPOTHETICAL = /如果|假如|若是|要是|一旦|倘若/;
/** Past markers: `已经`, `曾`, a verb followed by `了` (not `为了`, `除了`, `了解`). */
const PAST = /已经|已于|已在|已被|曾经|曾于|曾在|[^为除\s]了(?!解)/;

/** Start of the sentence containing `pos`: `去年12月，…。16日晚…` at 16 → the index after `。`. */
export function sentenceStart(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && !endsSentence(text.charCodeAt(i))) i--;
  return i + 1;
}

/** A sentence's end, or a `；` between items of a list of clauses: what {@link sameSentence} and {@link sentenceAround} stop at. */
const STOP = /[。！？!?；;\n]/;
const STOP_TO_END = /[^。！？!?；;\n]*$/;

/** True when `text[from, to)` holds no sentence end or `；`. */
export const sameSentence = (text: string, from: number, to: number): boolean => !STOP.test(text.slice(from, to));

/** The sentence (up to a `；`) around `text[start, end)`, at most `reach` characters on each side. */
export function sentenceAround(text: string, start: number, end: number, reach = 60): string {
  const before = text.slice(Math.max(0, start - reach), start);
  const after = text.slice(end, end + reach);
  const cut = after.search(STOP);
  return before.slice(before.search(STOP_TO_END)) + (cut < 0 ? after : after.slice(0, cut));
}

function forward(text: string, pos: number, stop: (c: number) => boolean): number {
  let i = pos;
  while (i < text.length && !stop(text.charCodeAt(i))) i++;
  return i;
}

function backward(text: string, pos: number, stop: (c: number) => boolean): number {
  let i = pos - 1;
  while (i >= 0 && !stop(text.charCodeAt(i))) i--;
  return i + 1;
}

/**
 * Where the tense of an expression is read: its own clause, and the next one too when the expression
 * ends its clause (`征兵时间从4月1日至7月15日，预计将有…` reads `预计`; `3月29日宣布，将于4月1日…` does
 * not lend `将于` to `3月29日`).
 */
function clauseEnd(text: string, end: number): number {
  const own = forward(text, end, endsClause);
  const rest = text.slice(end, own);
  if (!/^[\s（()）0-9０-９日号]*$/.test(rest) || own >= text.length || endsSentence(text.charCodeAt(own))) return own;
  return forward(text, own + 1, endsClause);
}

/** The clause (or two) around an expression: `…，预计将有15万人应征` for `4月1日至7月15日`. */
export function tenseWindow(text: string, start: number, end: number): string {
  return text.slice(backward(text, start, endsClause), clauseEnd(text, end));
}

/** True when the clause reports something done or reaching up to now: `已于3月1日开始`, `1月10日以来` → true. */
export function hasPastMarker(window: string): boolean {
  return PAST.test(window) || window.includes('以来');
}

/** True when the clause speaks of the future: `将于4月1日开始春季征兵` → true. */
export function isFuture(window: string): boolean {
  return FUTURE.test(window);
}

/**
 * True when the clause after a date reports something done and nothing points ahead or is
 * hypothetical: `2024年12月1日，双方举行了会谈。` → true; `到2030年…` and `如果2027年…已经…` → false.
 */
export function isPast(text: string, start: number, end: number): boolean {
  if (/[到至]$/.test(text.slice(Math.max(0, start - 2), start))) return false;
  const window = tenseWindow(text, start, end);
  return PAST.test(text.slice(end, clauseEnd(text, end))) && !FUTURE.test(window) && !HYPOTHETICAL.test(window);
}
