/**
 * Resolution as a fold over lines, each line's result memoized by its text, the publication date and
 * the state carried into it, so an edit re-resolves only the lines it touched (and the few after it
 * whose incoming state changed). Same results as {@link resolveDates} over the whole document: every
 * rule reads at most to the line's ends (a line break ends sentences and clauses), and what crosses
 * lines is only the last day, month and year mentioned.
 */
import type { Block, DateMention, Finding, PublicationDate, Span } from '../types';
import type { Memo, MemoEntry } from '../reuse/memoTable';
import type { BlockMap } from '../reuse/blockMap';
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
  /** The dates and findings in document offsets as an analysis (`run`) placed them, at line start `at`. */
  placed: { run: number; at: number; dates: DateMention[]; findings: Finding[] } | null;
}

/** What a line was resolved with, kept for the next analysis (see {@link DatesOptions}). */
export interface DateRecord {
  entry: MemoEntry<DateLine>;
  carry: Carry;
  pubKey: string;
}

/** Reuse across analyses of one document (the counterpart of `QuoteOptions`). */
export interface DatesOptions {
  /** Line results from earlier analyses. */
  memo?: Memo<DateLine>;
  /** Short stand-ins for the blocks' content texts in memo keys (`CachedParagraph.key`). */
  keys?: readonly string[];
  /** The last analysis's lines: a block on the same line with the same incoming state reuses its result. */
  reuse?: { map: BlockMap; previous: readonly (DateRecord | null)[] };
  /** This analysis's number within the document's cache: results placed by earlier ones are moved in place. */
  run?: number;
}

/**
 * Resolves the expressions of each prose block (`exprs[i]` relative to `blocks[i].content.start`):
 * `去年12月…\n次日…` with 2024-04-17 → `2023-12`, then a day counted from the last one. With `memo`,
 * unchanged lines with an unchanged incoming state are reused (see {@link DatesOptions}).
 */
export function resolveParagraphDates(text: string, blocks: Block[], exprs: DateExpression[][], pub: PublicationDate | null, options: DatesOptions = {}): { dates: DateMention[]; findings: Finding[]; records: (DateRecord | null)[] } {
  const { memo, keys, reuse, run = 0 } = options;
  const dates: DateMention[] = [];
  const findings: Finding[] = [];
  // records are kept only for a next analysis, which needs the memo
  const records: (DateRecord | null)[] = memo ? new Array(blocks.length).fill(null) : [];
  const pubKey = pub ? `${pub.value}|${pub.source}` : '-';
  const state = startState(pub);
  let carry: Carry = { prevDay: null, prevMonth: null, prevYear: null };
  for (let i = 0; i < blocks.length; i++) {
    if (!exprs[i].length) continue;
    const { start, end, content } = blocks[i];
    let lineStart = start;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
    let r: DateLine;
    if (memo) {
      const j = reuse ? reuse.map.old[i] : -1;
      const old = j >= 0 ? reuse!.previous[j] : null;
      let record: DateRecord;
      if (old && old.pubKey === pubKey && sameCarry(old.carry, carry)) {
        memo.touch(old.entry);
        // the record stays true of this line: only the carry object may be another, equal one
        old.carry = carry;
        record = old;
      } else record = newRecord(text, blocks[i], lineStart, exprs[i], keys ? keys[i] : null, pubKey, { ...state, ...carry }, carry, pub, memo);
      records[i] = record;
      r = record.entry.value;
    } else r = resolveLine(text, lineStart, end, exprs[i], content.start, { ...state, ...carry }, pub);
    const placed = placeLine(r, lineStart, run);
    for (const d of placed.dates) dates.push(d);
    for (const f of placed.findings) findings.push(f);
    carry = r.carry;
  }
  return { dates, findings, records };
}

/**
 * A line's memo entry, found by its key (or computed), and its record. Apart from the loop of
 * {@link resolveParagraphDates}, whose every turn would otherwise allocate the context of this closure.
 */
function newRecord(text: string, block: Block, lineStart: number, exprs: DateExpression[], key: string | null, pubKey: string, s: DateState, carry: Carry, pub: PublicationDate | null, memo: Memo<DateLine>): DateRecord {
  const { end, content } = block;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const para = key ?? text.slice(content.start, content.end);
  const k = `${pubKey}\u0001${carryKey(carry)}\u0001${text.slice(lineStart, content.start)}\u0001${text.slice(content.end, lineEnd)}\u0001${para}`;
  return { entry: memo.entry(k, () => resolveLine(text, lineStart, end, exprs, content.start, s, pub)), carry, pubKey };
}

function sameCarry(a: Carry, b: Carry): boolean {
  if (a === b) return true;
  const d = a.prevDay;
  const e = b.prevDay;
  const m = a.prevMonth;
  const n = b.prevMonth;
  return a.prevYear === b.prevYear && (d === e || (!!d && !!e && d.y === e.y && d.m === e.m && d.d === e.d)) && (m === n || (!!m && !!n && m.y === n.y && m.m === n.m));
}

/** The dates of the line from `lineStart` (the block ends at `end`), its expressions relative to `contentStart`. */
function resolveLine(text: string, lineStart: number, end: number, exprs: DateExpression[], contentStart: number, s: DateState, pub: PublicationDate | null): DateLine {
  const newline = text.indexOf('\n', end);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  const shift = contentStart - lineStart;
  const local = exprs.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })).sort((a, b) => a.start - b.start);
  const r = resolveRun(line, local, s, pub);
  return { dates: r.dates, findings: r.findings, carry: { prevDay: s.prevDay, prevMonth: s.prevMonth, prevYear: s.prevYear }, placed: null };
}

/**
 * A line's results at `at`. The objects an earlier analysis placed are moved in place (an edit leaves
 * the lines before it where they were and moves those after it), so unchanged lines allocate nothing;
 * a line placed once already in this analysis (the same line twice) is placed anew.
 */
function placeLine(r: DateLine, at: number, run: number): { dates: DateMention[]; findings: Finding[] } {
  const p = r.placed;
  if (p && p.run !== run) {
    p.run = run;
    // placement depends on `at` alone: a line that did not move is where it was
    if (p.at === at) return p;
    p.at = at;
    for (let i = 0; i < r.dates.length; i++) {
      p.dates[i].start = r.dates[i].start + at;
      p.dates[i].end = r.dates[i].end + at;
    }
    for (let i = 0; i < r.findings.length; i++) {
      const f = r.findings[i];
      const o = p.findings[i];
      o.start = f.start + at;
      o.end = f.end + at;
      if (f.related) for (let k = 0; k < f.related.length; k++) {
        o.related![k].start = f.related[k].start + at;
        o.related![k].end = f.related[k].end + at;
      }
    }
    return p;
  }
  r.placed = { run, at, dates: r.dates.map((d) => shiftDate(d, at)), findings: r.findings.map((f) => shiftFinding(f, at)) };
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
