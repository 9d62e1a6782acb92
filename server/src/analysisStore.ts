// Keeps one analysis per open document version, and each document's paragraph cache.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from './analysis/article';
import { ParagraphCache } from './analysis/paragraphCache';
import type { Lexicon } from './analysis/entities/index';
import type { ArticleAnalysis, Segment } from './analysis/types';

interface Entry {
  version: number;
  analysis: ArticleAnalysis;
  cache: ParagraphCache;
}

export interface StoreOptions {
  segment: Segment;
  lexicon: Lexicon;
  publicationDate: string;
}

/** Analyses keyed by document URI; a request for the current version reuses the stored result. */
export class AnalysisStore {
  #entries = new Map<string, Entry>();
  #options: StoreOptions;

  constructor(options: StoreOptions) {
    this.#options = options;
  }

  /** New lexicon or settings: every document is re-analyzed from scratch on next request. */
  reconfigure(options: Partial<StoreOptions>): void {
    this.#options = { ...this.#options, ...options };
    this.#entries.clear();
  }

  get(doc: TextDocument): ArticleAnalysis {
    const entry = this.#entries.get(doc.uri);
    if (entry && entry.version === doc.version) return entry.analysis;
    const cache = entry?.cache ?? new ParagraphCache();
    const analysis = analyzeArticle(doc.getText(), {
      segment: this.#options.segment,
      lexicon: this.#options.lexicon,
      publicationDate: this.#options.publicationDate,
      path: decodeURIComponent(doc.uri.replace(/^[a-z-]+:\/\//i, '')),
      cache,
    });
    this.#entries.set(doc.uri, { version: doc.version, analysis, cache });
    return analysis;
  }

  forget(uri: string): void {
    this.#entries.delete(uri);
  }
}
