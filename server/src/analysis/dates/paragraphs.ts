/**
 * Resolution as a fold over lines, each line's result memoized by its text, the publication date and
 * the state carried into it, so an edit re-resolves only the lines it touched (and the few after it
 * whose incoming state changed). Same results as {@link resolveDates} over the whole document: every
 * rule reads at most to the line's ends (a line break ends sentences and clauses), and what crosses
 * lines is only the last day, month and year mentioned.
 */
import type { Block, DateMention, Finding, PublicationDate, Span } from '../types';
import type { Memo } from '../paragraphCache';
import type { DateExpression } from './expression';
import type { Day } from './calendar';
import { resolveRun, startState, type DateState } from './index';

/** What one line passes to the next. */
interface Carry {
  prevDay: Day | null;
  prevMonth: { y: number; m: number } | null;
  prevYear: number | null;
}

/** The resolution of one line; offsets relative to the line start. */
export interface DateLine {
  dates: DateMention[];
  findings: Finding[];
  carry: Carry;
  /** The dates and findings in document offsets as the last analysis placed them, and where. */
  placed: { at: number; dates: DateMention[]; findings: Finding[] } | null;
}

/**
 * Resolves the expressions of each prose block (`exprs[i]` relative to `blocks[i].content.start`):
 * `去年12月…\n次日…` with 2024-04-17 → `2023-12`, then a day counted from the last one. With `memo`,
 * unchanged lines with an unchanged incoming state are reused; `keys` are short stand-ins for the
 * blocks' content texts in its keys (`CachedParagraph.key`).
 */
export function resolveParagraphDates(text: string, blocks: Block[], exprs: DateExpression[][], pub: PublicationDate | null, memo?: Memo<DateLine>, keys?: readonly string[]): { dates: DateMention[]; findings: Finding[] } {
  const dates: DateMention[] = [];
  const findings: Finding[] = [];
  const pubKey = pub ? `${pub.value}|${pub.source}` : '-';
  const state = startState(pub);
  let carry: Carry = { prevDay: null, prevMonth: null, prevYear: null };
  for (let i = 0; i < blocks.length; i++) {
    if (!exprs[i].length) continue;
    const { start, end, content } = blocks[i];
    let lineStart = start;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    const newline = text.indexOf('\n', end);
    const lineEnd = newline < 0 ? text.length : newline;
    const compute = (): DateLine => resolveLine(text.slice(lineStart, lineEnd), exprs[i], content.start - lineStart, { ...state, ...carry }, pub);
    let r: DateLine;
    if (memo) {
      const para = keys ? keys[i] : text.slice(content.start, content.end);
      r = memo.get(`${pubKey}\u0001${carryKey(carry)}\u0001${text.slice(lineStart, content.start)}\u0001${text.slice(content.end, lineEnd)}\u0001${para}`, compute);
    } else r = compute();
    const placed = placeLine(r, lineStart);
    for (const d of placed.dates) dates.push(d);
    for (const f of placed.findings) findings.push(f);
    carry = r.carry;
  }
  return { dates, findings };
}

function resolveLine(line: string, exprs: DateExpression[], shift: number, s: DateState, pub: PublicationDate | null): DateLine {
  const local = exprs.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })).sort((a, b) => a.start - b.start);
  const r = resolveRun(line, local, s, pub);
  return { dates: r.dates, findings: r.findings, carry: { prevDay: s.prevDay, prevMonth: s.prevMonth, prevYear: s.prevYear }, placed: null };
}

/**
 * A line's results at `at`: those the last analysis placed there are reused as they are (an edit
 * leaves every line before it in place), so unchanged lines allocate nothing. Nothing mutates them.
 */
function placeLine(r: DateLine, at: number): { dates: DateMention[]; findings: Finding[] } {
  if (r.placed && r.placed.at === at) return r.placed;
  r.placed = { at, dates: r.dates.map((d) => shiftDate(d, at)), findings: r.findings.map((f) => shiftFinding(f, at)) };
  return r.placed;
}

function carryKey(c: Carry): string {
  const d = c.prevDay ? `${c.prevDay.y}-${c.prevDay.m}-${c.prevDay.d}` : '';
  const m = c.prevMonth ? `${c.prevMonth.y}-${c.prevMonth.m}` : '';
  return `${d}|${m}|${c.prevYear ?? ''}`;
}

/** A literal rather than a spread: one object shape for every date keeps this loop fast. */
function shiftDate(d: DateMention, by: number): DateMention {
  return { start: d.start + by, end: d.end + by, text: d.text, value: d.value, vague: d.vague, relative: d.relative, weekday: d.weekday, reason: d.reason };
}

function shiftFinding(f: Finding, by: number): Finding {
  const out = { ...f, start: f.start + by, end: f.end + by };
  if (f.related) out.related = f.related.map((r) => ({ ...r, ...shiftSpan(r, by) }));
  return out;
}

function shiftSpan(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}
