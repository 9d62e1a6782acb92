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
  assert.deepEqual(Object.keys(out), ['file', 'publicationDate', 'entities', 'dates', 'quotes', 'claims', 'diagnostics']);
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
  assert.ok(out.claims.length > 0);
  for (const c of out.claims) {
    assert.deepEqual(Object.keys(c), ['text', 'start', 'end', 'kinds', 'numbers', 'score']);
    assert.equal(text.slice(c.start, c.end), c.text);
    for (const n of c.numbers) assert.deepEqual(Object.keys(n), ['text', 'value', 'unit']);
  }
});

test('analyze --format json: a claim\'s numbers are plain normalised values', () => {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'a.md'), '据统计，今年过火面积达4.3万公顷，比去年多两成。');
  const r = run(['analyze', '--format', 'json', path.join(dir, 'a.md')]);
  assert.equal(r.status, 0, r.stderr);
  const [claim] = JSON.parse(r.stdout).claims;
  assert.deepEqual(claim.kinds, ['statistic', 'comparison', 'attributed']);
  assert.deepEqual(claim.numbers, [{ text: '4.3万公顷', value: 43000, unit: '公顷' }, { text: '两成', value: 20, unit: '%' }]);
});

test('analyze --format json: a finding that points at another place carries it as related', () => {
  const dir = tmp();
  const text = '# 智利山火已致51死\n\n据通报，山火已造成46人死亡。';
  fs.writeFileSync(path.join(dir, 'a.md'), text);
  const r = run(['analyze', '--format', 'json', path.join(dir, 'a.md')]);
  assert.equal(r.status, 0, r.stderr);
  const d = JSON.parse(r.stdout).diagnostics.find((x: { code: string }) => x.code === 'consistency.number-mismatch');
  assert.equal(text.slice(d.start, d.end), '51死');
  assert.deepEqual(d.related.map((x: { start: number; end: number }) => text.slice(x.start, x.end)), ['46人']);
  assert.ok(d.related[0].message);
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

test('a date and a quote a soft wrap cuts: the JSON writes them as the file does, the text report on one line', () => {
  const dir = tmp();
  const file = path.join(dir, 'a.md');
  fs.writeFileSync(file, '# 出口\n\n海关总署公开数据显示，2023\n年全年出口增长，分析师周海涛表示：“这个数字\n超出了预期。”\n');
  const json = JSON.parse(run(['analyze', '--format', 'json', file]).stdout);
  assert.deepEqual(json.dates.map((d: { text: string }) => d.text), ['2023\n年']);
  assert.deepEqual(json.quotes.map((q: { text: string; speaker: string }) => [q.text, q.speaker]), [['这个数字\n超出了预期。', '周海涛']]);
  const text = run(['analyze', '--format', 'text', file]).stdout;
  assert.match(text, /^ {2}2023年 → 2023$/m);
  assert.match(text, /^ {2}\[speech\] “这个数字超出了预期。” — 周海涛$/m);
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

// Each case: the arguments (built in a fresh folder holding good.txt), the exit status, what stderr
// must say, and how many analyzed files stdout holds.
const GOOD = '北京今天很冷。';
const messageCases: { name: string; args: (dir: string) => string[]; status: number; stderr: RegExp; analyzed: number }[] = [
  { name: 'a symlink loop given directly', args: (d) => (fs.symlinkSync('loop.txt', path.join(d, 'loop.txt')), [path.join(d, 'loop.txt')]), status: 2, stderr: /loop\.txt: too many levels of symbolic links/, analyzed: 0 },
  { name: 'a two-link symlink loop', args: (d) => (fs.symlinkSync('b', path.join(d, 'a.txt')), fs.symlinkSync('a.txt', path.join(d, 'b')), [path.join(d, 'a.txt')]), status: 2, stderr: /a\.txt: too many levels of symbolic links/, analyzed: 0 },
  { name: 'UTF-16 LE with BOM', args: (d) => [write(d, 'le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]))], status: 2, stderr: /le\.txt: UTF-16 text \(byte order mark FF FE\); save it as UTF-8/, analyzed: 0 },
  { name: 'UTF-16 BE with BOM', args: (d) => [write(d, 'be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD, 'utf16le').swap16()]))], status: 2, stderr: /be\.txt: UTF-16 text \(byte order mark FE FF\); save it as UTF-8/, analyzed: 0 },
  { name: 'a missing path beside a good file', args: (d) => [path.join(d, 'nope.txt'), path.join(d, 'good.txt')], status: 2, stderr: /nope\.txt: no such file or directory/, analyzed: 1 },
  { name: 'a missing path beside a good file, one worker', args: (d) => ['--workers', '1', path.join(d, 'good.txt'), path.join(d, 'nope.txt')], status: 2, stderr: /nope\.txt: no such file or directory/, analyzed: 1 },
  { name: 'a UTF-8 BOM is text', args: (d) => [write(d, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]))], status: 0, stderr: /^$/, analyzed: 1 },
  { name: 'month 13', args: (d) => ['--publication-date', '2024-13-45', path.join(d, 'good.txt')], status: 2, stderr: /--publication-date 2024-13-45 is not a calendar date/, analyzed: 0 },
  { name: '29 February of a common year', args: (d) => ['--publication-date', '2023-02-29', path.join(d, 'good.txt')], status: 2, stderr: /--publication-date 2023-02-29 is not a calendar date/, analyzed: 0 },
  { name: '29 February of a leap year', args: (d) => ['--publication-date', '2024-02-29', path.join(d, 'good.txt')], status: 0, stderr: /^$/, analyzed: 1 },
  { name: '--lang fr', args: (d) => ['--lang', 'fr', path.join(d, 'good.txt')], status: 2, stderr: /--lang must be zh or en, not "fr"/, analyzed: 0 },
  { name: '--lang zh', args: (d) => ['--lang', 'zh', path.join(d, 'good.txt')], status: 0, stderr: /^$/, analyzed: 1 },
  { name: '--lexicon of a missing file', args: (d) => ['--lexicon', '/nonexistent', path.join(d, 'good.txt')], status: 2, stderr: /--lexicon \/nonexistent: no such file or directory/, analyzed: 0 },
  { name: '--lexicon of a folder', args: (d) => ['--lexicon', d, path.join(d, 'good.txt')], status: 2, stderr: /--lexicon .*: is a directory/, analyzed: 0 },
];
const write = (dir: string, name: string, bytes: Buffer) => (fs.writeFileSync(path.join(dir, name), bytes), path.join(dir, name));
for (const c of messageCases) {
  test(`messages: ${c.name} → exit ${c.status}`, () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
    const r = run(['analyze', ...c.args(dir)]);
    assert.equal(r.status, c.status, r.stderr);
    assert.match(r.stderr, c.stderr);
    assert.doesNotMatch(r.stderr, /\bat .*\.js:\d+/);
    assert.equal(r.stdout.split('\n').filter(Boolean).length, c.analyzed);
  });
}

test('export refuses a date that is not on the calendar', () => {
  const r = run(['export', '--format', 'csv', '--publication-date', '2024-02-30', SEED]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--publication-date 2024-02-30 is not a calendar date/);
});

test('--version, -V and version print the version of package.json and exit 0', () => {
  const { version } = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
  for (const flag of ['--version', '-V', 'version']) {
    const r = run([flag]);
    assert.equal(r.status, 0, `${flag}: ${r.stderr}`);
    assert.equal(r.stdout, `newslens ${version}\n`, flag);
  }
});

// The probe says on stderr when nodejieba is required: unusable files must be refused without it.
const PROBE = path.resolve(__dirname, 'segmenterProbe.cjs');
const probed = (args: string[]) => spawnSync(process.execPath, ['--require', PROBE, CLI, ...args], { encoding: 'utf8', cwd: os.tmpdir(), env: { ...process.env, LANG: 'C' } });
const segmenterCases: { name: string; files: Record<string, Buffer | string>; args: string[]; status: number; loads: boolean }[] = [
  { name: 'binary, one worker', files: { 'x.txt': Buffer.from([0x89, 0x50, 0, 1]) }, args: ['--workers', '1'], status: 2, loads: false },
  { name: 'non-UTF-8 and UTF-16, two workers', files: { 'a.txt': Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), 'b.txt': Buffer.from([0xff, 0xfe, 0x41, 0]) }, args: ['--workers', '2'], status: 2, loads: false },
  { name: 'a good file, one worker (the probe works)', files: { 'g.txt': GOOD }, args: ['--workers', '1'], status: 0, loads: true },
  { name: 'a good file among bad ones, two workers', files: { 'a.txt': Buffer.from([0, 1]), 'g.txt': GOOD }, args: ['--workers', '2'], status: 2, loads: true },
];
for (const c of segmenterCases) {
  test(`the segmenter is loaded only for text: ${c.name}`, () => {
    const dir = tmp();
    for (const [name, content] of Object.entries(c.files)) fs.writeFileSync(path.join(dir, name), content);
    const r = probed(['check', ...c.args, dir]);
    assert.equal(r.status, c.status, r.stderr);
    assert.equal(/probe: nodejieba loaded/.test(r.stderr), c.loads, r.stderr);
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
