// Golden files: each fixture's full JSON report is compared with test/fixtures/<name>.analysis.json.
// Regenerate with UPDATE_GOLDEN=1 npm test, then review the diff like code.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article';
import { toJsonReport } from '../../server/src/common/jsonReport';
import { applySeverities } from '../../server/src/common/severities';
import { loadSegmenter } from '../helpers/segmenter';

const dir = path.resolve(__dirname, '../fixtures');
const segment = loadSegmenter();

for (const name of fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f))) {
  test(`golden: ${name}`, () => {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const a = analyzeArticle(text, { segment });
    const report = toJsonReport(name, a, 'en', applySeverities(a.findings));
    for (const item of [...report.entities, ...report.dates, ...report.diagnostics]) {
      assert.ok(item.start >= 0 && item.end <= text.length && item.start <= item.end);
    }
    for (const e of report.entities) assert.equal(text.slice(e.start, e.end), e.text);
    for (const d of report.dates) assert.equal(text.slice(d.start, d.end), d.text);
    for (const c of report.claims) assert.equal(text.slice(c.start, c.end), c.text);
    for (const n of report.claims.flatMap((c) => c.numbers)) assert.ok(Number.isFinite(n.value) && report.claims.some((c) => c.text.includes(n.text)));
    for (const q of report.quotes) assert.ok(text.slice(q.start, q.end).includes(q.text));
    const goldenPath = path.join(dir, name.replace(/\.(txt|md)$/, '.analysis.json'));
    const actual = `${JSON.stringify(report, null, 1)}\n`;
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(goldenPath, actual);
    assert.ok(fs.existsSync(goldenPath), `no golden file ${goldenPath}: run UPDATE_GOLDEN=1 npm test`);
    assert.equal(actual, fs.readFileSync(goldenPath, 'utf8'));
  });
}
