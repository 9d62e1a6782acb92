/**
 * The dates module: recognition (`findDateExpressions`, per paragraph, cacheable) and resolution
 * against the publication date (`resolveDates`, per document). Design notes in README.md.
 */
import type { DateMention, EntityMention, Finding, PublicationDate } from '../types';
import { yearless, type DateExpression, type DatePoint } from './expression';
import { parseDay, weekdayNames, toEpochDay, type Day } from './calendar';
import { hasPastMarker, sentenceStart, tenseWindow, isFuture, isPast, isSupposed, willBefore } from './sentenceContext';
import { resolveAgo, resolvePoint, resolveRange, type Context, type Resolved } from './resolution';
import { futureInPast, toReason, unresolved, weekdayMismatch } from './findings';
import type { YearMonth } from './values';

export type { DateExpression, DatePoint } from './expression';
export { findDateExpressions } from './recognize';

/**
 * The expressions of a paragraph without those inside a longer name of `mentions` that is `sure`: `南方周末`
 * (an outlet), `今日俄罗斯`, `光明日报社`, `吉林省冬季运动管理中心`, `编辑：周天澄` name no day, month or season. The
 * caller leaves out spans of the entity model alone, which may have run over a real date (`周四大涨` read
 * `周四大`). The same array when nothing is inside a name.
 */
export function outsideNames(exprs: DateExpression[], mentions: readonly EntityMention[], sure: (m: EntityMention) => boolean): DateExpression[] {
  let out: DateExpression[] | null = null;
  for (let i = 0; i < exprs.length; i++) {
    const e = exprs[i];
    const inside = mentions.some((m) => m.start <= e.start && e.end <= m.end && m.end - m.start > e.end - e.start && sure(m));
    if (inside) out ??= exprs.slice(0, i);
    else out?.push(e);
  }
  return out ?? exprs;
}

interface State {
  pub: Day | null;
  prevDay: Day | null;
  prevMonth: YearMonth | null;
  prevYear: number | null;
  focusYear: number | null;
  focusMonth: YearMonth | null;
  /** The sentence's date ({@link sentenceDate}) is one the text speaks of (not `上年春节`): what takes its year is too. */
  sentenceFocus: boolean;
  sentence: number;
  sentenceDate: Resolved | null;
  /** Where the sentence's last resolved expression ends: a holiday right after it takes the sentence's year. */
  lastEnd: number;
  /** The week the line's last week expression named, relative to publication's (`下周` → 1), and where it ends; a day written since ends it. */
  weekFrame: { rel: number; end: number } | null;
}

const hasCalendar = (p?: DatePoint): boolean => !!p && (p.year !== undefined || p.yearRel !== undefined || (p.yearRef !== undefined && p.holiday !== undefined) || p.month !== undefined || p.monthRel !== undefined || p.day !== undefined);
/** The year is written (`2025年`, `今年`), not inferred, and does not point ahead (`明年`): only then can a date contradict the tense. */
const yearWritten = (e: DateExpression): boolean => !!e.from && (e.from.year !== undefined || (e.from.yearRel !== undefined && e.from.yearRel <= 0));

/** A rate cut or rise right after a month or day: what markets price is ahead (`5月美联储降息的几率`); not a meeting (`12月13日美联储议息会议首日以来`). */
const RATE_DECISION_AFTER = /^份?(?:前|底|初|中旬|下旬)?[^，。；！？\n]{0,6}?(?:降息|加息)/;
/** The time after a date, right after it: `春节后`, `国庆之后`, `双11过后`. */
const AFTERWARD = /^(?:[之以过]?后)/;
/** Between a sentence's date and a holiday written for its year: `2012年中秋国庆`, `2021年元旦和春节`, `2023年农历除夕`. */
const JOINED = /^(?:[的和与及、，,\s]|农历|这个|那个)*$/;
/** A futures contract's month, ahead of trading (`布伦特4月原油期货`, `3月天然气期货`, `5月合约`): a month alone, no year nor day. */
const CONTRACT_AFTER = /^份?[\u4e00-\u9fa5A-Za-z]{0,4}?(?:期货|合约)/;
/** After a week that sets the scene of what follows (`下周，`, `下周日程：`), not one that qualifies a thing (`上周EIA原油库存`, `上周的9%`). */
const WEEK_SCENE = /^(?:[，,]|的?(?:日程|安排|行程))/;
/** Before `上月` compared with: `比上月`, `较上月`, `由上月下降1.6%转为上涨`. */
const COMPARED_MONTH = /[比较与由]$/;
/** Before a year that is the base of a comparison: `比2021年减少`, `与2022年末相比`. */
const COMPARED = /(?:比|较|与|同)$/;
/** After a year that is no year the text speaks of: a birth year (`1999年出生`), a span up to now (`2020年 以来`). */
const NOT_FOCUS_AFTER = /^(?:出生|生人|以来|至今)/;
/** A span up to now, the expression's own end: `2020年初以来`. */
const SINCE = /(?:以来|至今)$/;

