// `npm run bench`: NewsLens's speed as ratios against raw nodejieba `tag` measured in the same run.
// No absolute thresholds: machines are noisy, so every number is read against its baseline.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/analysis/article';
import { findDateExpressions, resolveDates } from '../server/src/analysis/dates/index';
import { findBlocks } from '../server/src/analysis/structure';
import { findPublicationDate } from '../server/src/analysis/publicationDate';
import { loadSegmenter } from '../server/src/node/segmenter';
import { entityModelOrNone } from '../server/src/node/entityModel';
import { loadScriptConverter } from '../server/src/node/scriptConverter';
import { runProtocolBench } from './protocol';
import { runWorkspaceBench } from './workspace';
import { projectRoot } from '../test/helpers/root';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';

const root = projectRoot();
const corpusDir = path.resolve(root, '../shared/corpus');
const seedPath = path.join(root, 'seeds/000_6e34d8bb3fe969e6.txt');
const quick = process.argv.includes('--quick');

/** Median wall time (ms) of `f` over `runs` runs after one warm-up. */
function time(f: () => void, runs: number): number {
  f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    f();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)];
}

function listArticles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f));
}

const rows: [string, string, string][] = [];
const row = (what: string, value: string, note = '') => rows.push([what, value, note]);

async function main(): Promise<void> {
  const segment = loadSegmenter();
  // the analysis as the CLI and the server run it: with the entity model and the script converter
  const model = entityModelOrNone();
  const convert = loadScriptConverter();
  const seed = fs.readFileSync(seedPath, 'utf8');
  const bytes = Buffer.byteLength(seed);
  const tagMs = time(() => segment(seed), 50);
  const fullMs = time(() => analyzeArticle(seed, { segment, model, convert, path: seedPath }), 50);
  row('seed: raw nodejieba tag', `${tagMs.toFixed(2)} ms`, `${(bytes / 1e6 / (tagMs / 1000)).toFixed(2)} MB/s`);
  row('seed: full analysis (cold cache)', `${fullMs.toFixed(2)} ms`, `throughput ratio vs tag ${(tagMs / fullMs).toFixed(2)}`);
  const blocks = findBlocks(seed);
  const pub = findPublicationDate(seed, blocks, seedPath);
  const dateMs = time(() => {
    const exprs = blocks.flatMap((b) => findDateExpressions(seed.slice(b.content.start, b.content.end)).map((d) => ({ ...d, start: d.start + b.content.start, end: d.end + b.content.start })));
    resolveDates(seed, exprs, pub);
  }, 200);
  row(`seed: date analysis (${(bytes / 1024).toFixed(1)} KB)`, `${dateMs.toFixed(3)} ms`, `${((dateMs / bytes) * 5 * 1024).toFixed(3)} ms per 5 KB`);

  const files = listArticles(corpusDir).slice(0, quick ? 200 : undefined);
  if (files.length) {
    const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
    const total = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const tagPass = (): number => {
      const t0 = process.hrtime.bigint();
      for (const t of texts) segment(t);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    // the `tag` baseline brackets the analysis (a pass before and one after, averaged), so a machine
    // that slows down or speeds up between the two does not skew the ratio
    const tagBefore = tagPass();
    const t1 = process.hrtime.bigint();
    texts.forEach((t, i) => analyzeArticle(t, { segment, model, convert, path: files[i] }));
    const corpusFull = Number(process.hrtime.bigint() - t1) / 1e6;
    const corpusTag = (tagBefore + tagPass()) / 2;
    row(`corpus (${files.length} files, ${(total / 1e6).toFixed(1)} MB): raw tag`, `${corpusTag.toFixed(0)} ms`, `${(total / 1e6 / (corpusTag / 1000)).toFixed(2)} MB/s`);
    row('corpus: full analysis', `${corpusFull.toFixed(0)} ms`, `${(total / 1e6 / (corpusFull / 1000)).toFixed(2)} MB/s, ratio vs tag ${(corpusTag / corpusFull).toFixed(2)}`);
  } else {
    row('corpus', 'skipped', `${corpusDir} not found`);
  }
  if (files.length && !quick) {
    const one = await warmThreads(files, 1);
    const cores = os.availableParallelism();
    const all = await warmThreads(files, cores);
    row(`corpus: full analysis, warm, 1 / ${cores} threads`, `${(one / 1000).toFixed(2)} / ${(all / 1000).toFixed(2)} s`, `speed-up ${(one / all).toFixed(2)} × (second pass, JIT warm)`);
  }
  if (!process.argv.includes('--no-protocol')) for (const r of protocolRows('--protocol-only')) row(...r);
  if (!process.argv.includes('--no-workspace')) for (const r of protocolRows('--workspace-only')) row(...r);

  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`NewsLens benchmark — ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}`);
  for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value.padStart(12)}  ${note}`);
}

/**
 * The analysis on `n` threads at once, each over every n-th corpus file, timed on a second pass once
 * the JIT has warmed up: how far the analysis itself scales, apart from a CLI run's cold start.
 */
async function warmThreads(files: string[], n: number): Promise<number> {
  const workers = Array.from({ length: n }, (_, i) => new Worker(__filename, { workerData: { files: files.filter((_f, k) => k % n === i) } }));
  const ms = await Promise.all(workers.map((w) => new Promise<number>((resolve, reject) => w.once('message', resolve).once('error', reject))));
  await Promise.all(workers.map((w) => w.terminate()));
  return Math.max(...ms);
}

function warmThreadJob(): void {
  const segment = loadSegmenter();
  // the analysis as the CLI and the server run it: with the entity model and the script converter
  const model = entityModelOrNone();
  const convert = loadScriptConverter();
  const { files } = workerData as { files: string[] };
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  texts.forEach((t, i) => analyzeArticle(t, { segment, model, convert, path: files[i] }));
  const t = process.hrtime.bigint();
  texts.forEach((t, i) => analyzeArticle(t, { segment, model, convert, path: files[i] }));
  parentPort!.postMessage(Number(process.hrtime.bigint() - t) / 1e6);
}

/**
 * The protocol, memory and batch rows, measured from a fresh process: the test client then reads the
 * server's responses with a small heap of its own (as an editor's extension host would), not with the
 * garbage of the in-process rows above, whose collections would land in the round trips.
 */
function protocolRows(which: '--protocol-only' | '--workspace-only'): [string, string, string][] {
  const r = spawnSync(process.execPath, [__filename, which, ...(quick ? ['--quick'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`the protocol benchmark failed (exit ${r.status})`);
  return JSON.parse(r.stdout);
}

if (isMainThread && (process.argv.includes('--protocol-only') || process.argv.includes('--workspace-only'))) {
  (process.argv.includes('--workspace-only') ? runWorkspaceBench(quick) : runProtocolBench(quick)).then(
    (rs) => process.stdout.write(JSON.stringify(rs)),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
} else if (isMainThread) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else warmThreadJob();
