// Where an article's annotations live on disk, and reading/writing them safely. The format itself
// (a W3C AnnotationCollection) is analysis/annotations/sidecar.ts; this module only does files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeSidecar, parseSidecar, serializeSidecar, type SidecarContents, type SidecarMerge } from '../analysis/annotations/sidecar';
import type { Annotation } from '../analysis/annotations/webAnnotation';

/** `beside`: `article.txt.annotations.json` next to the article; `workspace`: `.newslens/annotations/<relative path>.json`. */
export type SidecarLayout = 'beside' | 'workspace';

export interface SidecarOptions {
  layout?: SidecarLayout;
  /** Required for the `workspace` layout; an article outside it falls back to `beside`. */
  workspaceRoot?: string;
}

/** The file operations sidecars use: Node's `fs`, or in tests one that fails like a read-only folder or a full disk. */
export type SidecarFs = Pick<
  typeof fs,
  'readFileSync' | 'writeFileSync' | 'openSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'mkdirSync' | 'readdirSync' | 'statSync' | 'accessSync'
>;

/** `sidecarPath('/news/a.txt')` → `/news/a.txt.annotations.json`; with `{layout: 'workspace', workspaceRoot: '/news'}` → `/news/.newslens/annotations/a.txt.json`. */
export function sidecarPath(articlePath: string, options: SidecarOptions = {}): string {
  const article = path.resolve(articlePath);
  if (options.layout === 'workspace' && options.workspaceRoot) {
    const root = path.resolve(options.workspaceRoot);
    const rel = path.relative(root, article);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return path.join(root, '.newslens', 'annotations', `${rel}.json`);
  }
  return `${article}.annotations.json`;
}

/** The sidecar of a document URI; null for documents that are not files (`untitled:Untitled-1`, remote schemes). */
export function sidecarPathForUri(uri: string, options: SidecarOptions = {}): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return sidecarPath(fileURLToPath(uri), options);
  } catch {
    return null;
  }
}

/** The article as the sidecar's `target.source` names it: relative to the sidecar's folder, with `/`. */
export function sourceFor(articlePath: string, sidecar: string): string {
  return path.relative(path.dirname(sidecar), path.resolve(articlePath)).split(path.sep).join('/');
}

/** A sidecar as read: a missing file is empty (`exists: false`); an unreadable or invalid one has `error`. */
export function readSidecar(file: string, files: SidecarFs = fs): SidecarContents & { exists: boolean } {
  let text: string;
  try {
    text = files.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { annotations: [], exists: false };
    return { annotations: [], exists: true, error: `${file}: cannot read (${code ?? 'unknown error'})` };
  }
  const parsed = parseSidecar(text);
  return { ...parsed, exists: true, ...(parsed.error ? { error: `${file}: ${parsed.error}` } : {}) };
}

export interface SaveOptions extends SidecarOptions {
  /** The editor says the document is read-only: nothing is written. */
  readOnly?: boolean;
  /**
   * The annotations as last read from or written to this sidecar. When given, the file is re-read just
   * before writing and merged three-way (`mergeSidecar`), so a second writer's changes are kept.
   */
  base?: Annotation[];
  fs?: SidecarFs;
}

/**
 * What a save did: `written` with the path (and, when a `base` was given, what the merge with the file
 * on disk wrote), or why nothing was written: `failed` when the write itself failed (read-only folder,
 * full disk), otherwise a refusal (untitled, read-only document, a sidecar that cannot be parsed).
 */
export type SaveResult =
  | { written: true; path: string; merged?: SidecarMerge }
  | { written: false; path: string | null; reason: string; failed?: boolean };

/**
 * Saves an article's annotations atomically. Writes nothing for an article that is not a file on disk
 * (untitled), a read-only article or document, an existing sidecar that cannot be parsed (it is left
 * for the user to fix), or no annotations and no sidecar yet.
 */
