// Keeps the workspace index current: loads the persisted index, walks the folders, sends every new or
// changed article to the worker pool, follows file events, and saves the index (keyed by content
// hash) so that reopening the folder analyses only what changed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ArticleSummary } from '../workspace/summary';
import { WorkspaceIndex, type IndexData } from '../workspace/workspaceIndex';
import { IndexPool } from './indexPool';
import type { IndexJob, IndexResult, IndexWorkerData } from './indexWorker';
import { writeFileAtomic } from './sidecarFiles';
import { findArticles, type FileSelection } from './workspaceFiles';

export interface IndexerOptions {
  roots: string[];
  selection: FileSelection;
  /** Where the index is kept between sessions; none: memory only. */
  storageFile?: string;
  /** What produced the summaries (version, model, lexicon): a persisted index made by anything else is not used. */
  engine: string;
  /** Worker processes; 0: every file in this thread with `runLocal` (tests). */
  workers: number;
  /** The script a worker process runs (dist/server.js or dist/cli.js, which serve INDEX_WORKER_FLAG). */
  script: string;
  worker: IndexWorkerData;
  onStatus?: (s: IndexStatus) => void;
  log?: (m: string) => void;
  /**
   * Indexes one file in this thread. When given, a file changed while the pool is idle (a save, a file
   * event) is indexed here at once, as a worker would need a second or two to load the segmenter.
   */
  runLocal?: (job: IndexJob, known: (hash: string) => ArticleSummary | undefined) => IndexResult;
}

/** Files up to this size may be indexed in the calling thread (a few tens of milliseconds each). */
const LOCAL_MAX_BYTES = 256 * 1024;
/** …and only while this few files are pending: a bulk change goes to the workers. */
const LOCAL_MAX_PENDING = 4;

export interface IndexStatus {
  articles: number;
  /** Files still to read or analyse, and how many there were in this round (for progress). */
  pending: number;
  round: number;
  /** Files beyond `maxFiles`, left out. */
  over: number;
  /** The last round's unusable files (binary, not UTF-8 …). */
  unusable: number;
}

interface Persisted {
  format: 1;
  engine: string;
  /** `[file, mtimeMs, size]`: a file whose stat is unchanged is not read again. */
  stats: [string, number, number][];
  index: IndexData;
}

const SAVE_DELAY_MS = 2_000;

export class WorkspaceIndexer {
  index = new WorkspaceIndex();
  readonly #o: IndexerOptions;
  readonly #pool: IndexPool;
  readonly #stats = new Map<string, [number, number]>();
  readonly #pending = new Set<string>();
  #round = 0;
  #over = 0;
  #unusable = 0;
  #nextId = 0;
  #saveTimer: NodeJS.Timeout | undefined;
  #idle: (() => void)[] = [];
  #closed = false;

  constructor(options: IndexerOptions) {
    this.#o = options;
    this.#pool = new IndexPool(options.script, options.worker, options.workers, options.log);
  }

