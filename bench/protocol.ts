// Speed as a user of the editor and of the CLI feels it: protocol round trips through a real client
// over stdio, cold start, peak memory and batch throughput, each beside a baseline from the same run.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, DocumentDiagnosticRequest, DocumentSymbolRequest, ExecuteCommandRequest, HoverRequest, type CodeAction } from 'vscode-languageserver-protocol';
import { startClient, open, change, type TestClient } from '../test/protocol/lspClient';
import { projectRoot } from '../test/helpers/root';

type Row = [string, string, string];
const root = projectRoot();
const corpusDir = path.resolve(root, '../shared/corpus');
const CLI = path.join(root, 'dist/cli.js');

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** A ~1 MB (UTF-8) article: corpus paragraphs in order, under one title. */
export function buildLargeArticle(targetBytes = 1_000_000): string {
  const parts = ['# 大文档基准\n'];
  let bytes = 0;
  const files = fs.readdirSync(corpusDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
  for (const f of files) {
    for (const line of fs.readFileSync(path.join(corpusDir, f), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#') || line.startsWith('![')) continue;
      parts.push(line);
      bytes += Buffer.byteLength(line) + 2;
      if (bytes >= targetBytes) return parts.join('\n\n');
    }
  }
  return parts.join('\n\n');
}

/**
 * The LSP position of `offset`, found without copying or splitting the text: the harness's own garbage
 * (thousands of line strings per request on the 1 MB article) would set off collections in the client
 * process while it reads a response, and be measured as the server's time.
 */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

async function roundTrips(client: TestClient, name: string, text: string, uri: string, runs: number): Promise<Row[]> {
  await open(client, uri, text);
  await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  const hover: number[] = [];
  const symbols: number[] = [];
  const diag: number[] = [];
  // like the edits below, 10 unmeasured requests first: the very first hover after start is cold (JIT, ~15–25 ms)
  for (let i = 0; i < 10; i++) {
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionAt(text, Math.floor((i / 10) * text.length)) });
    await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }
  for (let i = 0; i < runs; i++) {
    const position = positionAt(text, Math.floor(((i * 7919) % runs) / runs * (text.length - 1)));
    let t = now();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    hover.push(now() - t);
    if (i % 5 === 0) {
      t = now();
      await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      symbols.push(now() - t);
    }
  }
  // One-character edits typed into paragraphs across the document, each followed by a diagnostics pull
  // that sends the id of the last report, as VS Code does.
  let version = 2;
  let current = text;
  let resultId: string | undefined;
  let unchanged = 0;
  const edits = Math.min(runs, 200);
  // the first WARM edits (not measured) let the JIT compile the edit path
  const WARM = 10;
  for (let i = -WARM; i < edits; i++) {
    const at = current.indexOf('。', Math.floor((((i + WARM) * 7) % edits / edits) * current.length));
    const offset = at < 0 ? 0 : at;
    const pos = positionAt(current, offset);
    const t = now();
    await change(client, uri, version++, { start: pos, end: pos }, '的');
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: resultId });
    if (i >= 0) {
      diag.push(now() - t);
      if (report.kind === 'unchanged') unchanged++;
    }
    resultId = report.resultId;
    current = current.slice(0, offset) + '的' + current.slice(offset);
  }
  const f = (xs: number[]) => `${pct(xs, 50).toFixed(2)} / ${pct(xs, 99).toFixed(2)} ms`;
  return [
    [`${name}: hover p50 / p99`, f(hover), `${hover.length} requests`],
    [`${name}: documentSymbol p50 / p99`, f(symbols), `${symbols.length} requests`],
    [`${name}: diagnostics after 1-char edit p50 / p99`, f(diag), `${diag.length} edits, ${unchanged} answered unchanged`],
  ];
}

