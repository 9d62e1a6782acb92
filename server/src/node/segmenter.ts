// The one module that owns nodejieba. Loading takes ~0.8 s and ~280 MB, so it happens once per process.
import * as fs from 'node:fs';
import type { Segment } from '../analysis/types';

interface Jieba {
  load(options?: Record<string, string>): void;
  tag(text: string): { word: string; tag: string }[];
}

let loaded: Segment | undefined;

/**
 * Loads nodejieba (once) and returns its `tag` as a {@link Segment}. A missing dictionary passed to
 * nodejieba aborts the process, so user dictionary paths are checked before they reach it.
 */
export function loadSegmenter(userDict?: string): Segment {
  if (loaded) return loaded;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const jieba = require('nodejieba') as Jieba;
  if (userDict) {
    if (!fs.existsSync(userDict)) throw new Error(`user dictionary not found: ${userDict}`);
    jieba.load({ userDict });
  } else {
    jieba.load();
  }
  loaded = (text: string) => jieba.tag(text);
  return loaded;
}
