import { findBlocks, unmoveBlocks, updateBlocks } from './structure';
import { findPublicationDate } from './publicationDate';
import { tokenize } from './tokens';
import { DocumentCache, toCached, type CachedParagraph, type ParagraphResult } from './reuse/documentCache';
import type { MemoEntry } from './reuse/memoTable';
import { diffTexts, mapBlocks } from './reuse/blockMap';
import { findEntityMentions, groupEntities, type Lexicon } from './entities/index';
import { findDateExpressions, type DateExpression } from './dates/index';
import { resolveParagraphDates } from './dates/paragraphs';
import { findQuotes } from './quotes/index';
import { findOpenMarks } from './quotes/spans';
import type { ArticleAnalysis, Block, EntityMention, Finding, Segment } from './types';

export interface AnalyzeOptions {
  /** The segmenter (nodejieba's `tag` in production). */
  segment: Segment;
  /** The file path or URI path, read for a publication date (`…/2024/04/17/…`). */
  path?: string;
  /** `newslens.publicationDate`: used when the article itself gives no date. */
  publicationDate?: string;
  /** User lexicon corrections; a new lexicon needs a new (or cleared) cache. */
  lexicon?: Lexicon;
  /**
   * Per-paragraph results reused across analyses of one document. The objects of one result are
   * reused by the next (moved where their text now is), so only the latest result of a cache is valid.
   */
  cache?: DocumentCache;
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
  // without a cache (the CLI: each article once) nothing is memoized or recorded for a next analysis
  const kept = options.cache;
  const cache = kept ?? new DocumentCache(1);
  // an analysis left unfinished and not closed with `return()` may have moved blocks of the last one:
  // then nothing of the last one is trusted
  if (cache.open) cache.previous = null;
  const run = cache.begin();
  cache.open = true;
  // blocks on lines the edit did not touch keep the last analysis's results, found without hashing text
  const previous = cache.previous;
  const diff = previous ? diffTexts(previous.text, text) : null;
  const updated = previous && updateBlocks(previous.text, previous.blocks, text, diff!.pre, diff!.suf);
  const blocks = updated ? updated.blocks : findBlocks(text);
  // blocks after the edit were moved in place: put them back if this analysis is dropped (`return()`
  // on the generator), so the last finished analysis still describes its own text
  let finished = false;
  try {
    const publicationDate = findPublicationDate(text, blocks, options.path, options.publicationDate);
    const prose = proseBlocks(blocks);
    const lexicon = options.lexicon ?? EMPTY_LEXICON;
    const compute = (para: string): ParagraphResult => analyzeParagraph(para, options.segment, lexicon);
    const map = previous ? mapBlocks(previous.text, previous.prose, text, prose, diff!) : null;
    // sized up front (a keystroke in a large article would otherwise regrow each of them from empty)
    const mentions: EntityMention[] = new Array(previous ? previous.mentions : 0);
    let mentionCount = 0;
    const exprs: DateExpression[][] = new Array(prose.length);
    const openMarks: string[] = new Array(prose.length);
    const keys: string[] = new Array(prose.length);
    const paragraphs: MemoEntry<CachedParagraph>[] = kept ? new Array(prose.length) : [];
    let sinceYield = 0;
    for (let i = 0; i < prose.length; i++) {
      const b = prose[i];
      const j = map ? map.old[i] : -1;
      let r: CachedParagraph;
      if (!kept) r = toCached(compute(text.slice(b.content.start, b.content.end)), '');
      else {
        const entry = j >= 0 ? previous!.paragraphs[j] : cache.entry(text.slice(b.content.start, b.content.end), compute);
        r = j >= 0 ? cache.touch(entry) : entry.value;
        paragraphs[i] = entry;
      }
      for (const m of placeMentions(r, b.content.start, run)) mentions[mentionCount++] = m;
      exprs[i] = r.dates;
      openMarks[i] = r.openMarks;
      keys[i] = r.key;
      sinceYield += b.content.end - b.content.start;
      if (sinceYield >= SLICE_CHARS) {
        sinceYield = 0;
        yield b.end / text.length;
      }
    }
    mentions.length = mentionCount;
    // Document-level steps: a yield between them keeps a server answering while a large document is analyzed.
    const entities = groupEntities(mentions, kept?.entities);
    yield 1;
    const dates = resolveParagraphDates(text, prose, exprs, publicationDate, { memo: kept?.dates, keys, reuse: map ? { map, previous: previous!.dates } : undefined, run });
    yield 1;
    const quotes = findQuotes(text, prose, mentions, { memo: kept?.quotes, openMarks, keys, reuse: map ? { map, previous: previous!.quotes, run: previous!.run } : undefined, run, variants: kept && { memo: kept.variants, entities } });
    if (kept) {
      kept.previous = { run, text, blocks, mentions: mentionCount, prose, paragraphs, dates: dates.records, quotes: quotes.records };
      kept.sweep();
    }
    const findings = mergeFindings(quotes.findings, dates.findings);
    finished = true;
    return { title: blocks.find((b) => b.kind === 'title') ?? null, blocks, publicationDate, entities, mentions, dates: dates.dates, quotes: quotes.quotes, findings };
  } finally {
    if (!finished && updated) unmoveBlocks(updated);
    cache.open = false;
  }
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

/**
 * A cached paragraph's mentions in document offsets (`董军` at 3 in a paragraph at 100 → 103–105).
 * The objects an earlier analysis placed are moved in place and get back the type the paragraph's own
 * text gives (grouping may retype them, and rewrites every `entityId`), so a mention reused this way
 * ends up as a fresh one would. A paragraph placed once already in this analysis (the same text twice)
 * is placed anew.
 */
function placeMentions(r: CachedParagraph, at: number, run: number): EntityMention[] {
  const placed = r.placed;
  if (placed && r.placedRun !== run) {
    r.placedRun = run;
    for (let i = 0; i < placed.length; i++) {
      const m = r.mentions[i];
      const o = placed[i];
      o.start = m.start + at;
      o.end = m.end + at;
      o.type = m.type;
    }
    return placed;
  }
  r.placedRun = run;
  // a literal, not a spread: spread copies here each got a hidden class of their own, which made every
  // later loop over mentions (grouping, quotes) megamorphic
  return (r.placed = r.mentions.map((m) => ({ start: m.start + at, end: m.end + at, text: m.text, type: m.type, rule: m.rule })));
}

/** The cacheable, paragraph-local part of the analysis (segmentation, entity and date recognition). */
export function analyzeParagraph(text: string, segment: Segment, lexicon: Lexicon): ParagraphResult {
  const tokens = tokenize(text, segment);
  return { mentions: findEntityMentions(text, tokens, lexicon), dates: findDateExpressions(text), openMarks: findOpenMarks(text) };
}

/** The prose blocks (everything but image lines), in order. */
export function proseBlocks(blocks: Block[]): Block[] {
  return blocks.filter((b) => b.kind !== 'image');
}
