// Keeps one analysis per open document version, and each document's paragraph cache. Analysis runs in
// time slices so the server keeps answering while a big document is analyzed; work for a version that
// has been superseded is dropped.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticleSteps } from './analysis/article';
import { DocumentCache } from './analysis/reuse/documentCache';
import type { Lexicon } from './analysis/entities/index';
import type { ArticleAnalysis, Segment } from './analysis/types';
import type { EntityModel } from './analysis/entities/model';
import type { ScriptConverter } from './analysis/script/convert';

export interface StoreOptions {
  segment: Segment;
  /** The entity model's weights; without them entities come from the rules alone. */
  model?: EntityModel;
  /** Traditional → Simplified: a Traditional document is converted whole per version, then analysed. */
  convert?: ScriptConverter;
  /**
   * False when `doc` surely holds no Traditional character (`DocumentSnapshot.mayHaveTraditional`), so
   * the analysis skips looking for any: a scan of the whole text per keystroke. Default: look.
   */
  mayHaveTraditional?: (doc: TextDocument) => boolean;
  lexicon: Lexicon;
  publicationDate: string;
  /** Documents longer than this (characters) report progress while analyzed. */
  maxDocumentSize: number;
  /** Called with 0–1 while a large document is analyzed, and with `null` when done or dropped. */
  onProgress?: (uri: string, fraction: number | null) => void;
  /**
   * The memory guard: called after each finished analysis, once the result has been handed out, and
   * with `busy` between the slices of an analysis that has run for LONG_MS.
   */
  memoryGuard?: (busy?: boolean) => void;
  /** Told of every finished analysis (the workspace index follows the open articles this way), after it is handed out. */
  onAnalyzed?: (doc: TextDocument, analysis: ArticleAnalysis) => void;
}

export class StaleAnalysisError extends Error {
  constructor() {
    super('the document changed while it was being analyzed');
  }
}

interface Entry {
  /** The snapshot analysed: by identity, so a version number sent twice with different text is not mistaken for this one. */
  doc: TextDocument;
  result: Promise<ArticleAnalysis>;
  cancelled: boolean;
  cache: DocumentCache;
  /** The running analysis, closed at once when dropped: it puts back what it moved in the cache. */
  steps?: Generator<number, ArticleAnalysis>;
}

function cancel(e: Entry): void {
  e.cancelled = true;
  e.steps?.return(undefined as never);
}

/** Milliseconds of analysis between two turns of the event loop. */
const SLICE_MS = 8;
/** An analysis running this long (a large article opened) lets the memory guard collect between slices. */
const LONG_MS = 100;

/** Analyses keyed by document URI; a request for the current version reuses the stored or running one. */
export class AnalysisStore {
  #entries = new Map<string, Entry>();
  #options: StoreOptions;

  constructor(options: StoreOptions) {
    this.#options = options;
  }

  /** New lexicon or settings: running work is dropped and every document is re-analyzed on next request. */
  reconfigure(options: Partial<StoreOptions>): void {
    this.#options = { ...this.#options, ...options };
    for (const e of this.#entries.values()) cancel(e);
    this.#entries.clear();
  }

  /**
   * The analysis of the snapshot `doc` (documents are immutable: an edit makes a new one); rejects with
   * StaleAnalysisError if another snapshot of the same document is asked for first.
   */
  get(doc: TextDocument): Promise<ArticleAnalysis> {
    const entry = this.#entries.get(doc.uri);
    if (entry && entry.doc === doc) return entry.result;
    if (entry) cancel(entry);
    const next: Entry = { doc, cancelled: false, cache: entry?.cache ?? new DocumentCache(), result: Promise.resolve(null as never) };
    next.result = this.#run(doc, next);
    next.result.catch(() => undefined);
    this.#entries.set(doc.uri, next);
    return next.result;
  }

  forget(uri: string): void {
    const e = this.#entries.get(uri);
    if (e) cancel(e);
    this.#entries.delete(uri);
  }

  async #run(doc: TextDocument, entry: Entry): Promise<ArticleAnalysis> {
    const text = doc.getText();
    const o = this.#options;
    const convert = o.convert && (o.mayHaveTraditional?.(doc) ?? true) ? o.convert : undefined;
    const steps = analyzeArticleSteps(text, { segment: o.segment, model: o.model, convert, lexicon: o.lexicon, publicationDate: o.publicationDate, path: uriPath(doc.uri), cache: entry.cache });
    entry.steps = steps;
    const report = text.length > o.maxDocumentSize ? o.onProgress : undefined;
    try {
      const started = Date.now();
      for (let sliceStart = started; ; ) {
        const r = steps.next();
        if (r.done) {
          if (o.memoryGuard) setImmediate(o.memoryGuard, false);
          if (o.onAnalyzed) setImmediate(o.onAnalyzed, doc, r.value);
          return r.value;
        }
        report?.(doc.uri, r.value);
        if (Date.now() - sliceStart >= SLICE_MS) {
          if (o.memoryGuard && Date.now() - started >= LONG_MS) o.memoryGuard(true);
          await new Promise((resolve) => setImmediate(resolve));
          if (entry.cancelled) throw new StaleAnalysisError();
          sliceStart = Date.now();
        }
      }
    } finally {
      steps.return(undefined as never);
      report?.(doc.uri, null);
    }
  }
}

/** `file:///a/2024/04/17/x.md` → `/a/2024/04/17/x.md`, read for a publication date in the path. */
function uriPath(uri: string): string {
  try {
    return decodeURIComponent(uri.replace(/^[a-z][a-z0-9+.-]*:(\/\/[^/]*)?/i, ''));
  } catch {
    return uri;
  }
}
