// Finds and reads article files for the CLI: .txt/.md files, folders searched recursively.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];

export class InputError extends Error {}

/** What the system error codes a user meets here mean, in the words of `strerror`. */
const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ELOOP: 'too many levels of symbolic links',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'not a directory',
  EISDIR: 'is a directory',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};

/** `ENOENT` → `no such file or directory`; an unknown code is shown as it is. */
export function describeErrno(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return (code && ERRNO_TEXT[code]) ?? code ?? String((e as Error).message ?? e);
}

/** Article files found for PATH arguments, in order, and a message for each PATH that gave none. */
export interface CollectedArticles {
  files: string[];
  problems: string[];
}

/**
 * Expands PATH arguments into article files (a folder's sorted); a missing or unreadable path or a
 * folder without articles becomes a problem and the other paths are still collected.
 */
export function collectArticles(paths: string[]): CollectedArticles {
  const files: string[] = [];
  const problems: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      problems.push(`${p}: ${describeErrno(e)}`);
      continue;
    }
    if (!stat.isDirectory()) {
      files.push(p);
      continue;
    }
    const found = walk(p, problems);
    if (found.length === 0) problems.push(`${p}: no .txt or .md articles in this folder`);
    files.push(...found);
  }
  return { files, problems };
}

function walk(dir: string, problems: string[]): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push(`${dir}: cannot read folder (${describeErrno(e)})`);
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, problems));
    else if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** Reads a file as UTF-8 text (a UTF-8 BOM is dropped); throws InputError for unreadable, UTF-16, binary or non-UTF-8 files. */
export function readArticle(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read (${describeErrno(e)})`);
  }
  return decodeArticle(file, bytes);
}

/** `bytes` as text, or an InputError that says what they are instead. */
export function decodeArticle(file: string, bytes: Uint8Array): string {
  // checked before NUL bytes: UTF-16 text of Latin letters is half NULs, and is still text
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(`${file}: UTF-16 text (byte order mark ${bytes[0] === 0xff ? 'FF FE' : 'FE FF'}); save it as UTF-8`);
  }
  if (bytes.includes(0)) throw new InputError(`${file}: binary file, not an article`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: not valid UTF-8 text; save it as UTF-8`);
  }
}
