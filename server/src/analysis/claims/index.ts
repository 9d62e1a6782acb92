import type { Claim, ClaimKind, DateMention, EntityMention, Quote, Span } from '../types';
import { findNumbers, type NumberMention } from './numbers';
import { hasCausal, hasComparison, hasRanking, hasReportingCue, isStatistic } from './cues';

export { findNumbers, parseChineseNumeral, type NumberMention, type NumberQualifier } from './numbers';
export type { Claim, ClaimKind } from '../types';
export { findNumberMismatches } from './consistency';

/**
 * The claims among `sentences` (`findSentences` of the document), in document order: each sentence
 * with at least one kind besides `attributed`. `mentions`, `dates` and `quotes` are the analysis's,
 * in document offsets; only speech quotes count for `attributed`. Sort by `score` for a check queue.
 * `国家统计局称，1月CPI同比上涨0.3%。` → one claim: statistic, comparison, attributed.
 */
export function findClaims(
  text: string,
  sentences: readonly Span[],
  mentions: readonly EntityMention[],
  dates: readonly DateMention[],
  quotes: readonly Quote[],
): Claim[] {
  const byStart = <T extends Span>(l: readonly T[]): readonly T[] => (l.every((x, i) => i === 0 || l[i - 1].start <= x.start) ? l : [...l].sort((a, b) => a.start - b.start));
  const ents = new Cursor(byStart(mentions));
  const dts = new Cursor(byStart(dates));
  const speech = new Cursor(byStart(quotes.filter((q) => q.kind === 'speech').map((q) => q.inner)));
  const out: Claim[] = [];
  for (const s of sentences) {
    // markup left in an article (`rgba(255, 255, 255, .8)`, `width:100%`) is no prose
    if (!CJK.test(text.slice(s.start, s.end))) continue;
    const inside = { entities: ents.inside(s), dates: dts.inside(s), quoted: speech.overlaps(s) };
    const claim = toClaim(text, s, inside);
    if (claim) out.push(claim);
  }
  return out;
}

const CJK = /[\u4e00-\u9fff]/;

interface Inside {
  entities: EntityMention[];
  dates: DateMention[];
  quoted: boolean;
}

function toClaim(text: string, s: Span, inside: Inside): Claim | null {
  const sentence = text.slice(s.start, s.end);
  const numbers = statistics(text, s, inside.dates, inside.entities);
  const inName = (i: number): boolean => inside.entities.some((e) => e.start <= s.start + i && s.start + i < e.end);
  const kinds: ClaimKind[] = [];
  if (numbers.length) kinds.push('statistic');
  if (hasRanking(sentence)) kinds.push('ranking');
  if (hasComparison(sentence)) kinds.push('comparison');
  if (hasCausal(sentence, inName)) kinds.push('causal');
  if (!kinds.length) return null;
  if (inside.quoted || hasReportingCue(sentence)) kinds.push('attributed');
  const claim: Claim = { start: s.start, end: s.end, text: sentence, kinds, numbers, entities: inside.entities, dates: inside.dates, score: 0 };
  claim.score = scoreClaim(claim);
  return claim;
}

/** The sentence's numbers that are checkable quantities, dates' own digits left out. */
function statistics(text: string, s: Span, dates: readonly DateMention[], entities: readonly EntityMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const n of findNumbers(text, s.start, s.end)) {
    if (dates.some((d) => d.start < n.end && n.start < d.end) || entities.some((e) => e.start <= n.start && n.end <= e.end)) continue;
    if (isStatistic(n, text.slice(s.start, s.end), n.start - s.start)) out.push(n);
  }
  return out;
}

/**
 * The ordering rule, kinds first, then concreteness: 10 points per kind (attributed included, so a
 * sourced claim outranks the same claim unsourced), 2 per checkable number up to 3 numbers, 1 if it
 * names an entity, 1 if it carries a resolved date. `武磊第4次获得中国金球奖，得510分` (statistic +
 * ranking, one number, one entity) scores 10 + 10 + 2 + 1 = 23.
 */
export function scoreClaim(c: Pick<Claim, 'kinds' | 'numbers' | 'entities' | 'dates'>): number {
  const resolved = c.dates.some((d) => d.value !== null);
  return 10 * c.kinds.length + 2 * Math.min(c.numbers.length, 3) + (c.entities.length ? 1 : 0) + (resolved ? 1 : 0);
}

/** Walks a start-sorted list alongside the sentences (which come in document order): linear overall. */
class Cursor<T extends Span> {
  #items: readonly T[];
  #next = 0;

  constructor(items: readonly T[]) {
    this.#items = items;
  }

  /** The items wholly inside `s`; items before `s` are passed for good. */
  inside(s: Span): T[] {
    while (this.#next < this.#items.length && this.#items[this.#next].start < s.start) this.#next++;
    const out: T[] = [];
    for (let i = this.#next; i < this.#items.length && this.#items[i].start < s.end; i++) if (this.#items[i].end <= s.end) out.push(this.#items[i]);
    return out;
  }

  /** Whether any item overlaps `s` (items may span many sentences: a long quote). */
  overlaps(s: Span): boolean {
    while (this.#next < this.#items.length && this.#items[this.#next].end <= s.start) this.#next++;
    for (let i = this.#next; i < this.#items.length && this.#items[i].start < s.end; i++) if (this.#items[i].end > s.start) return true;
    return false;
  }
}
