// Which files of the workspace folders are articles for the index: `newslens.workspace.include`
// minus `files.exclude` and `newslens.workspace.exclude`, at most `maxFiles` of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';

export interface FileSelection {
  include: string;
  exclude: string[];
  maxFiles: number;
}

/** Folders never worth walking, whatever the settings say. */
const ALWAYS_SKIPPED = ['**/node_modules', '**/.git', '**/.newslens'];

export const DEFAULT_SELECTION: FileSelection = { include: '**/*.{txt,md}', exclude: [], maxFiles: 20_000 };

/** A matcher for paths relative to a workspace folder (`/`-separated). */
export function selector(selection: FileSelection): { included: (rel: string) => boolean; excluded: (rel: string) => boolean } {
  const excludes = [...ALWAYS_SKIPPED, ...selection.exclude].flatMap((g) => [g, `${g}/**`]);
  const excluded = picomatch(excludes, { dot: true });
  const included = picomatch(selection.include || DEFAULT_SELECTION.include, { dot: false });
  return { included: (rel) => included(rel) && !excluded(rel), excluded };
}

/** `files.exclude`-style settings (`{"**\/tmp": true}`) and plain lists, as a list of globs. */
export function globList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string' && g !== '');
  if (value && typeof value === 'object') return Object.entries(value).filter(([g, on]) => on === true && g !== '').map(([g]) => g);
  return [];
}

export interface FoundFiles {
  files: string[];
  /** How many more matched beyond `maxFiles`. */
  over: number;
}

/**
 * The article files under `roots`, sorted, walked without following symbolic links (a link loop
 * cannot make it run forever); unreadable folders are skipped.
 */
export function findArticles(roots: string[], selection: FileSelection): FoundFiles {
  const { included, excluded } = selector(selection);
  const files: string[] = [];
  let over = 0;
  const seen = new Set<string>();
  for (const root of roots) {
    const stack = [''];
    while (stack.length) {
      const rel = stack.pop()!;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const childRel = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!excluded(childRel)) stack.push(childRel);
        } else if (e.isFile() && included(childRel)) {
          const full = path.join(root, childRel);
          if (seen.has(full)) continue;
          seen.add(full);
          if (files.length < selection.maxFiles) files.push(full);
          else over++;
        }
      }
    }
  }
  return { files: files.sort(), over };
}

/** Whether one path (from a file watcher) is an article the index should hold. */
export function isIndexed(file: string, roots: string[], selection: FileSelection): boolean {
  const { included } = selector(selection);
  for (const root of roots) {
    const rel = path.relative(root, file);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && included(rel.split(path.sep).join('/'))) return true;
  }
  return false;
}
