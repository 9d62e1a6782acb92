// Runs FileJobs over many files on worker threads, streaming results in input order.
import * as os from 'node:os';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import type { Lexicon, LexiconType } from '../analysis/entities/index';
import { loadAnalysisTools, processFile, worstStatus, type AnalysisTools, type FileJob, type FileResult } from './process';

interface WorkerInit {
  job: FileJob;
  lexicon: [string, LexiconType][];
}

/** Files sent ahead to each worker thread. */
const IN_FLIGHT = 4;

/** The default number of workers: every core, but never more workers than files. */
export function defaultWorkers(files: number): number {
  return Math.max(1, Math.min(files, os.availableParallelism()));
}

/**
 * Processes `files` with `workers` threads in all: `workers - 1` worker threads and the main thread
 * itself (each loads its own segmenter, so the main thread's share saves one load), writing each file's
 * output as soon as all earlier files are written; `onDone` is told how many are finished.
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
    for (let i = 1; i < workers; i++) {
      const w = new Worker(script, { workerData: init });
      w.on('message', (m: { index: number; result: FileResult }) => {
        results.set(m.index, m.result);
        feed(w);
        flush();
      });
      w.on('error', reject);
      pool.push(w);
      // a few files in flight, so a worker never waits for the main thread (busy with a file of its own)
      // to send the next one: with one file at a time, workers did a third of the files they could
      for (let k = 0; k < IN_FLIGHT; k++) feed(w);
    }
    // The main thread's share: one file per turn of the event loop, so worker results keep flowing.
    const lexicon = new Map(init.lexicon);
    const local = () => {
      if (nextToSend >= files.length) return;
      const index = nextToSend++;
      results.set(index, safeProcess(files[index], init.job, loadAnalysisTools, lexicon));
      flush();
      setImmediate(local);
    };
    setImmediate(local);
  });
}

/** One file's result; an unexpected exception becomes that file's error, not the batch's end. */
function safeProcess(file: string, job: FileJob, tools: () => AnalysisTools, lexicon: Lexicon): FileResult {
  try {
    return processFile(file, job, tools, lexicon);
  } catch (e) {
    return { stdout: '', stderr: `newslens: ${file}: internal error: ${(e as Error).message}\n`, status: 2 };
  }
}

/** The worker side: one message per file; the segmenter (loaded once per thread) only when a file is text. */
export function serveBatchWorker(): void {
  const { job, lexicon } = workerData as WorkerInit;
  const lex = new Map(lexicon);
  parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
    parentPort!.postMessage({ index, result: safeProcess(file, job, loadAnalysisTools, lex) });
  });
}
