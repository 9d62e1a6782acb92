/**
 * The document cache: everything kept between analyses of one document (see README.md).
 */
import type { RankPick } from '../quotes/ranker';
import type { Block } from '../types';
import { MemoTable, type MemoEntry } from './memoTable';
import type { CachedParagraph, ParagraphResult } from './paragraphs';
import type { CachedDateLine, DateRecord } from './dateLines';
import type { CachedUnit } from './quotePlacement';
import type { UnitRecord } from './quoteUnits';
import type { FoldRecord } from './foldRecord';
import type { Occurrences } from './occurrences';
import type { EntityReuse } from './entityGroups';
import type { NameVariantMemo } from './variantReuse';
import type { ClaimRecord } from './claims';

/** The last finished analysis of a document, kept so the next one can line its blocks up with it. */
export interface PreviousRun {
  /** Its number (`DocumentCache.begin`). */
  run: number;
  text: string;
  /** How many entity mentions its paragraphs gave (before the document-level passes). */
  mentions: number;
  blocks: Block[];
  /** Its prose blocks, and for each the paragraph entry, date line and quote unit it used. */
  prose: Block[];
  paragraphs: MemoEntry<CachedParagraph>[];
  dates: (DateRecord | null)[];
  quotes: (UnitRecord | null)[];
  /** Where its fold over quote units stood at each unit, and the speaker mentions it read (`quoteFold.ts`). */
  quoteFold: FoldRecord | null;
  /** Its claims and what they were computed with, by prose block (`claims.ts`). */
  claims: (ClaimRecord | null)[];
  /** Where the declared names occur in its text (`occurrences.ts`). */
  occurrences: Occurrences;
}

/**
 * Everything reused across analyses of one document. Per-paragraph results are keyed by the
 * paragraph's text, so an edit re-segments only the paragraphs it touched: analyzing `甲。\n乙。` then
 * `甲。\n丙。` segments `甲。` once. The document-level steps keep their own tables (`quotes`, `dates`),
 * keyed by a paragraph's text and the state carried into it. Entries unused for `keepGenerations`
 * analyses are dropped.
 */
export class DocumentCache {
  readonly #paragraphs: MemoTable<CachedParagraph>;
  #next = 0;
  /** Quote units (a paragraph, or paragraphs one quotation runs over) by text and incoming speaker state. */
  readonly quotes: MemoTable<CachedUnit>;
  /** Date resolution of one line by text, publication date and the dates mentioned before it. */
  readonly dates: MemoTable<CachedDateLine>;
  /** The speaker ranker's picks by everything it read around the quote (`quotes/rankerContext.ts` `rankKey`). */
  readonly speakers: MemoTable<RankPick>;
  /** The last analysis's entities, reused when their mentions are unchanged. */
  readonly entities: EntityReuse = { last: new Map(), whole: null };
  /** The last name-variant findings (see `NameVariantMemo`). */
  readonly variants: NameVariantMemo = { entities: null, findings: [], firsts: [] };
  /** What the last finished analysis saw and made, block by block (see `blockMap.ts`). */
  previous: PreviousRun | null = null;
  /** The quote fold record of the analysis before the last, which no analysis reads any more: the next one writes into it. */
  spareFold: FoldRecord | null = null;
  /** An analysis is under way (set from its start until it finishes, fails or is closed with `return()`). */
  open = false;
  #run = 0;

  /**
   * Starts an analysis and returns its number. Results are placed into the objects earlier analyses
   * returned, which move with the text: only the latest analysis of a document stays valid.
   */
  begin(): number {
    return ++this.#run;
  }

  constructor(keepGenerations = 2) {
    this.#paragraphs = new MemoTable(keepGenerations);
    this.quotes = new MemoTable(keepGenerations);
    this.dates = new MemoTable(keepGenerations);
    this.speakers = new MemoTable(keepGenerations);
  }

  get keepGenerations(): number {
    return this.#paragraphs.keepGenerations;
  }

  get hits(): number {
    return this.#paragraphs.hits;
  }

  get misses(): number {
    return this.#paragraphs.misses;
  }

  /** The paragraph `text`'s entry, computed by `compute` the first time (or again once swept). */
  entry(text: string, compute: (text: string) => ParagraphResult): MemoEntry<CachedParagraph> {
    // a literal: every entry has one hidden class, and the analysis writes `placed` without reshaping it
    return this.#paragraphs.entry(text, () => ({ result: compute(text), key: `\u00b6${this.#next++}`, placed: null }));
  }

  /** The paragraph of an entry found without its text (a block on the same line as last time). */
  touch(e: MemoEntry<CachedParagraph>): CachedParagraph {
    this.#paragraphs.touch(e);
    return e.value;
  }

  /** Ends one analysis: forgets paragraphs and document-level results no recent analysis used. */
  sweep(): void {
    this.#paragraphs.sweep();
    this.quotes.sweep();
    this.dates.sweep();
    this.speakers.sweep();
  }

  clear(): void {
    this.#paragraphs.clear();
    this.quotes.clear();
    this.dates.clear();
    this.speakers.clear();
    this.entities.last = new Map();
    this.entities.whole = null;
    this.previous = null;
    this.spareFold = null;
  }

  get size(): number {
    return this.#paragraphs.size;
  }
}
