/** Recognition: finds time expressions in a paragraph, independent of the publication date. */
import type { DateExpression, DatePoint } from './expression';
import { RECOGNIZER, CONNECTOR, ANCHOR, DECADE, sticky } from './grammar';
import { parsePoint } from './parse';
import { parseNumeral } from './numerals';
import { SEASONS } from './dateWords';
import startsList from './starts.json';
import { withoutDigitGaps, type Compacted } from './spacing';
import { withoutKinds } from './kinds';

const CONNECTOR_RE = sticky(CONNECTOR);
const ANCHOR_RE = sticky(ANCHOR);
const NUM_RANGE_RE = /([0-9０-９〇零○Ｏ一二两三四五六七八九十]{1,4})(?:、|至|到|-|—|～|~)([0-9０-９〇零○Ｏ一二两三四五六七八九十]{1,4})(年|月份?|日)$/;
const ANCHORS: Record<string, DateExpression['anchor']> = { 以来: 'since', 之前: 'before', 以前: 'before', 之后: 'after', 以后: 'after', 起: 'from' };
const AGO_UNITS: Record<string, 'Y' | 'M' | 'W' | 'D'> = { 年: 'Y', 个月: 'M', 个多月: 'M', 个星期: 'W', 周: 'W', 天: 'D' };

/** `1月5日至19日` → a range; `2021年以来` → a point anchored `since`. */
function toPointOrRange(s: string): Omit<DateExpression, 'start' | 'end' | 'text'> & { length: number } | null {
  const first = parsePoint(s, 0);
  if (!first) return null;
  let end = first.end;
  let to: DatePoint | undefined;
  CONNECTOR_RE.lastIndex = end;
  if (CONNECTOR_RE.exec(s)) {
    const second = parsePoint(s, CONNECTOR_RE.lastIndex, true);
    if (second) { to = second.point; end = second.end; }
  }
  ANCHOR_RE.lastIndex = end;
  const a = ANCHOR_RE.exec(s);
  const anchor = a ? ANCHORS[a[1]] : undefined;
  if (a) end = ANCHOR_RE.lastIndex;
  return { kind: to ? 'range' : 'point', from: first.point, ...(to && { to }), ...(anchor && { anchor }), length: end };
}

/** `去年九、十月份` → a month range; `2023至2024年` → a year range. */
function toNumRange(s: string): Omit<DateExpression, 'start' | 'end' | 'text'> & { length: number } | null {
  const m = NUM_RANGE_RE.exec(s);
  if (!m) return null;
  const lead = s.slice(0, m.index);
  const base = lead ? parsePoint(lead, 0) : { point: {} as DatePoint, end: 0 };
  if (!base || base.end !== lead.length) return null;
  const a = parseNumeral(m[1]), b = parseNumeral(m[2]);
  const unit = m[3][0];
  const ok = unit === '年' ? m[1].length === 4 && m[2].length === 4 && a < b : unit === '月' ? a >= 1 && b <= 12 && a < b : a >= 1 && b <= 31 && a < b;
  if (!ok) return null;
  const key = unit === '年' ? 'year' : unit === '月' ? 'month' : 'day';
  return { kind: 'range', from: { ...base.point, [key]: a }, to: { [key]: b }, length: s.length };
}

/** `上世纪80年代` → `{decade: 80, century: -1}`. */
function toDecade(s: string): Omit<DateExpression, 'start' | 'end' | 'text'> & { length: number } | null {
  const m = new RegExp(`^${DECADE}$`).exec(s);
  if (!m) return null;
  const century = m[1] === undefined ? undefined : m[1].startsWith('上') ? -1 : /^(二十|20)/.test(m[1]) ? 20 : 19;
  const decade = parseNumeral(m[2] ?? m[3]);
  return { kind: 'point', from: { decade, ...(century !== undefined && { century }) }, length: s.length };
}

function toAgo(s: string): Omit<DateExpression, 'start' | 'end' | 'text'> & { length: number } | null {
  const m = /^([^个年周天]+)(个月|个多月|个星期|年|周|天)/.exec(s);
  if (!m) return null;
  const n = /^[几数多]$/.test(m[1]) ? null : m[1] === '半' ? 0.5 : parseNumeral(m[1]);
  const unit = AGO_UNITS[m[2]];
  const later = /后$/.test(s) ? { later: true } : {};
  // 半年前 is six months ago.
  if (n === 0.5) return unit === 'Y' ? { kind: 'ago', ago: { n: 6, unit: 'M', ...later }, length: s.length } : null;
  // `10年前的那个春天`: that year's season
  const season = unit === 'Y' ? /([春夏秋冬])[天季]$/.exec(s)?.[1] : undefined;
  return { kind: 'ago', ago: { n: n !== null && Number.isNaN(n) ? null : n, unit, ...(season && { season: SEASONS[season] }), ...later }, length: s.length };
}