/** A count back opening its sentence (`两天前，`, `就在三天前，`), maybe after `而`, `就在`, `在`. */
const AGO_OPENS = /^\s*(?:而|就在|在|早在)?$/;
/** A whole sentence of one line, ended by a full stop (not `；`), maybe spaces after it. */
const WHOLE_SENTENCE = /^[^。！？!?；;\n]*[。！？!?][^\S\n]*$/;

/**
 * `8月20日，张某报警。两天前，他的车被盗。`: a count of days or weeks back opening a sentence counts from the day the
 * sentence right before it (same line) is dated, as one within that sentence does; null when there is none.
 */
function dayBefore(text: string, e: DateExpression, sentence: number, s: State): Resolved | null {
  if (!s.sentenceDate || sentence === 0 || !AGO_OPENS.test(text.slice(sentence, e.start))) return null;
  return s.sentence === sentenceStart(text, sentence - 1) && WHOLE_SENTENCE.test(text.slice(s.sentence, sentence)) ? s.sentenceDate : null;
}

/**
 * True when a date puts its year in focus, the year `上年` is the one before (`2023年……比上年增长……比上年下降`:
 * both 2022): not `上年` itself, nor a comparison's base, a birth year or a span up to now.
 */
function inFocus(text: string, e: DateExpression): boolean {
  if (e.from?.yearRef !== undefined && e.from.yearRef < 0) return false;
  return !COMPARED.test(text.slice(Math.max(0, e.start - 1), e.start)) && !NOT_FOCUS_AFTER.test(text.slice(e.end, e.end + 2)) && !SINCE.test(text.slice(e.start, e.end));
}

function resolveOne(text: string, e: DateExpression, s: State): { r: Resolved | null; future: boolean } {
  const window = tenseWindow(text, e.start, e.end);
  // a rate decision the markets expect (`3月降息预期`, `浇灭了3月降息的希望`, `6月前无望降息`) is the coming one
  const after = text.slice(e.end, e.end + 12);
  const monthAlone = yearless(e) && e.from!.month !== undefined && e.from!.day === undefined;
  const contract = monthAlone && CONTRACT_AFTER.test(after);
  // a month a condition supposes is the coming one (`如果他在11月大选中获胜`); a day or holiday in one is often a
  // rule's reported terms (`如果老员工能够在正月初六准时返岗`)
  const future = isFuture(window) || (monthAlone && isSupposed(window)) || willBefore(text, e.start) || RATE_DECISION_AFTER.test(after) || contract;
  const sentence = sentenceStart(text, e.start);
  const inherit = sentence === s.sentence ? s.sentenceDate : null;
  // `降幅比上月扩大`: the month before the one the text speaks of (a January report's `上月` is December)
  const compared = e.from?.monthRel === -1 && e.from.year === undefined && COMPARED_MONTH.test(text.slice(Math.max(0, e.start - 1), e.start));
  const c: Context = { pub: s.pub, future, past: hasPastMarker(window), inherit, prevDay: s.prevDay, prevMonth: s.prevMonth, prevYear: s.prevYear, focusYear: s.focusYear, monthBase: compared ? s.focusMonth : null, afterward: AFTERWARD.test(after), joined: !!inherit && JOINED.test(text.slice(s.lastEnd, e.start)), weekFrame: s.weekFrame && text.lastIndexOf('\n', e.start) < s.weekFrame.end ? s.weekFrame.rel : null };
  const r = e.kind === 'ago' ? resolveAgo(e, s.pub, c.inherit ?? dayBefore(text, e, sentence, s)) : e.kind === 'range' ? resolveRange(e, c) : resolvePoint(e.from!, c);
  if (r) {
    s.lastEnd = e.end;
    if (r.d !== undefined) s.prevDay = r.last;
    if (r.m !== undefined) s.prevMonth = { y: r.last.y, m: r.last.m };
    s.prevYear = r.y;
    // `下周日程：……周三`: a weekday alone falls in the week named before it (a week alone: after `上周五`, `周一` may
    // be this week's); a day written since (`9月5日`) ends that
    if (e.kind === 'point' && e.from?.weekRel !== undefined && e.from.weekday === undefined && WEEK_SCENE.test(after)) s.weekFrame = { rel: e.from.weekRel, end: e.end };
    else if (e.from?.day !== undefined) s.weekFrame = null;
    // a span of years (`2020-2022年`, `90年代`) puts no one year in focus
    const focus = !compared && inFocus(text, e) && (!inherit || s.sentenceFocus) && r.last.y === r.y;
    if (focus) s.focusYear = r.y;
    if (focus && r.m !== undefined) s.focusMonth = { y: r.last.y, m: r.last.m };
    // (a month compared with lends the sentence no year: `与上月持平，……1月财新PMI`; nor does a record's point of
    // reference: `刷新2021年12月以来高位；亚马逊……跌至2月1日以来低位`)
    if (hasCalendar(e.from) && !compared && !SINCE.test(text.slice(e.start, e.end))) { s.sentence = sentence; s.sentenceDate = r; s.sentenceFocus = focus; }
  }
  return { r, future };
}

