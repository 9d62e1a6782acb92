// The built CLI (dist/cli.js) as a user runs it: output shapes, exit codes, bad input.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const SEED = path.resolve(__dirname, '../../seeds/000_6e34d8bb3fe969e6.txt');
const run = (args: string[], cwd = os.tmpdir()) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, env: { ...process.env, LANG: 'C' } });
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cli-'));

test('analyze --format json prints exactly one documented object for one file', () => {
  const r = run(['analyze', '--format', 'json', SEED]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const out = JSON.parse(lines[0]);
  assert.deepEqual(Object.keys(out), ['file', 'publicationDate', 'entities', 'dates', 'quotes', 'diagnostics']);
  assert.deepEqual(out.publicationDate, { value: '2024-04-17', source: 'image-url' });
  const text = fs.readFileSync(SEED, 'utf8');
  for (const e of out.entities) {
    assert.deepEqual(Object.keys(e), ['text', 'type', 'start', 'end', 'entity']);
    assert.ok(['person', 'place', 'organization'].includes(e.type));
    assert.equal(text.slice(e.start, e.end), e.text);
  }
  for (const d of out.dates) assert.equal(text.slice(d.start, d.end), d.text);
  for (const q of out.quotes) assert.equal(text.slice(q.start + 1, q.end - 1), q.text, 'quote text is what is inside the marks');
  for (const d of out.diagnostics) assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'start', 'end']);
});

test('analyze over a folder prints one object per line, files in sorted order', () => {
  const dir = tmp();
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'b.md'), '北京今天很冷。');
  fs.writeFileSync(path.join(dir, 'sub', 'a.txt'), '上海今天很热。');
  fs.writeFileSync(path.join(dir, 'ignored.json'), '{}');
  const r = run(['analyze', dir]);
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.trim().split('\n').map((l) => path.basename(JSON.parse(l).file));
  assert.deepEqual(files, ['b.md', 'a.txt']);
});

test('analyze --format text is a readable report', () => {
  const r = run(['analyze', '--format', 'text', SEED]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Publication date: 2024-04-17 \(from image-url\)/);
  assert.match(r.stdout, /People 人物 \(\d+\):/);
  assert.match(r.stdout, /Dates 时间 \(\d+\):/);
});

test('check prints file:line:col lines and exits 1 on an error-severity finding', () => {
  const dir = tmp();
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, '第一行。\r\n他说：“没有结尾。\r\n');
  const r = run(['check', file]);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:4 error quote\\.unbalanced `, 'm'));
  const clean = path.join(dir, 'b.txt');
  fs.writeFileSync(clean, '北京今天很冷。');
  assert.equal(run(['check', clean]).status, 0);
});

const badInputs: { name: string; setup: (dir: string) => string[]; message: RegExp }[] = [
  { name: 'missing path', setup: (d) => [path.join(d, 'nope.txt')], message: /no such file or directory/ },
  { name: 'folder without articles', setup: (d) => [d], message: /no \.txt or \.md articles/ },
  { name: 'binary file', setup: (d) => (fs.writeFileSync(path.join(d, 'x.txt'), Buffer.from([0x89, 0x50, 0, 1])), [path.join(d, 'x.txt')]), message: /binary file/ },
  { name: 'invalid UTF-8', setup: (d) => (fs.writeFileSync(path.join(d, 'x.txt'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3])), [path.join(d, 'x.txt')]), message: /not valid UTF-8/ },
];
for (const c of badInputs) {
  test(`bad input: ${c.name} gives a clear message and exit 2, no stack trace`, () => {
    const r = run(['analyze', ...c.setup(tmp())]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, c.message);
    assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/);
  });
}

test('an unreadable file among good ones: the good ones are still analyzed, exit 2', { skip: process.getuid?.() === 0 && 'root can read any file' }, () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'a.txt'), '北京。');
  fs.writeFileSync(path.join(dir, 'b.txt'), '上海。');
  fs.chmodSync(path.join(dir, 'a.txt'), 0);
  const r = run(['analyze', dir]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout.trim().split('\n').length, 1);
});

test('usage errors: no command, unknown command, bad --format, bad --publication-date', () => {
  assert.equal(run([]).status, 2);
  assert.match(run(['frobnicate', SEED]).stderr, /unknown command "frobnicate"/);
  assert.match(run(['analyze', '--format', 'xml', SEED]).stderr, /--format must be json or text/);
  assert.match(run(['analyze', '--publication-date', 'yesterday', SEED]).stderr, /--publication-date must look like/);
  assert.equal(run(['--help']).status, 0);
});

test('--publication-date resolves relative dates of an undated article', () => {
  const dir = tmp();
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, '他去年12月就任。');
  const out = JSON.parse(run(['analyze', '--publication-date', '2024-04-17', file]).stdout);
  assert.deepEqual(out.publicationDate, { value: '2024-04-17', source: 'setting' });
});

test('a workspace lexicon is read; a bad line is reported with its number and skipped', () => {
  const dir = tmp();
  fs.mkdirSync(path.join(dir, '.newslens'));
  fs.writeFileSync(path.join(dir, '.newslens', 'lexicon.txt'), '# corrections\n新华社 organization\n这一行有问题 planet\n');
  fs.writeFileSync(path.join(dir, 'a.txt'), '新华社今天发布消息。');
  const r = run(['analyze', 'a.txt'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /lexicon\.txt:3: .*skipped/);
  const out = JSON.parse(r.stdout);
  assert.ok(out.entities.some((e: { text: string; type: string }) => e.text === '新华社' && e.type === 'organization'));
});
