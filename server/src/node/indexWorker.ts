// The worker-process side of the workspace index: read an article, analyse it as the CLI does, and send
// back its summary (workspace/summary.ts) and its verdicts. Started by node/indexPool.ts at the lowest
// CPU priority, so the open article's hovers and diagnostics in the server always come first.
import { createHash } from 'node:crypto';
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

/** The argument dist/server.js and dist/cli.js are started with to serve as an index worker. */
export const INDEX_WORKER_FLAG = '--newslens-index-worker';

export interface IndexWorkerData {
  lexicon: [string, LexiconType][];
  sidecar: SidecarOptions;
  /** Run at the lowest priority (the server: yes; the CLI, where nothing else waits: no). */
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

/** One article: its summary and verdicts, or why it cannot be read. Also run in the server's thread (`known`: summaries the index already holds, by content hash). */
export function indexFile(job: IndexJob, lexicon: Lexicon, sidecar: SidecarOptions, tools: () => AnalysisTools, known?: (hash: string) => ArticleSummary | undefined): IndexResult {
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
  // the same content elsewhere in the index (a file moved or copied): its summary, no analysis
  const same = known?.(hash);
  if (same) return { id: job.id, kind: 'indexed', hash, summary: same, verdicts };
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

/** The worker's loop: the first message is the setup, then one answer per job, whatever happens to the file. */
export function serveIndexWorker(): void {
  let data: IndexWorkerData | undefined;
  let lexicon: Lexicon = new Map();
  process.on('message', (m: { init?: IndexWorkerData } & IndexJob) => {
    if (m.init) {
      data = m.init;
      lexicon = new Map(data.lexicon);
      return;
    }
    let result: IndexResult;
    try {
      result = indexFile(m, lexicon, data?.sidecar ?? {}, analysisTools);
    } catch (e) {
      result = { id: m.id, kind: 'unusable', message: `${m.file}: internal error: ${(e as Error).message}` };
    }
    process.send!(result);
  });
  // the server went away: so does its worker
  process.on('disconnect', () => process.exit(0));
}