export function saveAnnotations(articlePath: string, annotations: Annotation[], options: SaveOptions = {}): SaveResult {
  const file = sidecarPath(articlePath, options);
  const files = options.fs ?? fs;
  if (options.readOnly) return { written: false, path: file, reason: 'the document is read-only' };
  try {
    if (!files.statSync(articlePath).isFile()) return { written: false, path: file, reason: 'the article is not a file' };
    files.accessSync(articlePath, fs.constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { written: false, path: file, reason: code === 'ENOENT' ? 'the article is not saved on disk' : 'the article is read-only' };
  }
  try {
    return withLock(file, files, () => {
      const current = readSidecar(file, files);
      if (current.error) return { written: false, path: file, reason: `not overwriting a sidecar that cannot be read: ${current.error}` };
      const merged = options.base && mergeSidecar(options.base, annotations, current.annotations);
      const written = merged ? merged.annotations : annotations;
      if (!current.exists && written.length === 0) return { written: false, path: file, reason: 'nothing to save' };
      writeFileAtomic(file, serializeSidecar(written, { source: sourceFor(articlePath, file) }), files);
      return merged ? { written: true, path: file, merged } : { written: true, path: file };
    });
  } catch (e) {
    return { written: false, path: file, reason: writeFailure(file, e), failed: true };
  }
}

/** `cannot write /news/a.txt.annotations.json: read-only folder` (EACCES, EPERM, EROFS) or `…: disk full` (ENOSPC). */
export function writeFailure(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return `cannot write ${file}: read-only folder`;
  if (code === 'EROFS') return `cannot write ${file}: read-only folder (read-only file system)`;
  if (code === 'ENOSPC') return `cannot write ${file}: disk full`;
  if (code === 'EDQUOT') return `cannot write ${file}: disk full (quota exceeded)`;
  if (code === 'ELOCKED') return `cannot write ${file}: ${(e as Error).message}`;
  return `cannot write ${file}: ${code ? `${code}, ` : ''}${(e as Error).message}`;
}

let tmpCounter = 0;

/**
 * Writes through a temporary file in the same folder (named by process id and a counter, so two
 * processes never share one), fsync, a rename and an fsync of the folder: a reader, or the file after a
 * crash at any moment, is the old content or the new, never half of one. Temporary files left by a
 * process that was killed are removed first.
 */
export function writeFileAtomic(file: string, content: string, files: SidecarFs = fs): void {
  const dir = path.dirname(file);
  files.mkdirSync(dir, { recursive: true });
  removeStaleTemps(file, files);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${(tmpCounter++).toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`);
  try {
    const fd = files.openSync(tmp, 'wx', 0o666);
    try {
      files.writeFileSync(fd, content, 'utf8');
      files.fsyncSync(fd);
    } finally {
      files.closeSync(fd);
    }
    files.renameSync(tmp, file);
  } catch (e) {
    files.rmSync(tmp, { force: true });
    throw e;
  }
  syncFolder(dir, files);
}

/** The rename itself survives a power cut only once the folder is synced; not possible everywhere (Windows). */
function syncFolder(dir: string, files: SidecarFs): void {
  try {
    const fd = files.openSync(dir, 'r');
    try {
      files.fsyncSync(fd);
    } finally {
      files.closeSync(fd);
    }
  } catch {
    // best effort: the data itself was synced before the rename
  }
}

const TEMP_MAX_AGE_MS = 60 * 60 * 1000;

/** Removes `.<name>.<pid>.<n>.tmp` files of `file` whose process is gone (or that are over an hour old). */
function removeStaleTemps(file: string, files: SidecarFs): void {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let names: string[];
  try {
    names = files.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const stale = !isRunning(pid) || Date.now() - files.statSync(path.join(dir, name)).mtimeMs > TEMP_MAX_AGE_MS;
      if (stale) files.rmSync(path.join(dir, name), { force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const LOCK_WAIT_MS = 2000;
const LOCK_STALE_MS = 10_000;

/**
 * Runs read–merge–write under `.<sidecar>.lock` (created exclusively, holding the pid), so two servers
 * cannot both read the old file and then overwrite each other. A lock whose process is gone, or older
 * than 10 s, is broken; one held longer than 2 s by a live process fails with ELOCKED.
 */
function withLock<T>(file: string, files: SidecarFs, run: () => T): T {
  const lock = path.join(path.dirname(file), `.${path.basename(file)}.lock`);
  files.mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = files.openSync(lock, 'wx', 0o666);
      try {
        files.writeFileSync(fd, String(process.pid));
      } catch (e) {
        files.closeSync(fd);
        files.rmSync(lock, { force: true }); // a full disk must not leave a lock that blocks the next try
        throw e;
      }
      files.closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (lockIsStale(lock, files)) {
        files.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw Object.assign(new Error(`another NewsLens window is writing it (${lock}); try again`), { code: 'ELOCKED' });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
  try {
    return run();
  } finally {
    files.rmSync(lock, { force: true });
  }
}

function lockIsStale(lock: string, files: SidecarFs): boolean {
  try {
    const pid = Number(files.readFileSync(lock, 'utf8'));
    if (Number.isInteger(pid) && pid > 0 && (pid === process.pid || !isRunning(pid))) return true; // ours: a lock we hold is never seen here (all sync)
    return Date.now() - files.statSync(lock).mtimeMs > LOCK_STALE_MS;
  } catch {
    return false; // removed meanwhile: the next exclusive open decides
  }
}
