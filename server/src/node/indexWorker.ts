// The worker-thread side of the workspace index: read an article, analyse it as the CLI does, and send
// back its summary (workspace/summary.ts) and its verdicts. Runs at the lowest CPU priority, so the
// open article's hovers and diagnostics on the main thread always come first.
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../analysis/article';
import { anchorAll } from '../analysis/annotations/incremental';
import type { Lexicon, LexiconType } from '../analysis/entities/index';
import type { EntityModel } from '../analysis/entities/model';
import type { ScriptConverter } from '../analysis/script/convert';
import type { Segment } from '../analysis/types';
import { summarize, summarizeVerdicts, lineStarts, type ArticleSummary, type VerdictSummary } from '../workspace/summary';
import { readArticle, InputError } from './articleFiles';
import { entityModelOrNone } from './entityModel';
import { loadScriptConverter } from './scriptConverter';
import { loadSegmenter } from './segmenter';
import { readSidecar, sidecarPath, type SidecarOptions } from './sidecarFiles';

export const INDEX_WORKER_ROLE = 'newslens-index';

export interface IndexWorkerData {
  role: typeof INDEX_WORKER_ROLE;
  lexicon: [string, LexiconType][];
  sidecar: SidecarOptions;
  /** Lower this thread's priority (the server: yes; the CLI, where nothing else waits: no). */
  background: boolean;
}

export interface IndexJob {
  id: number;
  file: string;
  /** The content hash the index holds for this file: when the file still has it, nothing is analysed. */
  knownHash?: string;
  /** Sent again after its worker died. */
  retried?: boolean;
}

export type IndexResult =
  | { id: number; kind: 'unchanged'; verdicts: VerdictSummary[] }
  | { id: number; kind: 'indexed'; hash: string; summary: ArticleSummary; verdicts: VerdictSummary[] }
  | { id: number; kind: 'unusable'; message: string };

/** The content hash the index keys summaries by: SHA-1 of the text as read (after decoding). */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** One article: its summary and verdicts, or why it cannot be read. Also used in the main thread by tests. */
export function indexFile(job: IndexJob, lexicon: Lexicon, sidecar: SidecarOptions, tools: () => AnalysisTools): IndexResult {
  let text: string;
  try {
    text = readArticle(job.file);
  } catch (e) {
    if (e instanceof InputError) return { id: job.id, kind: 'unusable', message: e.message };
    throw e;
  }
  const starts = lineStarts(text);
  const verdicts = verdictsOf(job.file, text, sidecar, starts);
  const hash = contentHash(text);
  if (hash === job.knownHash) return { id: job.id, kind: 'unchanged', verdicts };
  const analysis = analyzeArticle(text, { ...tools(), path: job.file, lexicon });
  return { id: job.id, kind: 'indexed', hash, summary: summarize(text, analysis, starts), verdicts };
}

function verdictsOf(file: string, text: string, sidecar: SidecarOptions, starts: number[]): VerdictSummary[] {
  const read = readSidecar(sidecarPath(file, sidecar));
  if (!read.exists || read.annotations.length === 0) return [];
  return summarizeVerdicts(text, anchorAll(text, read.annotations), starts);
}

/** What an analysis needs loaded: the segmenter, and the model and converter when there. */
export interface AnalysisTools {
  segment: Segment;
  model?: EntityModel;
  convert?: ScriptConverter;
}

let tools: AnalysisTools | undefined;

/** The segmenter, model and converter, loaded once per thread on the first article. */
export function analysisTools(): AnalysisTools {
  tools ??= { segment: loadSegmenter(), model: entityModelOrNone(), convert: loadScriptConverter() };
  return tools;
}

/** The worker's loop: one message per job, one answer per job, whatever happens to the file. */
export function serveIndexWorker(): void {
  const data = workerData as IndexWorkerData;
  if (data.background) {
    try {
      // on Linux the nice value is per thread: this lowers this worker, not the server's main thread
      os.setPriority(19);
    } catch {
      // not permitted here: run at normal priority
    }
  }
  const lexicon = new Map(data.lexicon);
  parentPort!.on('message', (job: IndexJob) => {
    let result: IndexResult;
    try {
      result = indexFile(job, lexicon, data.sidecar, analysisTools);
    } catch (e) {
      result = { id: job.id, kind: 'unusable', message: `${job.file}: internal error: ${(e as Error).message}` };
    }
    parentPort!.postMessage(result);
  });
}
