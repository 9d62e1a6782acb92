import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findIdfPlaceholder } from '../../server/src/node/segmenter';
import { projectRoot } from '../helpers/root';

test('the segmenter finds its one-line IDF table, a valid one (nodejieba asserts a positive average)', () => {
  const file = findIdfPlaceholder();
  assert.equal(file, path.join(projectRoot(), 'server', 'resources', 'idf-placeholder.utf8'));
  const lines = fs.readFileSync(file!, 'utf8').split('\n').filter(Boolean);
  assert.equal(lines.length, 1);
  const [word, idf, ...rest] = lines[0].split(' ');
  assert.ok(word && Number(idf) > 0 && rest.length === 0, lines[0]);
});

test('tag gives the same tokens with the placeholder IDF table as with nodejieba\'s own', () => {
  const seeds = path.join(projectRoot(), 'seeds');
  const seed = path.join(seeds, fs.readdirSync(seeds).find((f) => /\.(md|txt)$/.test(f))!);
  const script = `
    const j = require(process.argv[1]); const text = require('fs').readFileSync(process.argv[3], 'utf8');
    j.load(); const own = JSON.stringify(j.tag(text));
    j.load({ idfDict: process.argv[2] }); const lean = JSON.stringify(j.tag(text));
    process.stdout.write(own === lean && own.length > 1000 ? 'same' : 'different');`;
  const r = spawnSync(process.execPath, ['-e', script, require.resolve('nodejieba'), findIdfPlaceholder()!, seed], { encoding: 'utf8' });
  assert.equal(r.stdout, 'same', r.stderr);
});
