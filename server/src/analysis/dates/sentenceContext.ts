/** Reading the sentence around an expression: where it starts and ends, and its tense. */

/** Code-unit tests for the scans below, which look at one character at a time (a regex per character is slow). */
const endsSentence = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a;
const endsClause = (c: number): boolean => endsSentence(c) || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a;

/**
 * Future markers: `将于`, `预计`, `计划` (not `原计划`, a plan given up), `即将`, a postponement or a wait up to a date
 * (`推迟到11月`, `要等到7月份才上市`; not one told done, `一直推迟到9月底才公布`), a hope (`希望他能够在11月……`)… A bare
 * `将` is too often `把` (将此类举动视为…); right before a date it is not ({@link willBefore}).
 */
const FUTURE = /可能(?:将|会)|或将|将(?:于|在|从|会|要|有|举行|召开|开始|启动|进行|迎来|实施|施行|推出|发布|前往|出席|访问|达到|持续|继续|进一步|陆续|逐步|全面|加快|加大|再次|首次|正式|成为|保持|推动|推进|实现|完成|上线|落地|投入|进入|恢复|开通|建成|出台|公布|到来|面临)|预计|(?<![原本])计划|拟于|拟在|即将|就要|快要|将要|有望|届时|准备|打算|下周|下个?月|明年|明天|起(?:再度|再次|正式|全面)?(?:施行|实施|执行|生效|禁止|允许|暂停|恢复|取消|停止)|(?:推迟|延期|延迟|推后|延后|顺延)(?:到|至)(?![^，。；]*才)|要等到|才能等到|希望/;
/** Conditionals: a date in `如果2027年…` is not reported as done (`如果说` is no condition: `如果说12月的时候……`). */
const HYPOTHETICAL = /如果(?!说)|假如|若是|要是(?!说)|一旦|倘若/;
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

/** A verb of speech: what follows it is what was said, whose tense is not its date's (`26日，拜登表示希望在3月4日之前……`). */
const SPEECH = /表示|宣布|透露|声称|宣称|指出|强调|(?<!小)说(?![明服法])|称/;

/**
 * The clause (or two) around an expression, up to a verb of speech after it: `…，预计将有15万人应征` for
 * `4月1日至7月15日`; `当地时间26日，拜登在纽约表示` for `26日`.
 */
export function tenseWindow(text: string, start: number, end: number): string {
  const from = backward(text, start, endsClause);
  const window = text.slice(from, clauseEnd(text, end));
  const said = window.slice(end - from).search(SPEECH);
  return said < 0 ? window : window.slice(0, end - from + said);
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
 * `将` right before a date, which it then puts ahead (`结果将6月公布`): no `把` stands before a date, but a
 * general may (`中将23日登上中业岛`).
 */
export function willBefore(text: string, start: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 0x5c06 && !RANK_WITH_WILL.test(text.charAt(start - 2));
}

/** What makes `将` a noun: `中将`, `少将`, `上将`, `大将`, `老将`, `名将`, `主将`… */
const RANK_WITH_WILL = /[中少上大老名主干武猛小副战宿良悍虎骁勇爱]/;

/**
 * True when the clause is a condition (`如果他在11月大选中获胜`) and reports nothing done: what it supposes
 * lies ahead.
 */
export function isSupposed(window: string): boolean {
  return HYPOTHETICAL.test(window) && !PAST.test(window);
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
