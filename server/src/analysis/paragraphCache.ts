import type { EntityMention, Token } from './types';
import type { DateExpression } from './dates/index';

/** What analysis keeps of one paragraph; offsets relative to the paragraph text. */
export interface ParagraphResult {
  tokens: Token[];
  mentions: EntityMention[];
  dates: DateExpression[];
}

/**
 * Per-paragraph results keyed by the paragraph's text, so an edit re-segments only the paragraphs it
 * touched: analyzing `甲。\n乙。` then `甲。\n丙。` segments `甲。` once. Entries unused for
 * `keepGenerations` analyses are dropped.
 */
export class ParagraphCache {
  #entries = new Map<string, { result: ParagraphResult; generation: number }>();
  #generation = 0;
  readonly keepGenerations: number;
  hits = 0;
  misses = 0;

  constructor(keepGenerations = 2) {
    this.keepGenerations = keepGenerations;
  }

  get(text: string, compute: (text: string) => ParagraphResult): ParagraphResult {
    const hit = this.#entries.get(text);
    if (hit) {
      hit.generation = this.#generation;
      this.hits++;
      return hit.result;
    }
    this.misses++;
    const result = compute(text);
    this.#entries.set(text, { result, generation: this.#generation });
    return result;
  }

  /** Ends one analysis: forgets paragraphs no recent analysis used. */
  sweep(): void {
    for (const [k, v] of this.#entries) if (this.#generation - v.generation >= this.keepGenerations) this.#entries.delete(k);
    this.#generation++;
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