  /** Loads what was saved, then queues every article that is new or changed since. */
  start(): void {
    const saved = this.#load();
    if (saved) {
      this.index = WorkspaceIndex.fromJSON(saved.index);
      for (const [file, mtime, size] of saved.stats) this.#stats.set(file, [mtime, size]);
    }
    const { files, over } = findArticles(this.#o.roots, this.#o.selection);
    this.#over = over;
    const present = new Set(files);
    for (const file of [...this.index.uris()]) if (!present.has(file)) this.#forget(file);
    // the first scan goes to the workers: it is bulk work, whatever its size
    for (const file of files) if (!this.#unchangedOnDisk(file)) this.queue(file, false);
    this.#status();
    if (this.#pending.size === 0) this.#settle();
  }

  /** A file was created or changed (file watcher, a closed editor): analysed again if its content differs. */
  queue(file: string, mayRunHere = true): void {
    if (this.#closed || this.#pending.has(file)) return;
    if (this.#pending.size === 0) {
      this.#round = 0;
      this.#unusable = 0;
    }
    this.#pending.add(file);
    this.#round++;
    const job: IndexJob = { id: this.#nextId++, file, knownHash: this.index.hashOf(file) };
    if ((mayRunHere || this.#o.workers === 0) && this.#local(file)) setImmediate(() => this.#runLocal(job));
    else void this.#pool.run(job).then((r) => this.#done(file, r));
  }

  #local(file: string): boolean {
    if (this.#o.runLocal && this.#o.workers === 0) return true;
    if (!this.#o.runLocal || this.#pool.busy > 0 || this.#pending.size > LOCAL_MAX_PENDING) return false;
    try {
      return fs.statSync(file).size <= LOCAL_MAX_BYTES;
    } catch {
      return true;
    }
  }

  #runLocal(job: IndexJob): void {
    let r: IndexResult;
    try {
      r = this.#o.runLocal!(job, (hash) => this.index.summaryByHash(hash));
    } catch (e) {
      r = { id: job.id, kind: 'unusable', message: `${job.file}: internal error: ${(e as Error).message}` };
    }
    this.#done(job.file, r);
  }

  /** An open article's current text was analysed: the index follows the editor until the file is closed (then `queue` it). */
  fromEditor(file: string, hash: string, summary: ArticleSummary): void {
    if (this.#closed || this.index.hashOf(file) === hash) return;
    this.index.set(file, hash, summary);
    this.#stats.delete(file);
    this.#changed();
  }

  /** A file was deleted. */
  remove(file: string): void {
    if (this.#forget(file)) this.#changed();
  }

  /** Resolves once nothing is pending (at once when nothing is). */
  whenIdle(): Promise<void> {
    return this.#pending.size === 0 ? Promise.resolve() : new Promise((r) => this.#idle.push(r));
  }

  status(): IndexStatus {
    return { articles: this.index.articleCount, pending: this.#pending.size, round: this.#round, over: this.#over, unusable: this.#unusable };
  }

  /** Saves now (when there is a storage file) and stops the workers. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#saveTimer);
    this.save();
    await this.#pool.close();
  }

  save(): void {
    const file = this.#o.storageFile;
    if (!file) return;
    const data: Persisted = { format: 1, engine: this.#o.engine, stats: [...this.#stats].map(([f, [m, s]]) => [f, m, s]), index: this.index.toJSON() };
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      writeFileAtomic(file, JSON.stringify(data));
    } catch (e) {
      this.#o.log?.(`newslens: could not save the workspace index to ${file}: ${(e as Error).message}`);
    }
  }

  #load(): Persisted | null {
    const file = this.#o.storageFile;
    if (!file || !fs.existsSync(file)) return null;
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Persisted;
      if (data?.format !== 1 || data.engine !== this.#o.engine || !Array.isArray(data.stats) || !data.index) return null;
      return data;
    } catch (e) {
      this.#o.log?.(`newslens: the saved workspace index ${file} is unreadable (${(e as Error).message}); indexing again`);
      return null;
    }
  }

  #unchangedOnDisk(file: string): boolean {
    const known = this.#stats.get(file);
    if (!known || !this.index.hashOf(file)) return false;
    try {
      const st = fs.statSync(file);
      return st.mtimeMs === known[0] && st.size === known[1];
    } catch {
      return false;
    }
  }

  #done(file: string, r: IndexResult): void {
    this.#pending.delete(file);
    if (!this.#closed) {
      if (r.kind === 'unusable') {
        this.#unusable++;
        this.#forget(file);
        this.#o.log?.(`newslens: not indexed: ${r.message}`);
      } else {
        if (r.kind === 'indexed') this.index.set(file, r.hash, r.summary, r.verdicts);
        else this.index.setVerdicts(file, r.verdicts);
        this.#recordStat(file);
      }
    }
    this.#status();
    if (this.#pending.size === 0) this.#settle();
  }

  #recordStat(file: string): void {
    try {
      const st = fs.statSync(file);
      this.#stats.set(file, [st.mtimeMs, st.size]);
    } catch {
      this.#stats.delete(file);
    }
  }

  #forget(file: string): boolean {
    this.#stats.delete(file);
    return this.index.delete(file);
  }

  #settle(): void {
    this.#changed();
    for (const r of this.#idle.splice(0)) r();
  }

  #changed(): void {
    this.#status();
    if (!this.#o.storageFile || this.#closed) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.save(), SAVE_DELAY_MS).unref();
  }

  #status(): void {
    this.#o.onStatus?.(this.status());
  }
}
