import { findBlocks, proseBlocks } from './structure';
import { oneNameOneSpan } from './entities/nameSpans';
import { joinHyphenWraps } from './entities/hyphenWraps';
import { confirmWaiting } from './entities/waiting';
import { findPublicationDate } from './publicationDate';
import { tokenize } from './tokens';
import { findEntityMentions, groupEntities, shiftMentions, type Lexicon } from './entities/index';
import { findModelMentions, type EntityModel } from './entities/model';
import { hasHan } from './entities/modelFusion';
import { findDateExpressions, outsideNames, type DateExpression } from './dates/index';
import { notModelAlone, trimAtDates } from './entities/dateCrossings';
import { resolveParagraphDates } from './dates/paragraphs';
import { findQuotes } from './quotes/index';
import type { SpeakerWeights } from './quotes/ranker';
import { wordReader, type ReadWord } from './quotes/wordReading';
import { spreadDeclaredNames, type FindOccurrences } from './entities/spreadNames';
import { analyzeClaims, findNumberMismatches, readSentences, type SentenceCues } from './claims/index';
import { findOpenMarks } from './quotes/spans';
import { CachedAnalysis } from './reuse/cachedAnalysis';
import type { DocumentCache } from './reuse/documentCache';
import type { ParagraphResult } from './reuse/paragraphs';
import { toSimplifiedView, type ScriptConverter } from './script/convert';
import { toOriginalAnalysis } from './script/mapBack';
import { restoreWrittenTexts, unwrapSoftWraps } from './softWraps';
import type { ArticleAnalysis, Block, Claim, DateMention, Entity, EntityMention, Finding, PublicationDate, Quote, Segment } from './types';

export interface AnalyzeOptions {
  /** The segmenter (nodejieba's `tag` in production). */
  segment: Segment;
  /** The file path or URI path, read for a publication date (`…/2024/04/17/…`). */
  path?: string;
  /** `newslens.publicationDate`: used when the article itself gives no date. */
  publicationDate?: string;
  /**
   * The learned entity tagger's weights (`node/entityModel.ts` reads them once per process); without
   * it, entities come from the rules and lexicons alone. A new model needs a new (or cleared) cache.
   */
  model?: EntityModel;
  /** User lexicon corrections; a new lexicon needs a new (or cleared) cache. */
  lexicon?: Lexicon;
  /**
   * What is reused across analyses of one document (see `reuse/README.md`). The objects of one result
   * are reused by the next (moved where their text now is), so only the latest result of a cache is valid.
   */
  cache?: DocumentCache;
  /** Traditional → Simplified (`node/scriptConverter.ts`): Traditional lines are analysed through a Simplified view. */
  convert?: ScriptConverter;
  /** The speaker ranker's weights (`quotes/ranker.ts`): the trained ones unless given; `null` keeps the rules' speakers (training reads them so). */
  speakerWeights?: SpeakerWeights | null;
}

/**
 * The steps of one analysis: computed afresh ({@link freshSteps}, each article once, as the CLI does),
 * or reusing what the last analysis of the document computed (`reuse/cachedAnalysis.ts`). Both give
 * the same results.
 */
interface ArticleSteps {
  readonly blocks: Block[];
  /** The prose blocks (everything but image lines). */
  readonly prose: Block[];
  /** A guess at the number of mentions, to size the list up front. */
  readonly mentionsBefore: number;
  /** Every paragraph is computed (nothing reused), so the paragraphs of a slice can be read ahead. */
  readonly computesAll?: boolean;
  /** Prose block `i`'s results, mentions in document offsets; read before the next call. */
  paragraph(i: number, block: Block, compute: (text: string) => ParagraphResult): ParagraphResult;
  /** Where a declared name occurs in the text (a search of the whole text unless given). */
  readonly findOccurrences?: FindOccurrences;
  groupEntities(mentions: EntityMention[]): Entity[];
  resolveDates(exprs: DateExpression[][], pub: PublicationDate | null): { dates: DateMention[]; findings: Finding[] };
  findQuotes(mentions: EntityMention[], openMarks: readonly string[], entities: readonly Entity[], readWord: ReadWord, speakerWeights?: SpeakerWeights | null): { quotes: Quote[]; findings: Finding[] };
  /** The claims: prose block `i`'s cues `cues[i]` with the document's names, dates and quotes. */
  analyzeClaims(cues: readonly SentenceCues[][], mentions: EntityMention[], dates: DateMention[], quotes: Quote[]): Claim[];
  /** The analysis finished; its paragraphs gave `mentionCount` mentions (before the document-level passes). */
  finish(mentionCount: number): void;
  /** The analysis ended, `finished` or not (failed, or dropped with `return()`). */
  end(finished: boolean): void;
}

