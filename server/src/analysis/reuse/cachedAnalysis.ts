/**
 * One analysis of a document against its `DocumentCache`: the steps of `analyzeArticle` (`article.ts`)
 * with everything the last analysis computed for unchanged text reused, and what this one computed
 * recorded for the next. The new text is lined up with the last one by their common prefix and suffix
 * (`blockMap.ts`): a block on a line the edit did not touch has the last analysis's paragraph entry,
 * date line and quote unit without hashing any text.
 */
import type { Block, Claim, DateMention, Entity, EntityMention, Finding, PublicationDate, Quote } from '../types';
import type { SentenceCues } from '../claims/index';
import { findBlocks, proseBlocks, unmoveBlocks, updateBlocks, type UpdatedBlocks } from '../structure';
import type { DateExpression } from '../dates/index';
import { findQuotes } from '../quotes/index';
import type { SpeakerWeights } from '../quotes/ranker';
import type { ReadWord } from '../quotes/wordReading';
import { diffTexts, mapBlocks, type BlockMap, type TextChange } from './blockMap';
import type { DocumentCache, PreviousRun } from './documentCache';
import type { MemoEntry } from './memoTable';
import { placeMentions, type CachedParagraph, type ParagraphResult } from './paragraphs';
import { resolveDateLines, type DateRecord } from './dateLines';
import { QuoteUnitReuse, type UnitRecord } from './quoteUnits';
import { QuoteFoldReuse } from './quoteFold';
import type { FoldRecord } from './foldRecord';
import { groupEntitiesReusing, ownTypesBack } from './entityGroups';
import { findNameVariantsReusing } from './variantReuse';
import { analyzeClaimsReusing, type ClaimRecord } from './claims';
import { occurrencesReusing, type Occurrences } from './occurrences';
import type { FindOccurrences } from '../entities/spreadNames';

export class CachedAnalysis {
  readonly blocks: Block[];
  readonly prose: Block[];
  /** How many mentions the last analysis's paragraphs gave (the new list is sized up front). */
  readonly mentionsBefore: number;
  readonly #cache: DocumentCache;
  readonly #text: string;
  readonly #run: number;
  readonly #previous: PreviousRun | null;
  /** Blocks after the edit moved in place, put back if this analysis is dropped. */
  readonly #updated: UpdatedBlocks | null;
  readonly #map: BlockMap | null;
  /** How this text differs from the last analysis's, or null. */
  readonly #change: TextChange | null;
  readonly #entries: MemoEntry<CachedParagraph>[];
  readonly #keys: string[];
  /** Handed out by `paragraph`, refilled by its next call. */
  readonly #paragraph: ParagraphResult = { mentions: [], dates: [], openMarks: '', claimCues: [] };
  #dates: (DateRecord | null)[] = [];
  #quotes: (UnitRecord | null)[] = [];
  #quoteFold: FoldRecord | null = null;
  #claims: (ClaimRecord | null)[] = [];
  readonly #occurrences: Occurrences = new Map();
  readonly findOccurrences: FindOccurrences;