function checkWeekdays(e: DateExpression, r: Resolved, out: Finding[]): void {
  const p = e.from;
  if (!p || p.checkWeekday === undefined || !p.checkSpan || r.d === undefined) return;
  const f = weekdayMismatch({ start: e.start + p.checkSpan.start, end: e.start + p.checkSpan.end }, r.first, p.checkWeekday);
  if (f) out.push(f);
}

/** `上周日（3月24日）`: a weekday next to a date in brackets names the same day. */
function checkBracketedPairs(text: string, exprs: DateExpression[], days: (Day | null)[], out: Finding[]): void {
  for (let i = 0; i + 1 < exprs.length; i++) {
    const [a, b] = [exprs[i], exprs[i + 1]];
    if (!/^[（(]$/.test(text.slice(a.end, b.start)) || !/^[)）]/.test(text.slice(b.end, b.end + 1))) continue;
    const weekdayOnly = (p?: DatePoint): boolean => !!p && p.weekday !== undefined && !p.weekend && !hasCalendar(p);
    const [w, d] = weekdayOnly(a.from) ? [a, days[i + 1]] : weekdayOnly(b.from) ? [b, days[i]] : [null, null];
    const f = w && d ? weekdayMismatch({ start: w.start, end: w.end }, d, w.from!.weekday!) : null;
    if (f) out.push(f);
  }
}

/**
 * Resolves expressions (document offsets) against the publication date:
 * `去年12月` with 2024-04-17 → `2023-12`; `4月16日（周三）` → `2024-04-16` and a weekday-mismatch warning.
 */
export function resolveDates(text: string, exprs: DateExpression[], pub: PublicationDate | null): { dates: DateMention[]; findings: Finding[] } {
  const s = startState(pub);
  return resolveRun(text, [...exprs].sort((a, b) => a.start - b.start), s, pub);
}

/** What resolution remembers while it walks the article: the publication day, the last day, month and year. */
export type DateState = State;

/** The resolution state at the start of an article published on `pub`. */
export function startState(pub: PublicationDate | null): DateState {
  return { pub: pub ? parseDay(pub.value) : null, prevDay: null, prevMonth: null, prevYear: null, focusYear: null, focusMonth: null, sentence: -1, sentenceDate: null, sentenceFocus: false, lastEnd: 0, weekFrame: null };
}

/**
 * Resolves `sorted` (offsets into `text`, in order) and updates `s` in place: the loop behind
 * {@link resolveDates}, also run line by line with a carried state (`paragraphs.ts`).
 */
export function resolveRun(text: string, sorted: DateExpression[], s: DateState, pub: PublicationDate | null): { dates: DateMention[]; findings: Finding[] } {
  const dates: DateMention[] = [];
  const findings: Finding[] = [];
  const days: (Day | null)[] = [];
  for (const e of sorted) {
    const span = { start: e.start, end: e.end };
    // literals in one key order, not spreads: one object shape for every date
    if (e.kind === 'vague') {
      dates.push({ start: e.start, end: e.end, text: e.text, value: null, vague: true, relative: false, weekday: null, reason: `${e.text}: vague, deliberately not resolved to a calendar value` });
      days.push(null);
      continue;
    }
    const { r, future } = resolveOne(text, e, s);
    const single = r && r.d !== undefined && toEpochDay(r.first) === toEpochDay(r.last);
    const relative = r ? r.relative : e.kind === 'ago' || !hasExplicitYear(e.from);
    days.push(single ? r.first : null);
    dates.push({ start: e.start, end: e.end, text: e.text, value: r?.value ?? null, vague: !r && (e.ago?.n === null || !!e.ago?.later), relative, weekday: single ? weekdayNames(r.first) : null, reason: toReason(e.text, r?.value ?? null, r?.why ?? [], relative, pub) });
    if (!r && !pub && relative) findings.push(unresolved(span, e.text));
    if (r) checkWeekdays(e, r, findings);
    if (r && s.pub && pub && !future && yearWritten(e) && toEpochDay(r.first) > toEpochDay(s.pub) && isPast(text, e.start, e.end)) findings.push(futureInPast(span, e.text, r.value, pub));
  }
  checkBracketedPairs(text, sorted, days, findings);
  return { dates, findings };
}

function hasExplicitYear(p?: DatePoint): boolean {
  return !!p && p.year !== undefined;
}
