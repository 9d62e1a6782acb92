// Inputs that made a regular expression backtrack for seconds to hours (found by an audit of every pattern under
// server/src/analysis with a ReDoS checker, twenty-ninth round): each is read in linear time now, with the same
// results on the corpus as before (its JSON output unchanged). A test here that never finishes is a regression.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBlocks } from '../../server/src/analysis/structure';
import { findLatinNames } from '../../server/src/analysis/entities/latinNames';
import { isProduct } from '../../server/src/analysis/entities/products';
import { analyzeArticle } from '../../server/src/analysis/article';
import { loadSegmenter } from '../helpers/segmenter';

test('a heading line of spaces run on by a soft wrap (structure.ts mdHeading; 4,000 characters took 14 s)', () => {
  const text = `#${' '.repeat(3000)}a${' '.repeat(3000)}\nb\n\n正文。`;
  const a = analyzeArticle(text, { segment: loadSegmenter() });
  assert.ok(a.blocks.length >= 2);
  // headings read as before
  const plain = '# 标题 #\n\n## 小标题\n\n正文。';
  assert.deepEqual(findBlocks(plain).map((b) => [b.kind, plain.slice(b.content.start, b.content.end)]), [['title', '标题'], ['heading', '小标题'], ['paragraph', '正文。']]);
});

test('a paragraph of spaces before a later bracket, a quote after it (quotes/wrapped.ts withoutGloss; 4,000 characters took 3.7 s)', () => {
  const text = `# 标题\n\n他在会上${'\u3000'.repeat(1990)}（${' '.repeat(1990)}（记者会上，外交部发言人汪文斌\n表示：“中方欢迎各方参与。”\n`;
  const a = analyzeArticle(text, { segment: loadSegmenter() });
  assert.equal(a.quotes.length, 1);
});

test('Latin words after a title that almost make a name (entities/latinNames.ts GLOSS_WORD; 60-letter words took 7 s)', () => {
  const run = Array.from({ length: 5 }, () => `A${'a'.repeat(400)}`).join(' ');
  assert.deepEqual(findLatinNames(`首席执行官${run}表示`).filter((c) => c.type === 'person'), []);
  // names read as before
  assert.deepEqual(findLatinNames('首席执行官Kathaleen St. J. McCormick表示').map((c) => c.type), ['person']);
});

test('a product name with a long run of digits (entities/products.ts PRODUCT; 24 digits took a second, 28 did not finish)', () => {
  assert.equal(isProduct(`GPT-${'4'.repeat(1000)}公司`), false);
  assert.equal(isProduct(`Mac${'M3'.repeat(1000)}公司`), false);
  for (const p of ['iPhone 15 Pro Max', 'iPhone SE', 'GPT-4o', 'GPT-3.5 Turbo', 'Gemini 1.5 Pro', 'Mac M3']) assert.equal(isProduct(p), true, p);
  assert.equal(isProduct('OpenAI'), false);
});