  /** Starts an analysis of `text`: its blocks, lined up with the last finished analysis's. */
  constructor(cache: DocumentCache, text: string) {
    // an analysis left unfinished and not closed with `return()` may have moved blocks of the last one:
    // then nothing of the last one is trusted
    if (cache.open) cache.previous = null;
    this.#cache = cache;
    this.#text = text;
    ownTypesBack(cache.entities);
    this.#run = cache.begin();
    cache.open = true;
    const previous = (this.#previous = cache.previous);
    const diff = previous ? diffTexts(previous.text, text) : null;
    this.#updated = previous && updateBlocks(previous.text, previous.blocks, text, diff!.pre, diff!.suf);
    this.blocks = this.#updated ? this.#updated.blocks : findBlocks(text);
    this.prose = proseBlocks(this.blocks);
    this.#map = previous ? mapBlocks(previous.text, previous.prose, text, this.prose, diff!) : null;
    this.mentionsBefore = previous ? previous.mentions : 0;
    const change = (this.#change = previous && diff ? { pre: diff.pre, oldAfter: previous.text.length - diff.suf, delta: text.length - previous.text.length } : null);
    this.findOccurrences = occurrencesReusing(previous && previous.occurrences, change, this.#occurrences);
    this.#entries = new Array(this.prose.length);
    this.#keys = new Array(this.prose.length);
  }

  /** Prose block `i`'s results, mentions in document offsets: the last analysis's on an unchanged line, else by text. */
  paragraph(i: number, block: Block, compute: (text: string) => ParagraphResult): ParagraphResult {
    const j = this.#map ? this.#map.old[i] : -1;
    const entry = j >= 0 ? this.#previous!.paragraphs[j] : this.#cache.entry(this.#text.slice(block.content.start, block.content.end), compute);
    if (j >= 0) this.#cache.touch(entry);
    this.#entries[i] = entry;
    this.#keys[i] = entry.value.key;
    const out = this.#paragraph;
    out.mentions = placeMentions(entry.value, block.content.start, this.#run);
    out.dates = entry.value.result.dates;
    out.openMarks = entry.value.result.openMarks;
    out.claimCues = entry.value.result.claimCues;
    return out;
  }

  groupEntities(mentions: EntityMention[]): Entity[] {
    return groupEntitiesReusing(mentions, this.#cache.entities);
  }

  resolveDates(exprs: DateExpression[][], pub: PublicationDate | null): { dates: DateMention[]; findings: Finding[] } {
    const previous = this.#previous ? this.#previous.dates : [];
    const r = resolveDateLines(this.#text, this.prose, exprs, pub, { memo: this.#cache.dates, keys: this.#keys, map: this.#map, previous, run: this.#run });
    this.#dates = r.records;
    return r;
  }

  findQuotes(mentions: EntityMention[], openMarks: readonly string[], entities: readonly Entity[], readWord: ReadWord, speakerWeights?: SpeakerWeights | null): { quotes: Quote[]; findings: Finding[] } {
    const p = this.#previous;
    const reuse = { memo: this.#cache.quotes, keys: this.#keys, map: this.#map, previous: p ? p.quotes : [], previousRun: p ? p.run : -1, run: this.#run };
    const units = new QuoteUnitReuse(reuse, this.prose.length);
    // the spare is this analysis's alone (a dropped analysis takes it with it)
    const spare = this.#cache.spareFold;
    this.#cache.spareFold = null;
    const fold = new QuoteFoldReuse({ ...reuse, fold: p && p.quoteFold, follows: !!p && p.run === this.#run - 1, change: this.#change, spare }, units);
    const variants = this.#cache.variants;
    const r = findQuotes(this.#text, this.prose, mentions, { openMarks, findUnit: fold.find, skipKnown: fold.skip, findNameVariants: (ms) => findNameVariantsReusing(ms, variants, entities), readWord, speakerWeights, entities, rankMemo: { entry: (key, compute) => this.#cache.speakers.entry(key, compute), blockKeys: this.#keys } });
    this.#quotes = units.records;
    this.#quoteFold = fold.finish();
    return r;
  }

  analyzeClaims(cues: readonly SentenceCues[][], mentions: EntityMention[], dates: DateMention[], quotes: Quote[]): Claim[] {
    const r = analyzeClaimsReusing(this.#text, this.prose, cues, { mentions, dates, quotes }, { map: this.#map, previous: this.#previous ? this.#previous.claims : [] });
    this.#claims = r.records;
    return r.claims;
  }

  /** The analysis finished: it becomes the one the next analysis lines up with. */
  finish(mentionCount: number): void {
    const cache = this.#cache;
    // the last analysis's fold record is read by no one once this one is the last
    if (this.#previous && this.#previous.quoteFold !== this.#quoteFold) cache.spareFold = this.#previous.quoteFold;
    cache.previous = { run: this.#run, text: this.#text, blocks: this.blocks, mentions: mentionCount, prose: this.prose, paragraphs: this.#entries, dates: this.#dates, quotes: this.#quotes, quoteFold: this.#quoteFold, claims: this.#claims, occurrences: this.#occurrences };
    cache.sweep();
  }

  /** The analysis ended (`finished`, or failed, or dropped with `return()`): blocks it moved are put back unless it finished. */
  end(finished: boolean): void {
    if (!finished && this.#updated) unmoveBlocks(this.#updated);
    this.#cache.open = false;
  }
}
