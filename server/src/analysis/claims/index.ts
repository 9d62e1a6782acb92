import type { Claim, ClaimKind, DateMention, EntityMention, Quote, Span } from '../types';
import { findNumbers, type NumberMention } from './numbers';
import { causalCues, hasComparison, hasRanking, hasReportingCue, isStatistic } from './cues';
import { findSentences } from '../sentences';

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
  const cues = sentences.map((s) => readSentence(text, s)).filter((c): c is SentenceCues => c !== null);
  return analyzeClaims(text, [{ at: 0, cues }], mentions, dates, quotes);
}

/**
 * What a sentence's own text says towards a claim, before the analysis's names, dates and quotes are
 * known; offsets relative to the text read (a paragraph, or the document).
 */
export interface SentenceCues extends Span {
  /** Checkable quantities by their own text; those inside a date or a name are dropped later. */
  numbers: NumberMention[];
  ranking: boolean;
  comparison: boolean;
  reported: boolean;
  /** Where causal cues are (`因` inside a name such as `爱因斯坦` is no cue: decided once names are known). */
  causal: number[];
}

/**
 * The sentences of one paragraph that may be claims, with their cues (offsets in the paragraph):
 * `天气晴朗。今年增长了5%。` → one, `今年增长了5%。` with the number `5%`.
 */
export function readSentences(para: string): SentenceCues[] {
  const whole = { kind: 'paragraph' as const, start: 0, end: para.length, content: { start: 0, end: para.length } };
  const out: SentenceCues[] = [];
  for (const s of findSentences(para, [whole])) {
    const c = readSentence(para, s);
    if (c) out.push(c);
  }
  return out;
}

function readSentence(text: string, s: Span): SentenceCues | null {
  const sentence = text.slice(s.start, s.end);
  // markup left in an article (`rgba(255, 255, 255, .8)`, `width:100%`) is no prose
  if (!CJK.test(sentence)) return null;
  const numbers = findNumbers(text, s.start, s.end).filter((n) => isStatistic(n, sentence, n.start - s.start));
  const ranking = hasRanking(sentence);
  const comparison = hasComparison(sentence);
  const causal = causalCues(sentence);
  if (!numbers.length && !ranking && !comparison && !causal.length) return null;
  return { start: s.start, end: s.end, numbers, ranking, comparison, reported: hasReportingCue(sentence), causal };
}

/**
 * The claims of an analysed document from its paragraphs' cues ({@link readSentences}, each paragraph
 * at offset `at`), in document order; the same as {@link findClaims} over the document's sentences.
 */
export function analyzeClaims(
  text: string,
  paragraphs: readonly { at: number; cues: readonly SentenceCues[] }[],
  mentions: readonly EntityMention[],
  dates: readonly DateMention[],
  quotes: readonly Quote[],
): Claim[] {
  const byStart = <T extends Span>(l: readonly T[]): readonly T[] => (l.every((x, i) => i === 0 || l[i - 1].start <= x.start) ? l : [...l].sort((a, b) => a.start - b.start));
  const ents = new Cursor(byStart(mentions));
  const dts = new Cursor(byStart(dates));
  const speech = new Cursor(byStart(quotes.filter((q) => q.kind === 'speech').map((q) => q.inner)));
  const out: Claim[] = [];
  for (const { at, cues } of paragraphs) {
    for (const c of cues) {
      const s = { start: c.start + at, end: c.end + at };
      const claim = toClaim(text, c, at, { entities: ents.inside(s), dates: dts.inside(s), quoted: speech.overlaps(s) });
      if (claim) out.push(claim);
    }
  }
  return out;
}

const CJK = /[\u4e00-\u9fff]/;

interface Inside {
  entities: EntityMention[];
  dates: DateMention[];
  quoted: boolean;
}

function toClaim(text: string, c: SentenceCues, at: number, inside: Inside): Claim | null {
  const start = c.start + at;
  const numbers: NumberMention[] = [];
  for (const n of c.numbers) {
    const ns = n.start + at;
    const ne = n.end + at;
    // a date's own digits (`2月1日`) and a number inside a name are no statistic
    if (inside.dates.some((d) => d.start < ne && ns < d.end) || inside.entities.some((e) => e.start <= ns && ne <= e.end)) continue;
    numbers.push({ ...n, start: ns, end: ne });
  }
  const inName = (i: number): boolean => inside.entities.some((e) => e.start <= start + i && start + i < e.end);
  const kinds: ClaimKind[] = [];
  if (numbers.length) kinds.push('statistic');
  if (c.ranking) kinds.push('ranking');
  if (c.comparison) kinds.push('comparison');
  if (c.causal.some((i) => !inName(i))) kinds.push('causal');
  if (!kinds.length) return null;
  if (inside.quoted || c.reported) kinds.push('attributed');
  const claim: Claim = { start, end: c.end + at, text: text.slice(start, c.end + at), kinds, numbers, entities: inside.entities, dates: inside.dates, score: 0 };
  claim.score = scoreClaim(claim);
  return claim;
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