/** Peak RSS (VmHWM, MB) of a process, read from /proc before it exits. */
function peakRss(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** nodejieba's load as NewsLens does it: without the keyword extractor's IDF table (`node/segmenter.ts`). */
const LEAN_LOAD = `require(process.argv[1]).load({ idfDict: ${JSON.stringify(path.join(root, 'server/resources/idf-placeholder.utf8'))} })`;

async function coldStart(seed: string): Promise<Row[]> {
  const bare: number[] = [];
  const lean: number[] = [];
  const server: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t = now();
    spawnSync(process.execPath, ['-e', "require(process.argv[1]).load()", require.resolve('nodejieba')]);
    bare.push(now() - t);
    t = now();
    spawnSync(process.execPath, ['-e', LEAN_LOAD, require.resolve('nodejieba')]);
    lean.push(now() - t);
    t = now();
    const c = await startClient();
    const uri = 'untitled:cold.txt';
    await open(c, uri, seed);
    await c.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    server.push(now() - t);
    await c.close();
  }
  const b = pct(bare, 50);
  const l = pct(lean, 50);
  const s = pct(server, 50);
  return [
    ['cold start: bare nodejieba process (spawn → loaded → exit)', `${b.toFixed(0)} ms`, 'baseline'],
    ['cold start: bare nodejieba without the IDF table, as NewsLens loads it', `${l.toFixed(0)} ms`, `${(l / b).toFixed(2)} × bare`],
    ['cold start: server spawn → first diagnostics (seed)', `${s.toFixed(0)} ms`, `ratio ${(s / b).toFixed(2)} × bare, ${(s / l).toFixed(2)} × the same load`],
  ];
}

function bareRss(load = 'require(process.argv[1]).load()'): number {
  const r = spawnSync(process.execPath, ['-e', `${load}; process.stdout.write(require('fs').readFileSync('/proc/self/status','utf8'))`, require.resolve('nodejieba')], { encoding: 'utf8' });
  const m = /VmHWM:\s+(\d+) kB/.exec(r.stdout);
  return m ? Number(m[1]) / 1024 : NaN;
}

function batch(workers: number): number {
  const t = now();
  const r = spawnSync(process.execPath, [CLI, 'analyze', '--workers', String(workers), corpusDir], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  if (r.status !== 0 && r.status !== 2) throw new Error(`batch failed: ${r.stderr}`);
  return now() - t;
}

/**
 * Raw nodejieba `tag` over the corpus on `n` threads at once (each thread loads its own segmenter and
 * tags every n-th file), timed from the moment all are loaded: how far the segmenter alone scales here.
 */
async function rawTagThreads(n: number): Promise<number> {
  const { Worker } = await import('node:worker_threads');
  const files = fs.readdirSync(corpusDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(corpusDir, f));
  const code = `const { parentPort, workerData } = require('node:worker_threads'); const fs = require('node:fs');
    const j = require(workerData.jieba); j.load(); const texts = workerData.files.map((f) => fs.readFileSync(f, 'utf8'));
    parentPort.postMessage('ready'); parentPort.once('message', () => { const t = Date.now(); for (const x of texts) j.tag(x); parentPort.postMessage(Date.now() - t); });`;
  const workers = Array.from({ length: n }, (_, i) => new Worker(code, { eval: true, workerData: { jieba: require.resolve('nodejieba'), files: files.filter((_f, k) => k % n === i) } }));
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  const t = now();
  await Promise.all(workers.map((w) => new Promise((resolve) => { w.once('message', resolve); w.postMessage('go'); })));
  const ms = now() - t;
  await Promise.all(workers.map((w) => w.terminate()));
  return ms;
}

/** `n` independent single-worker CLI processes, each over a share of the corpus folders (no shared process). */
async function independentProcesses(n: number): Promise<number> {
  const days = fs.readdirSync(corpusDir, { recursive: true, encoding: 'utf8' }).filter((d) => /^\d{4}[\\/]\d{2}[\\/]\d{2}$/.test(d)).map((d) => path.join(corpusDir, d));
  const shares = Array.from({ length: n }, (_, i) => days.filter((_d, j) => j % n === i));
  const t = now();
  await Promise.all(shares.map((dirs) => new Promise((resolve) => spawn(process.execPath, [CLI, 'analyze', '--workers', '1', ...dirs], { stdio: 'ignore' }).on('exit', resolve))));
  return now() - t;
}

/** Code action → its command (a verdict) → the diagnostics pull that shows it, on a copy of the seed. */
async function verdictRoundTrip(seed: string, runs: number): Promise<Row> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-bench-'));
  const file = path.join(dir, 'seed.txt');
  fs.writeFileSync(file, seed);
  const uri = pathToFileURL(file).toString();
  const client = await startClient({}, dir);
  const times: number[] = [];
  try {
    await open(client, uri, seed);
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    const lines = seed.split('\n');
    for (let i = 0; i < runs; i++) {
      const line = lines.findIndex((l, j) => j >= (i * 3) % lines.length && l.length > 20);
      const range = { start: { line, character: 2 }, end: { line, character: 10 } };
      const t = now();
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [] } })) as CodeAction[];
      const verdict = actions.find((a) => a.title.includes('False'))!;
      await client.connection.sendRequest(ExecuteCommandRequest.type, verdict.command!);
      const d = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      times.push(now() - t);
      if (!('items' in d) || !d.items.some((x) => x.code === 'factcheck.false')) throw new Error('the verdict did not show as a diagnostic');
    }
  } finally {
    await client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return ['seed: code action → verdict → its diagnostic p50 / p99', `${pct(times, 50).toFixed(2)} / ${pct(times, 99).toFixed(2)} ms`, `${runs} verdicts, sidecar written each time`];
}

