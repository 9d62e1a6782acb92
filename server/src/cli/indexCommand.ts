// `newslens index DIR…`: the workspace entity index of folders (entity, type, aliases, article count,
// mentions) as JSON or CSV, built exactly as the language server builds it (node/workspaceIndexer.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { csvField } from '../analysis/annotations/csv';
import { findWorkspaceLexicon, readLexicons } from '../node/lexiconFiles';
import { DEFAULT_SELECTION } from '../node/workspaceFiles';
import { WorkspaceIndexer } from '../node/workspaceIndexer';
import { defaultWorkers } from './batch';
import { unreadable } from './options';
import type { EntityRow, WorkspaceIndex } from '../workspace/workspaceIndex';

export const INDEX_USAGE = `
  newslens index [--format json|csv] [--workers N] [--lexicon FILE] DIR...   the entity index of folders of articles
    (every .txt/.md file under DIR, on N worker processes; entity, type, aliases, article count, mentions, most articles first)`;

/** Runs `index`; returns the exit status (0 ok, 2 bad options or an unusable file). */
export async function runIndex(argv: string[], script: string): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { format: { type: 'string', default: 'json' }, workers: { type: 'string' }, lexicon: { type: 'string', multiple: true, default: [] } } });
  } catch (e) {
    return fail(`${(e as Error).message}${INDEX_USAGE}`);
  }
  const { values, positionals } = args;
  if (values.format !== 'json' && values.format !== 'csv') return fail(`--format must be json or csv, not "${values.format}"`);
  if (values.workers !== undefined && !/^[1-9]\d*$/.test(values.workers)) return fail(`--workers must be a positive number, not "${values.workers}"`);
  if (positionals.length === 0) return fail(`no DIR given${INDEX_USAGE}`);
  for (const dir of positionals) {
    if (!fs.existsSync(dir)) return fail(`${dir}: no such file or directory`);
    if (!fs.statSync(dir).isDirectory()) return fail(`${dir}: not a folder (index takes folders; use analyze for single files)`);
  }
  for (const file of values.lexicon ?? []) {
    const problem = unreadable(file);
    if (problem) return fail(`--lexicon ${file}: ${problem}`);
  }
  const workspaceLexicon = findWorkspaceLexicon(process.cwd());
  const { lexicon, problems } = readLexicons([...(workspaceLexicon ? [workspaceLexicon] : []), ...(values.lexicon ?? [])]);
  for (const p of problems) process.stderr.write(`newslens: ${p.file}:${p.line}: ${p.message} (line skipped)\n`);
  let unusable = 0;
  const indexer = new WorkspaceIndexer({
    roots: positionals.map((d) => path.resolve(d)),
    selection: DEFAULT_SELECTION,
    engine: '',
    workers: values.workers ? Number(values.workers) : defaultWorkers(Number.MAX_SAFE_INTEGER),
    script,
    worker: { lexicon: [...lexicon], sidecar: {}, background: false },
    log: (m) => {
      unusable++;
      process.stderr.write(`${m}\n`);
    },
  });
  indexer.start();
  await indexer.whenIdle();
  await indexer.close();
  process.stdout.write(values.format === 'csv' ? toIndexCsv(indexer.index) : `${JSON.stringify(toIndexJson(indexer.index))}\n`);
  return unusable ? 2 : 0;
}

/** The JSON of `newslens index` (documented in the README). */
export function toIndexJson(index: WorkspaceIndex): { articles: number; entities: ReturnType<typeof rowJson>[] } {
  return { articles: index.articleCount, entities: index.rows().map(rowJson) };
}

function rowJson(r: EntityRow) {
  return { name: r.name, type: r.type, aliases: r.aliases, articles: r.articles.length, mentions: r.mentions, files: r.articles };
}

/** One line per entity: name, type, aliases (`;`-separated), articles, mentions (RFC 4180, CRLF). */
export function toIndexCsv(index: WorkspaceIndex): string {
  const rows = [['name', 'type', 'aliases', 'articles', 'mentions'], ...index.rows().map((r) => [r.name, r.type, r.aliases.join(';'), String(r.articles.length), String(r.mentions)])];
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function fail(message: string): number {
  process.stderr.write(`newslens: ${message}\n`);
  return 2;
}
