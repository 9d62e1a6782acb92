/**
 * A company or outlet the lists know ending a body read over what is none of it: the name alone (`京东/东方甄选`,
 * `综合/央视新闻`, `美国政治风险咨询公司/欧亚集团`), not a name written whole (`中央汇金公司`, `申万宏源证券`); and an
 * outlet's byline after a time word opening the sentence (`随后大皖新闻记者`). Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSegmenter } from '../helpers/segmenter';
import { tokenize } from '../../server/src/analysis/tokens';
import { knownNameAtEnd } from '../../server/src/analysis/entities/modelBodySpans';
import { findMedia } from '../../server/src/analysis/entities/media';

const segment = loadSegmenter();

/** [text, the span read, the name wanted] */
const CASES: [string, string, string][] = [
  ['京东东方甄选官方旗舰店销量大增。', '京东东方甄选', '东方甄选'],
  ['极目新闻综合央视新闻报道。', '综合央视新闻', '央视新闻'],
  ['中央汇金公司增持了银行股。', '中央汇金公司', '中央汇金公司'],
  ['申万宏源证券发布了研报。', '申万宏源证券', '申万宏源证券'],
];

for (const [text, span, want] of CASES) {
  test(`known name at the end: ${span} → ${want}`, () => {
    const start = text.indexOf(span);
    const end = start + span.length;
    assert.equal(text.slice(knownNameAtEnd(text, tokenize(text, segment), start, end), end), want);
  });
}

test('an outlet\'s byline after a time word opening the sentence', () => {
  const names = (text: string) => findMedia(text).map((c) => text.slice(c.start, c.end));
  assert.deepEqual(names('有关部门正在调查。\n\n随后大皖新闻记者又致电当地。'), ['大皖新闻']);
  assert.deepEqual(names('有关部门正在调查。\n\n大皖新闻记者又致电当地。'), ['大皖新闻']);
});