/** The paragraph-level results of an article, in document offsets. */
interface Paragraphs {
  mentions: EntityMention[];
  exprs: DateExpression[][];
  openMarks: string[];
  /** Each prose block's claim cues, relative to its content. */
  claimCues: SentenceCues[][];
}

const EMPTY_LEXICON: Lexicon = new Map();

/** Characters of paragraph work between two yields of {@link analyzeArticleSteps}. */
const SLICE_CHARS = 20_000;

/**
 * Analyzes an article: `# 标题\n\n董军16日晚表示：“……”` → title, entities (`董军`), dates
 * (`16日晚` → 2024-04-16 given a publication date), quotes with speakers, and findings.
 */
export function analyzeArticle(text: string, options: AnalyzeOptions): ArticleAnalysis {
  const steps = analyzeArticleSteps(text, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same analysis as {@link analyzeArticle}, yielding the fraction of paragraph work done (0–1)
 * every few thousand characters, so a server can answer other requests between slices, report
 * progress, or drop the work when the document changes. Same text and options, same result.
 */
export function* analyzeArticleSteps(text: string, options: AnalyzeOptions): Generator<number, ArticleAnalysis> {
  // soft wraps are read as the spaces they stand for (`softWraps.ts`), texts given back as written
  const unwrapped = unwrapSoftWraps(text);
  if (!unwrapped) return yield* analyzeScriptSteps(text, options);
  return restoreWrittenTexts(yield* analyzeScriptSteps(unwrapped.text, options), text, unwrapped);
}

function* analyzeScriptSteps(text: string, options: AnalyzeOptions): Generator<number, ArticleAnalysis> {
  // a Traditional document is converted whole per version; its cache sees only the Simplified views
  const view = options.convert && toSimplifiedView(text, options.convert);
  if (!view) return yield* analyzeTextSteps(text, options);
  return toOriginalAnalysis(yield* analyzeTextSteps(view.text, options), text, view);
}

function* analyzeTextSteps(text: string, options: AnalyzeOptions): Generator<number, ArticleAnalysis> {
  const steps: ArticleSteps = options.cache ? new CachedAnalysis(options.cache, text) : freshSteps(text);
  let finished = false;
  try {
    const result = yield* analyzeWith(text, options, steps);
    finished = true;
    return result;
  } finally {
    steps.end(finished);
  }
}

function* analyzeWith(text: string, options: AnalyzeOptions, steps: ArticleSteps): Generator<number, ArticleAnalysis> {
  const { blocks } = steps;
  const publicationDate = findPublicationDate(text, blocks, options.path, options.publicationDate);
  const paragraphs = yield* analyzeParagraphs(text, options, steps);
  const { exprs, openMarks, claimCues } = paragraphs;
  // names a line break cut after their hyphen are read across it (a soft wrap elsewhere is a space: `softWraps.ts`)
  // and a person's name ends where the article's other mentions of it end (`周雪向` → `周雪`); a single
  // Latin word before speech is a person where the article names them in full (`Chris Zaccarelli` … `Zaccarelli表示`)
  // and a name the article declares (`麦子（化名）`, `名叫孙子见`), or a foreign person's last name, is that person
  // wherever it stands as a word
  const mentions = oneNameOneSpan(text, spreadDeclaredNames(text, confirmWaiting(joinHyphenWraps(text, steps.prose, paragraphs.mentions)), options.segment, steps.findOccurrences, steps.prose));
  // Document-level steps: a yield between them keeps a server answering while a large document is analyzed.
  const entities = steps.groupEntities(mentions);
  yield 1;
  const dates = steps.resolveDates(exprs, publicationDate);
  yield 1;
  const quotes = steps.findQuotes(mentions, openMarks, entities, wordReader(options.segment), options.speakerWeights);
  // the paragraphs' cues (cached with them) meet the document's names, dates and quotes
  const claims = steps.analyzeClaims(claimCues, mentions, dates.dates, quotes.quotes);
  steps.finish(paragraphs.mentions.length);
  const title = blocks.find((b) => b.kind === 'title') ?? null;
  const findings = mergeFindings(mergeFindings(quotes.findings, dates.findings), findNumberMismatches(text, title, claims, { mentions, published: publicationDate?.value, find: steps.findOccurrences }));
  return { title, blocks, publicationDate, entities, mentions, dates: dates.dates, quotes: quotes.quotes, claims, findings };
}

/** Each prose block's paragraph results, in document offsets, yielding progress every {@link SLICE_CHARS}. */
function* analyzeParagraphs(text: string, options: AnalyzeOptions, steps: ArticleSteps): Generator<number, Paragraphs> {
  const { prose } = steps;
  const lexicon = options.lexicon ?? EMPTY_LEXICON;
  const compute = (para: string): ParagraphResult => analyzeParagraph(para, options.segment, lexicon, options.model);
  // prose blocks aheadFrom… have their results in `ahead` (steps without a cache)
  const ahead: ParagraphResult[] = [];
  let aheadFrom = 0;
  // sized up front (a keystroke in a large article would otherwise regrow each of them from empty)
  const mentions: EntityMention[] = new Array(steps.mentionsBefore);
  let mentionCount = 0;
  const exprs: DateExpression[][] = new Array(prose.length);
  const openMarks: string[] = new Array(prose.length);
  const claimCues: Paragraphs['claimCues'] = new Array(prose.length);
  let sinceYield = 0;
  let aheadTo = 0;
  // one function for every paragraph read ahead: a closure over `i` would give each turn of the loop a context of its own
  const next = { result: null as ParagraphResult | null };
  const takeAhead = (): ParagraphResult => next.result!;
  for (let i = 0; i < prose.length; i++) {
    if (steps.computesAll && i === aheadTo) {
      aheadFrom = i;
      aheadTo = readAhead(text, prose, i, options, lexicon, ahead);
    }
    const b = prose[i];
    if (i < aheadTo) next.result = ahead[i - aheadFrom];
    const r = steps.paragraph(i, b, i < aheadTo ? takeAhead : compute);
    // indexed: for…of over each paragraph's list allocates an iterator result per mention where the loop is not optimized
    for (let k = 0; k < r.mentions.length; k++) mentions[mentionCount++] = r.mentions[k];
    exprs[i] = r.dates;
    openMarks[i] = r.openMarks;
    claimCues[i] = r.claimCues;
    sinceYield += b.content.end - b.content.start;
    if (sinceYield >= SLICE_CHARS) {
      sinceYield = 0;
      yield b.end / text.length;
    }
  }
  mentions.length = mentionCount;
  return { mentions, exprs, openMarks, claimCues };
}

/**
 * The results of a slice's paragraphs from prose block `i` on, into `out`: the index after the slice.
 * The same steps as {@link analyzeParagraph}, each paragraph once, but each step over all paragraphs
 * before the next (segmentation, the entity model, entity rules, dates, quote marks, claim cues): the
 * corpus analysis ran 15–20% faster so than paragraph by paragraph (measured, not explained; most
 * likely each step's tables and code stay in the CPU caches: nodejieba's dictionaries, the model's
 * weights).
 */
function readAhead(text: string, prose: Block[], i: number, options: AnalyzeOptions, lexicon: Lexicon, out: ParagraphResult[]): number {
  const paras: string[] = [];
  for (let chars = 0; i < prose.length && chars < SLICE_CHARS; i++) {
    const { start, end } = prose[i].content;
    paras.push(text.slice(start, end));
    chars += end - start;
  }
  out.length = 0;
  out.push(...analyzeParagraphList(paras, options.segment, lexicon, options.model));
  return i;
}

/**
 * {@link analyzeParagraph} of each paragraph, each step over all of them in a row (segmenter, model,
 * entity rules, dates, quote marks, claim cues): the segmenter's dictionary and the model's weights
 * stay in the CPU caches. Same results as one paragraph at a time.
 */
function analyzeParagraphList(paras: readonly string[], segment: Segment, lexicon: Lexicon, model?: EntityModel): ParagraphResult[] {
  const tokens = paras.map((p) => tokenize(p, segment));
  // the model runs only where `modelFusion.ts` would run it
  const spans = paras.map((p, k) => (model && hasHan(p) ? findModelMentions(model, p, tokens[k]) : undefined));
  const found = paras.map((p, k) => findEntityMentions(p, tokens[k], lexicon, model, spans[k]));
  // a date word inside a name found there is part of the name (`南方周末`, `今日俄罗斯`); a model span a date
  // crosses is cut back to what lies outside the date (`袁达日前` read `袁达日` → `袁达`)
  const dates = paras.map((p, k) => outsideNames(findDateExpressions(p), found[k], notModelAlone));
  const mentions = paras.map((p, k) => trimAtDates(p, found[k], dates[k], tokens[k]));
  const openMarks = paras.map((p) => findOpenMarks(p));
  const claimCues = paras.map((p) => readSentences(p));
  return paras.map((_, k) => ({ mentions: mentions[k], dates: dates[k], openMarks: openMarks[k], claimCues: claimCues[k] }));
}

/** The steps without a cache: the domain functions, each result computed once and placed as new objects. */
function freshSteps(text: string): ArticleSteps {
  const blocks = findBlocks(text);
  const prose = proseBlocks(blocks);
  return {
    blocks,
    prose,
    mentionsBefore: 0,
    computesAll: true,
    paragraph(i, b, compute) {
      const r = compute(text.slice(b.content.start, b.content.end));
      r.mentions = shiftMentions(r.mentions, b.content.start);
      return r;
    },
    groupEntities: (mentions) => groupEntities(mentions),
    resolveDates: (exprs, pub) => resolveParagraphDates(text, prose, exprs, pub),
    findQuotes: (mentions, openMarks, entities, readWord, speakerWeights) => findQuotes(text, prose, mentions, { openMarks, readWord, speakerWeights, entities }),
    analyzeClaims: (cues, mentions, dates, quotes) => analyzeClaims(text, prose.map((b, i) => ({ at: b.content.start, cues: cues[i] })), mentions, dates, quotes),
    finish() {},
    end() {},
  };
}

const byPosition = (a: Finding, b: Finding): number => a.start - b.start || a.end - b.end;

/** Two lists of findings as one, by position (stable: `a`'s first on a tie); each is usually in order already. */
function mergeFindings(a: Finding[], b: Finding[]): Finding[] {
  const sorted = (l: Finding[]) => l.every((f, i) => i === 0 || byPosition(l[i - 1], f) <= 0);
  if (!sorted(a) || !sorted(b)) return [...a, ...b].sort(byPosition);
  const out: Finding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byPosition(a[i], b[j]) <= 0 ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** The cacheable, paragraph-local part of the analysis (segmentation, entity and date recognition, claim cues). */
export function analyzeParagraph(text: string, segment: Segment, lexicon: Lexicon, model?: EntityModel): ParagraphResult {
  return analyzeParagraphList([text], segment, lexicon, model)[0];
}
