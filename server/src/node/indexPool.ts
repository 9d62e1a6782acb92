// Worker threads for the workspace index: started when there is work, a few jobs in flight each,
// stopped once idle (each holds its own segmenter, ~280 MB, so an idle server keeps none).
import { Worker } from 'node:worker_threads';
import type { IndexJob, IndexResult, IndexWorkerData } from './indexWorker';

/** Jobs sent ahead to each worker, so none waits for the main thread between two articles. */
const IN_FLIGHT = 2;
/** Workers idle this long are stopped. */
const IDLE_MS = 5_000;

interface Pending {
  job: IndexJob;
  done: (r: IndexResult) => void;
}

export class IndexPool {
  readonly #script: string;
  readonly #data: IndexWorkerData;
  readonly #size: number;
  readonly #queue: Pending[] = [];
  readonly #workers = new Map<Worker, Map<number, Pending>>();
  #idleTimer: NodeJS.Timeout | undefined;
  #log: (m: string) => void;

  constructor(script: string, data: IndexWorkerData, size: number, log: (m: string) => void = () => {}) {
    this.#script = script;
    this.#data = data;
    this.#size = Math.max(1, size);
    this.#log = log;
  }

  run(job: IndexJob): Promise<IndexResult> {
    return new Promise((done) => {
      this.#queue.push({ job, done });
      this.#pump();
    });
  }

  get busy(): number {
    let n = this.#queue.length;
    for (const jobs of this.#workers.values()) n += jobs.size;
    return n;
  }

  /** Stops every worker now; jobs not yet answered are answered as unusable. */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const workers = [...this.#workers];
    this.#workers.clear();
    for (const [, jobs] of workers) for (const p of jobs.values()) p.done({ id: p.job.id, kind: 'unusable', message: 'the index was stopped' });
    for (const p of this.#queue.splice(0)) p.done({ id: p.job.id, kind: 'unusable', message: 'the index was stopped' });
    await Promise.all(workers.map(([w]) => w.terminate()));
  }

  #pump(): void {
    clearTimeout(this.#idleTimer);
    while (this.#queue.length && this.#workers.size < this.#size && this.#workers.size < this.#queue.length) this.#start();
    for (const [w, jobs] of this.#workers) {
      while (jobs.size < IN_FLIGHT && this.#queue.length) {
        const p = this.#queue.shift()!;
        jobs.set(p.job.id, p);
        w.postMessage(p.job);
      }
    }
    if (this.busy === 0) this.#idleTimer = setTimeout(() => void this.#stopIdle(), IDLE_MS).unref();
  }

  #start(): void {
    const w = new Worker(this.#script, { workerData: this.#data });
    const jobs = new Map<number, Pending>();
    this.#workers.set(w, jobs);
    w.on('message', (r: IndexResult) => {
      const p = jobs.get(r.id);
      jobs.delete(r.id);
      p?.done(r);
      this.#pump();
    });
    w.on('error', (e) => this.#lost(w, `an index worker failed: ${e.stack ?? e.message}`));
    w.on('exit', (code) => code !== 0 && this.#lost(w, `an index worker stopped (exit code ${code})`));
  }

  /** A worker died: its jobs go back to the queue once; a second loss makes them unusable (a file that kills workers). */
  #lost(w: Worker, why: string): void {
    const jobs = this.#workers.get(w);
    if (!jobs) return;
    this.#workers.delete(w);
    this.#log(`newslens: ${why}`);
    for (const p of jobs.values()) {
      if (p.job.retried) p.done({ id: p.job.id, kind: 'unusable', message: `${p.job.file}: could not be indexed (${why})` });
      else this.#queue.push({ job: { ...p.job, retried: true }, done: p.done });
    }
    this.#pump();
  }

  async #stopIdle(): Promise<void> {
    if (this.busy !== 0) return;
    const workers = [...this.#workers.keys()];
    this.#workers.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
