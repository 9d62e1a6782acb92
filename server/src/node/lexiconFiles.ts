// Reads user lexicon files (`.newslens/lexicon.txt` and extra files from settings) for server and CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseLexicon, type Lexicon, type LexiconType } from '../analysis/entities/index';
import { writeFileAtomic } from './sidecarFiles';

export interface LexiconProblem {
  file: string;
  line: number;
  message: string;
}

export const WORKSPACE_LEXICON = path.join('.newslens', 'lexicon.txt');

/** Merges lexicon files in order (later files win); missing or bad files become problems, never throws. */
export function readLexicons(files: string[]): { lexicon: Lexicon; problems: LexiconProblem[] } {
  const merged = new Map<string, LexiconType>();
  const problems: LexiconProblem[] = [];
  for (const file of files) {
    let source: string;
    try {
      source = fs.readFileSync(file, 'utf8');
    } catch (e) {
      problems.push({ file, line: 0, message: `cannot read lexicon: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      continue;
    }
    const { entries, errors } = parseLexicon(source);
    for (const [word, type] of entries) merged.set(word, type);
    for (const err of errors) problems.push({ file, ...err });
  }
  return { lexicon: merged, problems };
}

/** The nearest `.newslens/lexicon.txt` at or above `dir`, if any. */
export function findWorkspaceLexicon(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, WORKSPACE_LEXICON);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * Writes `word type` into a lexicon file (replacing any earlier line for the same word), atomically;
 * comments and other lines are kept as they are.
 */
export function setLexiconEntry(file: string, word: string, type: LexiconType): void {
  let lines: string[] = [];
  try {
    lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    lines = ['# NewsLens lexicon corrections: one "词 类型" per line (person, place, organization, none).'];
  }
  const kept = lines.filter((l) => l.trim().split(/\s+/)[0] !== word || l.trim().startsWith('#'));
  while (kept.length && kept[kept.length - 1].trim() === '') kept.pop();
  kept.push(`${word} ${type}`, '');
  writeFileAtomic(file, kept.join('\n'));
}
