// Worker processes for the workspace index: started when there is work, at the lowest CPU priority, a
// few jobs in flight each, stopped once idle. Each holds its own segmenter and model (~280 MB). They
// are child processes rather than worker threads because a stopped thread's native memory stays with
// the server (measured: +256 MB of RSS after indexing the corpus with threads, +50 MB with processes),
// and a process's priority is the operating system's to enforce.
import { fork, type ChildProcess } from 'node:child_process';
import * as os from 'node:os';
import { INDEX_WORKER_FLAG, type IndexJob, type IndexResult, type IndexWorkerData } from './indexWorker';

type Worker = ChildProcess;

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
    for (const [w] of workers) this.#stop(w);
  }

  #pump(): void {
    clearTimeout(this.#idleTimer);
    while (this.#queue.length && this.#workers.size < this.#size && this.#workers.size < this.#queue.length) this.#start();
    for (const [w, jobs] of this.#workers) {
      while (jobs.size < IN_FLIGHT && this.#queue.length) {
        const p = this.#queue.shift()!;
        jobs.set(p.job.id, p);
        w.send(p.job);
      }
    }
    if (this.busy === 0) this.#idleTimer = setTimeout(() => void this.#stopIdle(), IDLE_MS).unref();
  }

  #start(): void {
    // no inherited --inspect or heap flags; stdout and stderr not piped into the server's (stdio is the protocol)
    const w = fork(this.#script, [INDEX_WORKER_FLAG], { execArgv: [], serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    const jobs = new Map<number, Pending>();
    this.#workers.set(w, jobs);
    if (this.#data.background && w.pid !== undefined) {
      try {
        os.setPriority(w.pid, 19);
      } catch {
        // not permitted here: it runs at normal priority
      }
    }
    w.send({ init: this.#data });
    w.on('message', (r: IndexResult) => {
      const p = jobs.get(r.id);
      jobs.delete(r.id);
      p?.done(r);
      this.#pump();
    });
    w.on('error', (e) => this.#lost(w, `an index worker failed: ${e.stack ?? e.message}`));
    w.on('exit', (code, signal) => this.#lost(w, `an index worker stopped (${signal ?? `exit code ${code}`})`));
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

  #stop(w: Worker): void {
    w.removeAllListeners('exit');
    w.kill();
  }

  async #stopIdle(): Promise<void> {
    if (this.busy !== 0) return;
    const workers = [...this.#workers.keys()];
    this.#workers.clear();
    for (const w of workers) this.#stop(w);
  }
}
