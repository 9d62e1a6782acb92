import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dateStarts } from '../../scripts/buildDateStarts';
import { findDateExpressions } from '../../server/src/analysis/dates/index';

test('the generated match beginnings are those of the current date grammar (else: npm run lexicons)', () => {
  const file = path.resolve(__dirname, '../../server/src/analysis/dates/starts.json');
  assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), dateStarts(), 'server/src/analysis/dates/starts.json is stale: run npm run lexicons');
});

test('the prefilter skips nothing the grammar matches', () => {
  // one expression per kind of beginning: digits, Chinese numerals, relative words, weekdays, seasons
  for (const s of ['2024年3月5日', '三月五日', '去年12月', '周二上午', '今年春天', '上世纪90年代', '3天前', '1月20日至25日', '当天', '次日']) {
    assert.ok(findDateExpressions(`据悉，${s}，会议召开。`).some((d) => d.text.includes(s.slice(0, 2))), s);
  }
});
