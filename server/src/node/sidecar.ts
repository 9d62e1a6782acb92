// Where an article's annotations live on disk, and reading/writing them safely. The format itself
// (a W3C AnnotationCollection) is analysis/annotations/sidecar.ts; this module only does files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSidecar, serializeSidecar, type SidecarContents } from '../analysis/annotations/sidecar';
import type { Annotation } from '../analysis/annotations/model';

/** `beside`: `article.txt.annotations.json` next to the article; `workspace`: `.newslens/annotations/<relative path>.json`. */
export type SidecarLayout = 'beside' | 'workspace';

export interface SidecarOptions {
  layout?: SidecarLayout;
  /** Required for the `workspace` layout; an article outside it falls back to `beside`. */
  workspaceRoot?: string;
}

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
export function readSidecar(file: string): SidecarContents & { exists: boolean } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
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
}

/** What a save did: `written` with the path, or why nothing was written. */
export type SaveResult = { written: true; path: string } | { written: false; path: string | null; reason: string };

/**
 * Saves an article's annotations atomically. Writes nothing for an article that is not a file on disk
 * (untitled), a read-only article or document, an existing sidecar that cannot be parsed (it is left
 * for the user to fix), or no annotations and no sidecar yet.
 */
export function saveAnnotations(articlePath: string, annotations: Annotation[], options: SaveOptions = {}): SaveResult {
  const file = sidecarPath(articlePath, options);
  if (options.readOnly) return { written: false, path: file, reason: 'the document is read-only' };
  try {
    if (!fs.statSync(articlePath).isFile()) return { written: false, path: file, reason: 'the article is not a file' };
    fs.accessSync(articlePath, fs.constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { written: false, path: file, reason: code === 'ENOENT' ? 'the article is not saved on disk' : 'the article is read-only' };
  }
  const current = readSidecar(file);
  if (current.error) return { written: false, path: file, reason: `not overwriting a sidecar that cannot be read: ${current.error}` };
  if (!current.exists && annotations.length === 0) return { written: false, path: file, reason: 'nothing to save' };
  try {
    writeFileAtomic(file, serializeSidecar(annotations, { source: sourceFor(articlePath, file) }));
  } catch (e) {
    return { written: false, path: file, reason: `cannot write ${file}: ${(e as Error).message}` };
  }
  return { written: true, path: file };
}

/** Writes through a temporary file in the same folder and a rename, so a reader never sees half a file. */
export function writeFileAtomic(file: string, content: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'w');
    try {
      fs.writeFileSync(fd, content, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
