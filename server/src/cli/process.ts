// What the CLI does with one article file: the same in the main thread and in a worker.
import * as path from 'node:path';
import { analyzeArticle } from '../analysis/article';
import type { Lexicon } from '../analysis/entities/index';
import type { Segment } from '../analysis/types';
import type { EntityModel } from '../analysis/entities/model';
import type { ScriptConverter } from '../analysis/script/convert';
import { readArticle, InputError } from '../node/articleFiles';
import { loadSegmenter } from '../node/segmenter';
import { entityModelOrNone } from '../node/entityModel';
import { loadScriptConverter } from '../node/scriptConverter';
import { toJsonReport } from '../common/jsonReport';
import { toCheckLines, toTextReport } from './report';
import { LineIndex } from './lines';

export interface FileJob {
  command: 'analyze' | 'check';
  format: 'json' | 'text';
  publicationDate?: string;
  lang: 'zh' | 'en';
}

/** What the analysis of a file needs loaded: the segmenter and, when its weights are there, the entity model. */
export interface AnalysisTools {
  segment: Segment;
  model?: EntityModel;
  /** Traditional → Simplified, built on the first Traditional article. */
  convert?: ScriptConverter;
}

/** The segmenter and the entity model, each loaded once per thread (a missing model is said once, on stderr). */
export function loadAnalysisTools(): AnalysisTools {
  return { segment: loadSegmenter(), model: entityModelOrNone(), convert: loadScriptConverter() };
}

export interface FileResult {
  stdout: string;
  stderr: string;
  /** 0 fine, 1 error-severity findings (check), 2 unusable file. */
  status: number;
}

/**
 * Analyzes one file and renders its output; an unusable file becomes a message, never an exception.
 * `tools` is called only once the file is known to be text: loading nodejieba takes seconds, and
 * a run over nothing but unusable files should not wait for it.
 */
export function processFile(file: string, job: FileJob, tools: () => AnalysisTools, lexicon: Lexicon): FileResult {
  let text: string;
  try {
    text = readArticle(file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { stdout: '', stderr: `newslens: ${e.message}\n`, status: 2 };
  }
  const { segment, model, convert } = tools();
  const analysis = analyzeArticle(text, { segment, model, convert, path: path.resolve(file), publicationDate: job.publicationDate, lexicon });
  // the CLI has no severity settings: every finding keeps the severity the analysis gave it
  const findings = analysis.findings;
  if (job.command === 'check') {
    const lines = toCheckLines(file, new LineIndex(text), findings, job.lang);
    return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', status: findings.some((f) => f.severity === 'error') ? 1 : 0 };
  }
  const out = job.format === 'json' ? `${JSON.stringify(toJsonReport(file, analysis, job.lang, findings))}\n` : `${toTextReport(file, text, new LineIndex(text), analysis, findings, job.lang)}\n\n`;
  return { stdout: out, stderr: '', status: 0 };
}

/** Combines statuses: unusable input (2) outranks errors found (1). */
export function worstStatus(a: number, b: number): number {
  return a === 2 || b === 2 ? 2 : Math.max(a, b);
}
