/**
 * The claim gold set (test/fixtures/claims/gold) marks sentences by their spans, and its guideline defines a
 * sentence as what the analysis's own splitter returns. When the splitter changes (soft wraps read as spaces
 * joined sentences a line break used to cut), the gold's spans must follow, or `scripts/claimEval.ts` scores
 * the splitter's change as missed and extra claims (it did, unnoticed, from the soft-wrap round to the
 * forty-third). This keeps the two in step.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../server/src/analysis/article';
import { findSentences } from '../../server/src/analysis/sentences';
import { loadSegmenter, loadEntityModel } from '../helpers/segmenter';
import { projectRoot } from '../helpers/root';

const root = projectRoot();
const goldDir = path.join(root, 'test/fixtures/claims/gold');
const evalDir = path.resolve(root, '../shared/eval');

test('claim gold: every gold file has exactly the sentences the analysis splits its article into', () => {
  const tools = { segment: loadSegmenter(), model: loadEntityModel() };
  const off: string[] = [];
  for (const name of fs.readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, name), 'utf8')) as { file: string; sentences: { start: number; end: number }[] };
    const file = path.resolve(evalDir, gold.file);
    const text = fs.readFileSync(file, 'utf8');
    const spans = findSentences(text, analyzeArticle(text, { ...tools, path: file }).blocks).map((s) => `${s.start}-${s.end}`);
    const want = gold.sentences.map((s) => `${s.start}-${s.end}`);
    const missing = spans.filter((s) => !want.includes(s)), stale = want.filter((s) => !spans.includes(s));
    if (missing.length || stale.length) off.push(`${name}: not in the gold ${missing.slice(0, 3).join(' ')}; no sentence now ${stale.slice(0, 3).join(' ')}`);
  }
  assert.deepEqual(off, []);
});
