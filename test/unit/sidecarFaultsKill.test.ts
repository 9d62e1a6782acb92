// Sidecars under faults, across processes: a writer killed (SIGKILL) at random moments leaves the old
// file or the new one, never a part of one; two processes adding annotations to one sidecar at the same
// time lose none. The children run from esbuild bundles of test/helpers/sidecar*Child.ts, so
// each starts fast. A control run of a naive writer shows that the check sees torn files.
import { after, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { createAnnotation, type Annotation } from '../../server/src/analysis/annotations/index';
import { writeFileAtomic } from '../../server/src/node/sidecarFiles';
import { prng } from '../helpers/random';
import { projectRoot } from '../helpers/root';
import { sidecarVersion as versionOfPool, versionOf } from '../helpers/sidecarVersions';

const KILLS = Number(process.env.NEWSLENS_SIDECAR_KILLS ?? 50);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-kill-'));
const bundle = (name: string) => {
  const outfile = path.join(work, `${name}.cjs`);
  buildSync({ entryPoints: [path.join(projectRoot(), 'test', 'helpers', `${name}.ts`)], outfile, bundle: true, platform: 'node', format: 'cjs', external: ['nodejieba'], logLevel: 'error' });
  return outfile;
};
after(() => fs.rmSync(work, { recursive: true, force: true }));
const writer = bundle('sidecarWriterChild');
const annotator = bundle('sidecarAnnotateChild');

const TEXT = '𠮷中国国防部长董军👍16日晚表示：“中美关系。”\r\n第二段，美方重申立场。'.repeat(20);
const pool: Annotation[] = Array.from({ length: 1200 }, (_, i) => {
  const start = (i * 5) % (TEXT.length - 8);
  const id = `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  return createAnnotation(TEXT, { start, end: start + 6 }, { verdict: 'false', note: `第${i}条核查说明`, sources: [`https://example.org/${i}`] }, '核查员', new Date(Date.UTC(2024, 3, 18, 0, 0, i)), { id });
});
const poolFile = path.join(work, 'pool.json');
fs.writeFileSync(poolFile, JSON.stringify(pool));
const sidecarVersion = (n: number) => versionOfPool(pool, n);

function run(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Resolves when the child printed `ready` (its first write is complete), or rejects if it exited first. */
function ready(p: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    p.stdout!.on('data', (d: Buffer) => (d.toString().includes('ready') ? resolve() : undefined));
    p.on('exit', (code) => reject(new Error(`child exited with ${code} before its first write`)));
  });
}

const exited = (p: ChildProcess) => new Promise<void>((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve() : p.on('exit', () => resolve())));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface KillRun {
  whole: number;
  torn: string[];
  /** Kills that left the child's temp file behind: they landed between its creation and the rename. */
  midWrite: number;
}

/** Starts a writer, waits for its first write, kills it 0–25 ms later; `kills` times. Checks the file after each. */
async function killWriters(file: string, mode: 'atomic' | 'naive', kills: number, seed: number, stopAtTorn = false): Promise<KillRun> {
  const random = prng(seed);
  const result: KillRun = { whole: 0, torn: [], midWrite: 0 };
  fs.rmSync(file, { force: true });
  writeFileAtomic(file, sidecarVersion(0));
  for (let k = 0; k < kills; k++) {
    const first = (k + 1) * 100_000;
    const p = run(writer, [poolFile, file, String(first), mode]);
    await ready(p);
    await sleep(random() * 25);
    p.kill('SIGKILL');
    await exited(p);
    const text = fs.readFileSync(file, 'utf8');
    const n = versionOf(text);
    if (n !== null && n >= first && n < first + 100_000 && text === sidecarVersion(n)) result.whole++;
    else result.torn.push(`kill ${k}: ${n === null ? `not a sidecar (${text.length} chars)` : `version ${n} differs from what was written`}`);
    if (fs.readdirSync(path.dirname(file)).some((name) => name.startsWith(`.${path.basename(file)}.${p.pid}.`))) result.midWrite++;
    if (stopAtTorn && result.torn.length) break;
  }
  return result;
}

test(`a sidecar writer killed at ${KILLS} random moments leaves the old or the new file, whole, every time`, async () => {
  const dir = fs.mkdtempSync(path.join(work, 'atomic-'));
  const file = path.join(dir, 'a.txt.annotations.json');
  const r = await killWriters(file, 'atomic', KILLS, 13);
  assert.deepEqual(r.torn, []);
  assert.equal(r.whole, KILLS);
  // Without kills inside a write the test would prove nothing.
  assert.ok(r.midWrite >= KILLS / 10, `only ${r.midWrite} of ${KILLS} kills landed inside a write`);
  process.stdout.write(`# ${KILLS} kills, ${r.midWrite} inside a write (temp file left), ${r.whole} files whole\n`);
  writeFileAtomic(file, sidecarVersion(1));
  assert.deepEqual(fs.readdirSync(dir), [path.basename(file)], 'the next write removes the temp files of the killed writers');
});

test('control: the same kills on a writer that truncates and writes in place do leave a torn file', async () => {
  const dir = fs.mkdtempSync(path.join(work, 'naive-'));
  const r = await killWriters(path.join(dir, 'a.txt.annotations.json'), 'naive', 40, 7, true);
  assert.ok(r.torn.length > 0, `no torn file seen in ${r.whole} kills: the check could not fail`);
});

test('two processes adding annotations to one sidecar at the same time lose none', async () => {
  const dir = fs.mkdtempSync(path.join(work, 'two-'));
  const article = path.join(dir, 'a.txt');
  fs.writeFileSync(article, '中国国防部长董军16日晚表示：“中美关系。”第二段，美方重申立场，𠮷字👍。'.repeat(3));
  const COUNT = 25;
  const outputs = await Promise.all(
    ['A', 'B'].map(
      (tag) =>
        new Promise<{ ids: string[]; failures: string[] }>((resolve, reject) => {
          const p = run(annotator, [article, tag, String(COUNT)]);
          let out = '';
          p.stdout!.on('data', (d: Buffer) => (out += d));
          p.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child ${tag} exited with ${code}`))));
        }),
    ),
  );
  for (const o of outputs) assert.deepEqual(o.failures, []);
  const onDisk = new Set((JSON.parse(fs.readFileSync(`${article}.annotations.json`, 'utf8')).first.items as { id: string }[]).map((a) => a.id));
  assert.equal(onDisk.size, 2 * COUNT);
  for (const o of outputs) {
    assert.equal(o.ids.length, COUNT);
    for (const id of o.ids) assert.ok(onDisk.has(id), `${id} lost`);
  }
  assert.deepEqual(fs.readdirSync(dir).sort(), ['a.txt', 'a.txt.annotations.json']);
});
