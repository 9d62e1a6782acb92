// `newslens index DIR`: the workspace entity index on worker threads, as JSON and CSV; bad input refused.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: os.tmpdir(), env: { ...process.env, LANG: 'C' } });

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nl-cli-index-'));
  fs.writeFileSync(path.join(dir, 'a.md'), '# 古普塔访问新德里\n\n印度总理苏拉布·古普塔12日表示，古普塔将访问新德里。\n');
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), '# 会谈\n\n古普塔说，会谈很顺利。\n');
  return dir;
}

test('index --format json: entities with type, aliases, article count, mentions and files, most articles first', () => {
  const dir = folder();
  const r = run(['index', '--workers', '2', dir]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { articles: number; entities: { name: string; type: string; aliases: string[]; articles: number; mentions: number; files: string[] }[] };
  assert.equal(out.articles, 2);
  const gupta = out.entities[0];
  assert.deepEqual({ ...gupta, files: gupta.files.map((f) => path.relative(dir, f)) }, { name: '苏拉布·古普塔', type: 'person', aliases: ['古普塔'], articles: 2, mentions: 4, files: ['a.md', path.join('sub', 'b.txt')] });
});

test('index --format csv: a header, then one line per entity', () => {
  const r = run(['index', '--format', 'csv', '--workers', '1', folder()]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\r\n');
  assert.equal(lines[0], 'name,type,aliases,articles,mentions');
  assert.equal(lines[1], '苏拉布·古普塔,person,古普塔,2,4');
});

test('index refuses a file, a missing folder and a bad format; an unusable article is reported, the rest indexed', () => {
  const dir = folder();
  assert.match(run(['index', path.join(dir, 'a.md')]).stderr, /not a folder/);
  assert.match(run(['index', path.join(dir, 'nope')]).stderr, /no such file or directory/);
  assert.match(run(['index', '--format', 'xml', dir]).stderr, /--format must be json or csv/);
  fs.writeFileSync(path.join(dir, 'bad.md'), Buffer.from([0xff, 0xfe, 0x41, 0]));
  const r = run(['index', '--workers', '1', dir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /bad\.md: UTF-16/);
  assert.equal(JSON.parse(r.stdout).articles, 2);
});
