// A date word inside a name found by a lexicon or a rule is part of the name, not a date
// (server/src/analysis/dates/index.ts `outsideNames`): sentences written for these tests.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article';
import { findDateExpressions, outsideNames } from '../../server/src/analysis/dates/index';
import { notModelAlone } from '../../server/src/analysis/entities/dateCrossings';
import type { EntityMention } from '../../server/src/analysis/types';
import { loadSegmenter } from '../helpers/segmenter';

const segment = loadSegmenter();

/** [text, the dates wanted (text of each, in order)] through the whole analysis (segmenter, rules, lexicons; no model). */
const CASES: [string, string[]][] = [
  // an outlet's name (`南方周末`, `今日俄罗斯`) holds no weekend and no today
  ['据南方周末报道，这家门店周末未开门。', ['周末']],
  ['据“今日俄罗斯”报道，会谈于今日举行。', ['今日']],
  // … nor a body's (`光明日报社`)
  ['2017年6月，他出任光明日报社总编辑。', ['2017年6月']],
];

for (const [text, want] of CASES) {
  test(`dates in names: ${text}`, () => {
    const a = analyzeArticle(text, { segment, publicationDate: '2024-02-20' });
    assert.deepEqual(a.dates.map((d) => d.text), want);
  });
}

/** A span of the model alone may have run over a real date (`周四大涨` read `周四大`): the date stays. */
test('dates in names: not inside a span of the model alone', () => {
  const text = '周四大涨超6%的特斯拉盘初转跌。';
  const exprs = findDateExpressions(text);
  const model: EntityMention[] = [{ start: 0, end: 3, text: '周四大', type: 'organization', rule: 'model' }];
  const rule: EntityMention[] = [{ start: 0, end: 3, text: '周四大', type: 'organization', rule: 'lexicon-outlet' }];
  assert.deepEqual(outsideNames(exprs, model, notModelAlone).map((e) => e.text), ['周四']);
  assert.deepEqual(outsideNames(exprs, rule, notModelAlone).map((e) => e.text), []);
  // the same array when nothing is inside a name
  assert.equal(outsideNames(exprs, [], notModelAlone), exprs);
});
