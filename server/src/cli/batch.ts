// Runs FileJobs over many files on worker threads, streaming results in input order.
import * as os from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { LexiconType } from '../analysis/entities/index';
import { loadSegmenter } from '../node/segmenter';
import { processFile, worstStatus, type FileJob, type FileResult } from './process';

interface WorkerInit {
  job: FileJob;
  lexicon: [string, LexiconType][];
}

/** The default number of workers: every core, but never more workers than files. */
export function defaultWorkers(files: number): number {
  return Math.max(1, Math.min(files, os.availableParallelism()));
}

/**
 * Processes `files` with `workers` threads (each loads its own segmenter), writing each file's output
 * as soon as all earlier files are written; `onDone` is told how many are finished (for a progress line).
 */
export function runBatch(files: string[], init: WorkerInit, workers: number, script: string, onDone: (n: number) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const results = new Map<number, FileResult>();
    let nextToWrite = 0;
    let nextToSend = 0;
    let status = 0;
    const pool: Worker[] = [];
    const flush = () => {
      for (let r = results.get(nextToWrite); r; r = results.get(nextToWrite)) {
        results.delete(nextToWrite++);
        if (r.stderr) process.stderr.write(r.stderr);
        if (r.stdout) process.stdout.write(r.stdout);
        status = worstStatus(status, r.status);
        onDone(nextToWrite);
      }
      if (nextToWrite === files.length) {
        for (const w of pool) void w.terminate();
        resolve(status);
      }
    };
    const feed = (w: Worker) => {
      if (nextToSend < files.length) w.postMessage({ index: nextToSend, file: files[nextToSend++] });
    };
    for (let i = 0; i < workers; i++) {
      const w = new Worker(script, { workerData: init });
      w.on('message', (m: { index: number; result: FileResult }) => {
        results.set(m.index, m.result);
        feed(w);
        flush();
      });
      w.on('error', reject);
      pool.push(w);
      feed(w);
    }
  });
}

/** The worker side: load the segmenter once, then answer one message per file. */
export function serveBatchWorker(): void {
  const { job, lexicon } = workerData as WorkerInit;
  const segment = loadSegmenter();
  const lex = new Map(lexicon);
  parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
    let result: FileResult;
    try {
      result = processFile(file, job, segment, lex);
    } catch (e) {
      result = { stdout: '', stderr: `newslens: ${file}: internal error: ${(e as Error).message}\n`, status: 2 };
    }
    parentPort!.postMessage({ index, result });
  });
}