/** The recogniser anchored at one position; lookbehinds still see the text before it. */
const RECOGNIZER_AT = new RegExp(RECOGNIZER.source, 'y');
/**
 * How a match can begin (two characters), derived from the grammar by `prefixes` when the package is
 * built (`scripts/buildDateStarts.ts`; a test checks it is current): most positions are skipped
 * without running the grammar.
 */
const STARTS: readonly string[] = startsList;
/** Per first character: 0 no match begins with it, 1 one may whatever follows, 2 look at `SECOND`. */
const FIRST = new Uint8Array(0x10000);
/** Per first character, the second characters a match can continue with. */
const SECOND = new Map<number, Set<number>>();
for (const w of STARTS) {
  const c = w.charCodeAt(0);
  if (w.length === 1) { FIRST[c] = 1; continue; }
  if (FIRST[c] !== 1) FIRST[c] = 2;
  let next = SECOND.get(c);
  if (!next) SECOND.set(c, (next = new Set()));
  next.add(w.charCodeAt(1));
}

/** True when the two characters at `at` can begin a match (a one-character match needs only the first). */
function canStart(text: string, at: number): boolean {
  const f = FIRST[text.charCodeAt(at)];
  return f === 1 || (f === 2 && SECOND.get(text.charCodeAt(at))!.has(text.charCodeAt(at + 1)));
}

/** The match {@link RECOGNIZER} would find from `from` on, tried only where a match can begin. */
function nextMatch(text: string, from: number): RegExpExecArray | null {
  for (let at = from; at < text.length; at++) {
    if (!FIRST[text.charCodeAt(at)] || !canStart(text, at)) continue;
    RECOGNIZER_AT.lastIndex = at;
    const m = RECOGNIZER_AT.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * Finds the time expressions of one paragraph (recognition only, no publication date needed):
 * `去年12月，…16日晚` → `[{text: '去年12月', from: {yearRel: -1, month: 12}}, {text: '16日晚', from: {day: 16, partOfDay: 'EV'}}]`.
 */
export function findDateExpressions(text: string): DateExpression[] {
  // `2024 年 2 月`: the grammar reads the paragraph without the spaces set around numbers
  const compact = withoutDigitGaps(text);
  if (!compact) return recognize(text);
  return recognize(compact.text).map((e) => relocate(e, compact, text));
}

/** An expression found in the compacted text, at its place in `original` and as written there. */
function relocate(e: DateExpression, c: Compacted, original: string): DateExpression {
  const start = c.at[e.start];
  const end = c.at[e.end - 1] + 1;
  const moved: DateExpression = { ...e, start, end, text: original.slice(start, end) };
  // a weekday to check (`2月15日 （周四）`) is placed relative to the expression's start
  const place = (p: DatePoint): DatePoint => (p.checkSpan ? { ...p, checkSpan: { start: c.at[e.start + p.checkSpan.start] - start, end: c.at[e.start + p.checkSpan.end - 1] + 1 - start } } : p);
  if (e.from) moved.from = place(e.from);
  if (e.to) moved.to = place(e.to);
  return moved;
}

/**
 * What stands right before a count on (`两天后`) that places something: a clause's start, `于`, `在` (`三天后，`,
 * `于两天后的6月28日`); not an action's or a state's span (`体验了这款设备一周后`, `失联一周后`), no date.
 */
const COUNTED_ON_AFTER = /(?:^|[，,。；;：:！？!?\n]|于|在|而|就在)\s*$/;

function recognize(text: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (let m = nextMatch(text, 0); m; m = nextMatch(text, RECOGNIZER_AT.lastIndex)) {
    const g = m.groups!;
    const parsed = g.numRange ? toNumRange(m[0]) : g.ago ? toAgo(m[0]) : g.decade ? toDecade(m[0]) : g.point ? toPointOrRange(text.slice(m.index, m.index + m[0].length + 2)) : { kind: 'vague' as const, length: m[0].length };
    if (!parsed || (parsed.ago?.later && !COUNTED_ON_AFTER.test(text.slice(Math.max(0, m.index - 3), m.index)))) continue;
    // The parser sees two characters of lookahead (`26号那天`) but never takes more than the recogniser did.
    const { length: parsedLength, ...rest } = parsed;
    const length = Math.min(parsedLength, m[0].length);
    const start = m.index;
    out.push({ start, end: start + length, text: text.slice(start, start + length), ...rest });
    // A rejected tail (`至三日` that did not parse) is scanned again.
    if (length < m[0].length) RECOGNIZER_AT.lastIndex = start + length;
  }
  return withoutKinds(text, out);
}

