// The one module that owns nodejieba. Loading takes ~0.8 s and ~280 MB, so it happens once per process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Segment } from '../analysis/types';

interface Jieba {
  DEFAULT_IDF_DICT: string;
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
  const options: Record<string, string> = {};
  if (userDict) {
    if (!fs.existsSync(userDict)) throw new Error(`user dictionary not found: ${userDict}`);
    options.userDict = userDict;
  }
  const idf = findIdfPlaceholder();
  if (idf) options.idfDict = idf;
  else if (!fs.existsSync(jieba.DEFAULT_IDF_DICT)) throw new Error(`nodejieba's IDF table is missing (${jieba.DEFAULT_IDF_DICT}) and so is NewsLens' ${IDF_PLACEHOLDER}`);
  jieba.load(options);
  loaded = (text: string) => jieba.tag(text);
  return loaded;
}

const IDF_PLACEHOLDER = path.join('server', 'resources', 'idf-placeholder.utf8');

/**
 * nodejieba's `load` also builds a keyword extractor from a 6 MB IDF table (~110 ms, ~20 MB) that
 * NewsLens never uses (`tag` does not read it), so it is given a one-line table instead, looked for
 * where the bundles and sources sit in this repository and in the `.vsix` (from `dist/`,
 * `server/src/node/`, `bench/.out/`). If it is missing or not a valid table (nodejieba would abort the
 * process on one), the default table is loaded as before.
 */
export function findIdfPlaceholder(): string | undefined {
  for (const up of ['..', path.join('..', '..', '..'), path.join('..', '..')]) {
    const file = path.join(__dirname, up, IDF_PLACEHOLDER);
    try {
      if (/^\S+ \d+(\.\d+)?\n?$/.test(fs.readFileSync(file, 'utf8'))) return file;
    } catch {
      // not there: try the next place
    }
  }
  return undefined;
}