/** All protocol-level, memory and batch rows of the benchmark. */
export async function runProtocolBench(quick: boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const seedPath = path.join(root, 'seeds/000_6e34d8bb3fe969e6.txt');
  const seed = fs.readFileSync(seedPath, 'utf8');
  const client = await startClient();
  rows.push(...(await roundTrips(client, 'seed (5 KB)', seed, pathToFileURL(seedPath).toString(), quick ? 50 : 300)));
  if (fs.existsSync(corpusDir)) {
    const big = buildLargeArticle();
    rows.push(...(await roundTrips(client, `1 MB article (${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB)`, big, 'untitled:large.txt', quick ? 30 : 200)));
  }
  const serverRss = peakRss(client.process.pid!);
  await client.close();
  const bare = bareRss();
  rows.push(['peak RSS: bare process loading nodejieba', `${bare.toFixed(0)} MB`, 'baseline']);
  const lean = bareRss(LEAN_LOAD);
  rows.push(['peak RSS: bare process loading nodejieba without the IDF table', `${lean.toFixed(0)} MB`, `${(lean - bare).toFixed(0)} MB vs bare`]);
  rows.push(['peak RSS: server after the runs above', `${serverRss.toFixed(0)} MB`, `+${(serverRss - bare).toFixed(0)} MB over bare, +${(serverRss - lean).toFixed(0)} MB over the same load`]);
  rows.push(await verdictRoundTrip(seed, quick ? 10 : 40));
  rows.push(...(await coldStart(seed)));
  if (fs.existsSync(corpusDir) && !quick) {
    const one = batch(1);
    const cores = os.availableParallelism();
    const all = batch(cores);
    rows.push([`batch: corpus with 1 worker`, `${(one / 1000).toFixed(1)} s`, 'baseline']);
    rows.push([`batch: corpus with ${cores} workers`, `${(all / 1000).toFixed(1)} s`, `speed-up ${(one / all).toFixed(2)} ×`]);
    const separate = await independentProcesses(cores);
    rows.push([`batch: ${cores} independent processes`, `${(separate / 1000).toFixed(1)} s`, `speed-up ${(one / separate).toFixed(2)} ×`]);
    const tag1 = await rawTagThreads(1);
    const tagN = await rawTagThreads(cores);
    rows.push([`raw nodejieba tag over the corpus, 1 / ${cores} threads`, `${(tag1 / 1000).toFixed(2)} / ${(tagN / 1000).toFixed(2)} s`, `speed-up ${(tag1 / tagN).toFixed(2)} × (the segmenter alone)`]);
  }


  return rows;
}
