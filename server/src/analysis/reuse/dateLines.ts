/**
 * Date resolution reused across analyses of one document: the fold of `resolveParagraphDates` (see
 * `dates/paragraphs.ts`) with each line's result memoized by the line's text, the publication date and
 * the carry into it, so an edit re-resolves only the lines it touched (and the few after it whose
 * incoming carry changed). A line on the same line as last time with the same carry takes its result
 * from the last analysis's record, without building its key.
 */
import type { Block, DateMention, Finding, PublicationDate } from '../types';
import type { DateExpression } from '../dates/index';
import type { YearMonth } from '../dates/values';
import { startState, type DateState } from '../dates/index';
import { LineStretch, placeLine, resolveLine, startCarry, type DateCarry, type DateLine, type DatesAndFindings } from '../dates/paragraphs';
import type { BlockMap } from './blockMap';
import type { Memo } from './memoTable';
import { placeAt, type Placed } from './placement';
import { keptRecord, type MemoRecord } from './records';

/** A line's result as the memo keeps it, and its copy in document offsets. */
export interface CachedDateLine {
  line: DateLine;
  placed: Placed<DatesAndFindings> | null;
}

/** What a line was resolved with, kept for the next analysis. */
export interface DateRecord extends MemoRecord<CachedDateLine, DateCarry> {
  pubKey: string;
}

/** What the fold reuses: the memo, the paragraph keys, the last analysis's records and how its blocks line up. */
export interface DateLineReuse {
  memo: Memo<CachedDateLine>;
  /** Short stand-ins for the blocks' content texts in memo keys (`CachedParagraph.key`). */
  keys: readonly string[];
  map: BlockMap | null;
  previous: readonly (DateRecord | null)[];
  /** This analysis's number: results placed by earlier ones are moved in place. */
  run: number;
}

/**
 * `resolveParagraphDates` with `reuse`: the same dates and findings, and each line's record for the
 * next analysis (`records[i]` for prose block `i`, null where it has no date).
 */
export function resolveDateLines(text: string, blocks: Block[], exprs: DateExpression[][], pub: PublicationDate | null, reuse: DateLineReuse): DatesAndFindings & { records: (DateRecord | null)[] } {
  const dates: DateMention[] = [];
  const findings: Finding[] = [];
  const records: (DateRecord | null)[] = new Array(blocks.length).fill(null);
  const pubKey = pub ? `${pub.value}|${pub.source}` : '-';
  const state = startState(pub);
  let carry = startCarry();
  const stretch = new LineStretch(text, blocks);
  const map = reuse.map;
  for (let i = 0; i < blocks.length; i++) {
    const j = map ? map.old[i] : -1;
    const old = j >= 0 ? reuse.previous[j] : null;
    // a block on an untouched line has the paragraph entry it had: no record last time, no dates now (most blocks)
    if ((j >= 0 && !old) || !exprs[i].length) continue;
    stretch.at(i);
    const lineStart = stretch.from;
    const record = keptRecord(reuse.memo, old && old.pubKey === pubKey ? old : null, carry, sameDateCarry) ?? newDateRecord(text, blocks[i], lineStart, stretch.to, exprs[i], reuse.keys[i], pubKey, { ...state, ...carry }, carry, pub, reuse.memo);
    records[i] = record;
    const cached = record.entry.value;
    const placed = placeAt(cached, lineStart, reuse.run, freshLine, moveLine, null);
    for (let k = 0; k < placed.dates.length; k++) dates.push(placed.dates[k]);
    for (let k = 0; k < placed.findings.length; k++) findings.push(placed.findings[k]);
    carry = cached.line.carry;
  }
  return { dates, findings, records };
}

/**
 * A line's memo entry, found by its key (or computed), and its record. Apart from the loop of
 * {@link resolveDateLines}, whose every turn would otherwise allocate the context of this closure.
 */
function newDateRecord(text: string, block: Block, lineStart: number, lineEnd: number, exprs: DateExpression[], key: string, pubKey: string, s: DateState, carry: DateCarry, pub: PublicationDate | null, memo: Memo<CachedDateLine>): DateRecord {
  const { content } = block;
  const k = `${pubKey}\u0001${carryKey(carry)}\u0001${text.slice(lineStart, content.start)}\u0001${text.slice(content.end, lineEnd)}\u0001${key}`;
  return { entry: memo.entry(k, () => ({ line: resolveLine(text, lineStart, lineEnd, block, exprs, s, pub), placed: null })), carry, pubKey };
}

const sameMonth = (x: YearMonth | null, y: YearMonth | null): boolean => x === y || (!!x && !!y && x.y === y.y && x.m === y.m);

function sameDateCarry(a: DateCarry, b: DateCarry): boolean {
  if (a === b) return true;
  const d = a.prevDay;
  const e = b.prevDay;
  return a.prevYear === b.prevYear && a.focusYear === b.focusYear && sameMonth(a.focusMonth, b.focusMonth) && sameMonth(a.prevMonth, b.prevMonth) && (d === e || (!!d && !!e && d.y === e.y && d.m === e.m && d.d === e.d));
}

function carryKey(c: DateCarry): string {
  const d = c.prevDay ? `${c.prevDay.y}-${c.prevDay.m}-${c.prevDay.d}` : '';
  const m = c.prevMonth ? `${c.prevMonth.y}-${c.prevMonth.m}` : '';
  return `${d}|${m}|${c.prevYear ?? ''}|${c.focusYear ?? ''}|${c.focusMonth ? `${c.focusMonth.y}-${c.focusMonth.m}` : ''}`;
}

function freshLine(c: CachedDateLine, at: number): DatesAndFindings {
  return placeLine(c.line, at);
}

/** Moves the copy placed before to the line's start `at` (a line that did not move is where it was). */
function moveLine(c: CachedDateLine, p: Placed<DatesAndFindings>, at: number): void {
  if (p.at === at) return;
  const { dates, findings } = c.line;
  for (let i = 0; i < dates.length; i++) {
    p.value.dates[i].start = dates[i].start + at;
    p.value.dates[i].end = dates[i].end + at;
  }
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const o = p.value.findings[i];
    o.start = f.start + at;
    o.end = f.end + at;
    if (f.related) for (let k = 0; k < f.related.length; k++) {
      o.related![k].start = f.related[k].start + at;
      o.related![k].end = f.related[k].end + at;
    }
  }
}
