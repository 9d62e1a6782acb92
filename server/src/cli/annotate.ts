// `newslens export` and `newslens import`: fact-check annotations out to brat / W3C / ClaimReview / CSV,
// and W3C JSON-LD back into an article's sidecar. main.ts dispatches to runExport / runImport.
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../analysis/article';
import { anchorAll } from '../analysis/annotations/incremental';
import { retarget } from '../analysis/annotations/create';
import { mergeAnnotations, parseSidecar } from '../analysis/annotations/sidecar';
import { renderExport, EXPORT_FORMATS, type ExportFormat } from '../analysis/annotations/exportFormats';
import type { Annotation } from '../analysis/annotations/webAnnotation';
import { loadAnalysisTools } from './process';
import { readArticle, InputError } from '../node/articleFiles';
import { publicationDateError } from './options';
import { findWorkspaceLexicon, readLexicons } from '../node/lexiconFiles';
import { readSidecar, saveAnnotations, sidecarPath, sourceFor, type SidecarLayout } from '../node/sidecarFiles';

export const EXPORT_USAGE = `
  newslens export --format brat|w3c|claimreview|csv [options] PATH   print an article's annotations (or entities, csv)
  newslens import [options] FILE.jsonld ARTICLE                       merge W3C annotations into ARTICLE's sidecar
Options:
  --layout beside|workspace       sidecar next to the article (default) or under .newslens/annotations/
  --workspace DIR                 workspace root for --layout workspace (default: the current folder)
  --publication-date YYYY-MM-DD   used when the article gives no date of its own
  --url URL                       the article's URL for ClaimReview (default: its path)
  --publisher NAME                who published the article (ClaimReview claim author when no speaker is found)
  --include-claims                claimreview: add the claims no verdict covers yet, as schema.org Claim items
Exit status: 0 ok, 2 unusable input.`;

const FORMATS: readonly string[] = EXPORT_FORMATS;
const COMMON = {
  layout: { type: 'string', default: 'beside' },
  workspace: { type: 'string' },
} as const;

/** `newslens export --format brat seeds/a.txt`: prints the export to stdout; returns the exit status. */
export function runExport(argv: string[]): number {
  const args = parse(argv, { ...COMMON, format: { type: 'string' }, 'publication-date': { type: 'string' }, url: { type: 'string' }, publisher: { type: 'string' }, 'include-claims': { type: 'boolean' } });
  if ('error' in args) return fail(args.error);
  const { values, positionals } = args;
  if (!FORMATS.includes(String(values.format))) return fail(`--format must be one of ${FORMATS.join(', ')}, not "${values.format ?? ''}"`);
  if (positionals.length !== 1) return fail(`export takes exactly one article PATH\n${EXPORT_USAGE}`);
  if (values['include-claims'] && values.format !== 'claimreview') return fail('--include-claims goes with --format claimreview');
  const pub = values['publication-date'] as string | undefined;
  const pubError = publicationDateError(pub);
  if (pubError) return fail(pubError);
  const article = positionals[0];
  const loaded = loadArticle(article, layoutOf(values));
  if ('error' in loaded) return fail(loaded.error);
  const { text, annotations } = loaded;
  const { lexicon } = readLexicons([findWorkspaceLexicon(process.cwd())].filter((f): f is string => !!f));
  const analysis = analyzeArticle(text, { ...loadAnalysisTools(), path: fs.realpathSync(article), publicationDate: pub, lexicon });
  const anchored = anchorAll(text, annotations);
  const orphans = anchored.filter((a) => !a.anchor.span).length;
  if (orphans && values.format !== 'csv') process.stderr.write(`newslens: ${orphans} annotation(s) not found in ${article} (orphaned): ${values.format === 'w3c' ? 'exported unchanged' : 'left out'}\n`);
  const current = anchored.map(({ annotation, anchor }) => (anchor.span ? retarget(annotation, text, anchor.span) : annotation));
  const source = article.split('\\').join('/');
  const out = renderExport(values.format as ExportFormat, text, analysis, current, { source, url: values.url as string | undefined, publisher: values.publisher as string | undefined, includeClaims: values['include-claims'] === true });
  process.stdout.write(out);
  return 0;
}

/** `newslens import review.jsonld seeds/a.txt`: merges into the article's sidecar; returns the exit status. */
export function runImport(argv: string[]): number {
  const args = parse(argv, COMMON);
  if ('error' in args) return fail(args.error);
  const { values, positionals } = args;
  if (positionals.length !== 2) return fail(`import takes FILE.jsonld and ARTICLE\n${EXPORT_USAGE}`);
  const [file, article] = positionals;
  let json: string;
  try {
    json = readArticle(file);
  } catch (e) {
    if (e instanceof InputError) return fail(e.message);
    throw e;
  }
  const imported = parseSidecar(json);
  if (imported.error) return fail(`${file}: ${imported.error}`);
  const options = layoutOf(values);
  const loaded = loadArticle(article, options);
  if ('error' in loaded) return fail(loaded.error);
  const target = sidecarPath(article, options);
  const source = sourceFor(article, target);
  const incoming = imported.annotations.map((a): Annotation => ({ ...a, target: { ...a.target, source } }));
  const merged = mergeAnnotations(loaded.annotations, incoming);
  const orphans = anchorAll(loaded.text, incoming).filter((a) => !a.anchor.span).length;
  if (orphans) process.stderr.write(`newslens: ${orphans} imported annotation(s) not found in ${article}; kept as orphaned\n`);
  const saved = saveAnnotations(article, merged.annotations, options);
  if (!saved.written && merged.added + merged.updated > 0) return fail(`${article}: annotations not saved: ${saved.reason}`);
  process.stdout.write(`${file} → ${saved.path}: ${merged.added} added, ${merged.updated} updated, ${merged.unchanged} unchanged\n`);
  return 0;
}

function loadArticle(article: string, options: ReturnType<typeof layoutOf>): { text: string; annotations: Annotation[] } | { error: string } {
  let text: string;
  try {
    text = readArticle(article);
  } catch (e) {
    if (e instanceof InputError) return { error: e.message };
    throw e;
  }
  const sidecar = readSidecar(sidecarPath(article, options));
  if (sidecar.error) return { error: `${sidecar.error} (file left untouched)` };
  return { text, annotations: sidecar.annotations };
}

function layoutOf(values: Record<string, unknown>): { layout: SidecarLayout; workspaceRoot: string } {
  return { layout: values.layout === 'workspace' ? 'workspace' : 'beside', workspaceRoot: (values.workspace as string | undefined) ?? process.cwd() };
}

type Options = Record<string, { type: 'string'; default?: string } | { type: 'boolean' }>;

function parse(argv: string[], options: Options): { values: Record<string, unknown>; positionals: string[] } | { error: string } {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options });
    if (values.layout !== undefined && values.layout !== 'beside' && values.layout !== 'workspace') return { error: `--layout must be beside or workspace, not "${values.layout}"` };
    return { values, positionals };
  } catch (e) {
    return { error: `${(e as Error).message}\n${EXPORT_USAGE}` };
  }
}

function fail(message: string): number {
  process.stderr.write(`newslens: ${message}\n`);
  return 2;
}
