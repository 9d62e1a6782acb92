// `newslens analyze|check` — the command-line face of the analysis engine.
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { collectArticles } from '../node/articleFiles';
import { publicationDateError, unreadable } from './options';
import { version } from '../../../package.json';
import { readLexicons, findWorkspaceLexicon } from '../node/lexiconFiles';
import { loadAnalysisTools, processFile, worstStatus, type FileJob } from './process';
import { defaultWorkers, runBatch, serveBatchWorker } from './batch';
import { EXPORT_USAGE, runExport, runImport } from './annotate';
import { INDEX_USAGE, runIndex } from './indexCommand';
import { INDEX_WORKER_FLAG, serveIndexWorker } from '../node/indexWorker';

const USAGE = `Usage:
  newslens analyze [--format json|text] [options] PATH...   entities, dates, quotes and diagnostics
  newslens check [options] PATH...                          diagnostics as file:line:col lines; exit 1 on errors
  newslens --version                                        the version (also -V, version)
Options:
  --publication-date YYYY-MM-DD   used when an article gives no date of its own
  --lexicon FILE                  extra lexicon file (repeatable); .newslens/lexicon.txt is read automatically
  --lang zh|en                    language of messages (default: from LANG)
  --workers N                     worker threads for many files (default: all cores)
PATH is a .txt/.md file or a folder searched recursively. Exit status: 0 ok, 1 errors found (check),
2 a bad option or an unusable PATH (reported on stderr; the other files are still analyzed).
${EXPORT_USAGE}${INDEX_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-V' || command === 'version') {
    process.stdout.write(`newslens ${version}\n`);
    return 0;
  }
  if (command === 'export') return runExport(rest);
  if (command === 'import') return runImport(rest);
  if (command === 'index') return runIndex(rest, __filename);
  if (command !== 'analyze' && command !== 'check') return fail(`unknown command "${command}"\n${USAGE}`);
  const parsed = parseJob(command, rest);
  if (typeof parsed === 'string') return fail(parsed);
  return analyzeFiles(parsed);
}

interface AnalyzeRun {
  job: FileJob;
  paths: string[];
  lexiconFiles: string[];
  workers: number | undefined;
}

/** `analyze`/`check` options checked before any file is read: the run, or what is wrong. */
function parseJob(command: 'analyze' | 'check', rest: string[]): AnalyzeRun | string {
  let args;
  try {
    args = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        'publication-date': { type: 'string' },
        lexicon: { type: 'string', multiple: true, default: [] },
        lang: { type: 'string' },
        workers: { type: 'string' },
      },
    });
  } catch (e) {
    return `${(e as Error).message}\n${USAGE}`;
  }
  const { values, positionals } = args;
  if (positionals.length === 0) return `no PATH given\n${USAGE}`;
  if (values.format !== 'json' && values.format !== 'text') return `--format must be json or text, not "${values.format}"`;
  const pub = values['publication-date'];
  const pubError = publicationDateError(pub);
  if (pubError) return pubError;
  if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') return `--lang must be zh or en, not "${values.lang}"`;
  if (values.workers !== undefined && !/^[1-9]\d*$/.test(values.workers)) return `--workers must be a positive number, not "${values.workers}"`;
  for (const file of values.lexicon ?? []) {
    const problem = unreadable(file);
    if (problem) return `--lexicon ${file}: ${problem}`;
  }
  const lang = values.lang === 'zh' || values.lang === 'en' ? values.lang : /^zh/i.test(process.env.LANG ?? '') ? 'zh' : 'en';
  const job: FileJob = { command, format: values.format, publicationDate: pub, lang };
  return { job, paths: positionals, lexiconFiles: values.lexicon ?? [], workers: values.workers ? Number(values.workers) : undefined };
}

async function analyzeFiles(run: AnalyzeRun): Promise<number> {
  const { job } = run;
  // every PATH is looked at before anything is analyzed; a bad one is reported and the run goes on
  const { files, problems: pathProblems } = collectArticles(run.paths);
  for (const p of pathProblems) process.stderr.write(`newslens: ${p}\n`);
  const pathStatus = pathProblems.length ? 2 : 0;
  if (files.length === 0) return 2;
  const workspaceLexicon = findWorkspaceLexicon(process.cwd());
  const { lexicon, problems } = readLexicons([...(workspaceLexicon ? [workspaceLexicon] : []), ...run.lexiconFiles]);
  for (const p of problems) process.stderr.write(`newslens: ${p.file}:${p.line}: ${p.message} (line skipped)\n`);

  const workers = run.workers ?? defaultWorkers(files.length);
  const progress = progressLine(files.length);
  if (workers > 1 && files.length > 1) {
    const status = await runBatch(files, { job, lexicon: [...lexicon] }, Math.min(workers, files.length), __filename, progress);
    progress(-1);
    return worstStatus(pathStatus, status);
  }
  let status = pathStatus;
  files.forEach((file, i) => {
    const r = processFile(file, job, loadAnalysisTools, lexicon);
    if (r.stderr) process.stderr.write(r.stderr);
    process.stdout.write(r.stdout);
    status = worstStatus(status, r.status);
    progress(i + 1);
  });
  progress(-1);
  return status;
}

/** `[  120/1875] analyzing…` on a terminal's stderr, redrawn in place; nothing when stderr is piped. */
function progressLine(total: number): (done: number) => void {
  if (!process.stderr.isTTY || total < 2) return () => undefined;
  return (done) => process.stderr.write(done < 0 ? '\r\x1b[K' : `\r[${String(done).padStart(String(total).length)}/${total}] analyzing…`);
}

function fail(message: string): number {
  process.stderr.write(`newslens: ${message}\n`);
  return 2;
}

if (process.argv.includes(INDEX_WORKER_FLAG)) {
  serveIndexWorker();
} else if (isMainThread) {
  main(process.argv.slice(2)).then(
    (status) => (process.exitCode = status),
    (e: Error) => {
      process.stderr.write(`newslens: internal error: ${e.message}\n`);
      process.exitCode = 70;
    },
  );
} else {
  serveBatchWorker();
}
