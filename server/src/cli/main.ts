// `newslens analyze|check` — the command-line face of the analysis engine.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../analysis/article';
import { loadSegmenter } from '../node/segmenter';
import { collectArticles, readArticle, InputError } from '../node/articleFiles';
import { readLexicons, findWorkspaceLexicon } from '../node/lexiconFiles';
import { applySeverities, toCheckLines, toJsonReport, toTextReport } from './report';

const USAGE = `Usage:
  newslens analyze [--format json|text] [options] PATH...   entities, dates, quotes and diagnostics
  newslens check [options] PATH...                          diagnostics as file:line:col lines; exit 1 on errors
Options:
  --publication-date YYYY-MM-DD   used when an article gives no date of its own
  --lexicon FILE                  extra lexicon file (repeatable); .newslens/lexicon.txt is read automatically
  --lang zh|en                    language of messages (default: from LANG)
PATH is a .txt/.md file or a folder searched recursively. Exit status: 0 ok, 1 errors found (check), 2 unusable input.`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command !== 'analyze' && command !== 'check') return fail(`unknown command "${command}"\n${USAGE}`);
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
      },
    });
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (positionals.length === 0) return fail(`no PATH given\n${USAGE}`);
  if (values.format !== 'json' && values.format !== 'text') return fail(`--format must be json or text, not "${values.format}"`);
  const pub = values['publication-date'];
  if (pub !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(pub)) return fail(`--publication-date must look like 2024-04-17, not "${pub}"`);
  const lang = values.lang === 'zh' || values.lang === 'en' ? values.lang : /^zh/i.test(process.env.LANG ?? '') ? 'zh' : 'en';

  let files: string[];
  try {
    files = collectArticles(positionals);
  } catch (e) {
    if (e instanceof InputError) return fail(e.message);
    throw e;
  }
  const workspaceLexicon = findWorkspaceLexicon(process.cwd());
  const { lexicon, problems } = readLexicons([...(workspaceLexicon ? [workspaceLexicon] : []), ...(values.lexicon ?? [])]);
  for (const p of problems) process.stderr.write(`newslens: ${p.file}:${p.line}: ${p.message} (line skipped)\n`);
  const segment = loadSegmenter();

  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readArticle(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`newslens: ${e.message}\n`);
      status = 2;
      continue;
    }
    const analysis = analyzeArticle(text, { segment, path: path.resolve(file), publicationDate: pub, lexicon });
    const findings = applySeverities(analysis.findings);
    if (command === 'check') {
      for (const line of toCheckLines(file, text, findings, lang)) process.stdout.write(`${line}\n`);
      if (status === 0 && findings.some((f) => f.severity === 'error')) status = 1;
    } else if (values.format === 'json') {
      process.stdout.write(`${JSON.stringify(toJsonReport(file, analysis, lang, findings))}\n`);
    } else {
      process.stdout.write(`${toTextReport(file, text, analysis, findings, lang)}\n\n`);
    }
  }
  return status;
}

function fail(message: string): number {
  process.stderr.write(`newslens: ${message}\n`);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`newslens: internal error: ${(e as Error).message}\n`);
  process.exitCode = 70;
}
