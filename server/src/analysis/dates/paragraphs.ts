/**
 * Resolution as a fold over lines: what crosses a line is only the last day, month and year mentioned
 * (`DateCarry`); every rule reads at most to the line's ends (a line break ends sentences and clauses).
 * So each line's result depends on its text, the publication date and the carry alone, and the same
 * results come out as from {@link resolveDates} over the whole document. `reuse/dateLines.ts` runs the
 * same fold with each line's result remembered under exactly those inputs.
 */
import type { Block, DateMention, Finding, PublicationDate, Span } from '../types';
import type { DateExpression } from './expression';
import type { Day } from './calendar';
import type { YearMonth } from './values';
import { resolveRun, startState, type DateState } from './index';

/** What one line passes to the next. */
export interface DateCarry {
  prevDay: Day | null;
  prevMonth: YearMonth | null;
  prevYear: number | null;
  /** The year the text speaks of (`上年` is the one before it). */
  focusYear: number | null;
  focusMonth: YearMonth | null;
}

/** The resolution of one line; offsets relative to the line start. */
export interface DateLine {
  dates: DateMention[];
  findings: Finding[];
  carry: DateCarry;
}

/** Dates and findings in document offsets. */
export interface DatesAndFindings {
  dates: DateMention[];
  findings: Finding[];
}

/**
 * Resolves the expressions of each prose block (`exprs[i]` relative to `blocks[i].content.start`):
 * `去年12月…\n次日…` with 2024-04-17 → `2023-12`, then a day counted from the last one.
 */
export function resolveParagraphDates(text: string, blocks: Block[], exprs: DateExpression[][], pub: PublicationDate | null): DatesAndFindings {
  const dates: DateMention[] = [];
  const findings: Finding[] = [];
  const state = startState(pub);
  let carry = startCarry();
  const stretch = new LineStretch(text, blocks);
  for (let i = 0; i < blocks.length; i++) {
    if (!exprs[i].length) continue;
    stretch.at(i);
    const line = resolveLine(text, stretch.from, stretch.to, blocks[i], exprs[i], { ...state, ...carry }, pub);
    const placed = placeLine(line, stretch.from);
    for (const d of placed.dates) dates.push(d);
    for (const f of placed.findings) findings.push(f);
    carry = line.carry;
  }
  return { dates, findings };
}

/** The carry into an article's first line: no day, month or year mentioned yet. */
export function startCarry(): DateCarry {
  return { prevDay: null, prevMonth: null, prevYear: null, focusYear: null, focusMonth: null };
}

/**
 * The stretch of its line each block reads, block by block in order: the whole line, or, where a long
 * line was cut into several blocks (`longLines.ts`), from the previous block's end to the next block's
 * start, so no block of a 20 MB line without breaks reads the whole line. Each line's start and end
 * are found once.
 */
export class LineStretch {
  from = 0;
  to = 0;
  #lineStart = 0;
  #lineEnd = -1;
  readonly #text: string;
  readonly #blocks: readonly Block[];

  constructor(text: string, blocks: readonly Block[]) {
    this.#text = text;
    this.#blocks = blocks;
  }

  /** Sets `from` and `to` for block `i` (called with increasing `i`). */
  at(i: number): void {
    const b = this.#blocks[i];
    if (b.start > this.#lineEnd) {
      // a block that is a whole line starts after a line break and ends before one: no search
      const text = this.#text;
      this.#lineStart = b.start === 0 || text.charCodeAt(b.start - 1) === 10 ? b.start : text.lastIndexOf('\n', b.start - 1) + 1;
      const newline = text.charCodeAt(b.end) === 10 ? b.end : text.indexOf('\n', b.end);
      this.#lineEnd = newline < 0 ? text.length : newline;
    }
    const before = i > 0 ? this.#blocks[i - 1] : null;
    const after = i + 1 < this.#blocks.length ? this.#blocks[i + 1] : null;
    this.from = before && before.end > this.#lineStart ? before.end : this.#lineStart;
    this.to = after && after.start < this.#lineEnd ? after.start : this.#lineEnd;
  }
}

/**
 * The dates of the line (or stretch of it) from `lineStart` to `lineEnd` that holds `block`, its expressions relative to the block's
 * content; `s` is the state at the line's start (`startState` and the carry): `次日` after `4月16日` →
 * 2024-04-17, offsets from the line start.
 */
export function resolveLine(text: string, lineStart: number, lineEnd: number, block: Block, exprs: DateExpression[], s: DateState, pub: PublicationDate | null): DateLine {
  const line = text.slice(lineStart, lineEnd);
  const shift = block.content.start - lineStart;
  const local = exprs.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })).sort((a, b) => a.start - b.start);
  const r = resolveRun(line, local, s, pub);
  return { dates: r.dates, findings: r.findings, carry: { prevDay: s.prevDay, prevMonth: s.prevMonth, prevYear: s.prevYear, focusYear: s.focusYear, focusMonth: s.focusMonth } };
}

/** A line's results as new objects in document offsets, the line starting at `at`. */
export function placeLine(line: DateLine, at: number): DatesAndFindings {
  return { dates: line.dates.map((d) => shiftDate(d, at)), findings: line.findings.map((f) => shiftFinding(f, at)) };
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
