// A model span a date crosses is cut back to what lies outside the date, or dropped
// (server/src/analysis/entities/dateCrossings.ts): sentences written for these tests, table-driven.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { trimAtDates } from '../../server/src/analysis/entities/dateCrossings';
import { findDateExpressions } from '../../server/src/analysis/dates/index';
import { tokenize } from '../../server/src/analysis/tokens';
import type { EntityMention, EntityType } from '../../server/src/analysis/types';
import { loadSegmenter } from '../helpers/segmenter';

const segment = loadSegmenter();

/** [text, the mention as the model read it (`text/type`, or `text/type/rule`), what is left (`text/type`, or nothing)] */
const CASES: [string, string, string | null][] = [
  // a date after the name (`日前`), or before it (`本周五`, `此前`, `去年12月`): what lies outside it
  ['司长袁达日前介绍，要加快推进。', '袁达日/person', '袁达/person'],
  ['本周五伯克希尔股价创新高。', '五伯克希尔/organization', '伯克希尔/organization'],
  ['此前卫健局也召开过会议。', '前卫健局/organization', '卫健局/organization'],
  ['同去年12月联储公布的预期一致。', '月联储/organization', '联储/organization'],
  // a date inside the span: what lies before it
  ['妖股SoundHound AI周二再涨19%。', 'SoundHound AI周二再/organization', 'SoundHound AI/organization'],
  // nothing that is a name outside the date: dropped
  ['七大科技股全线收跌。周四大涨超6%。', '周四大/organization', null],
  // a person the date opens, or whose surname alone lies before it, stays as read
  ['周一鸣表示，项目进展顺利。', '周一鸣/person', '周一鸣/person'],
  ['网红博主徐八月发布的视频。', '徐八月/person', '徐八月/person'],
  // a span a rule found is not the model's: it stays
  ['本周五伯克希尔股价创新高。', '五伯克希尔/organization/lexicon-company', '五伯克希尔/organization'],
];

for (const [text, read, want] of CASES) {
  test(`date crossings: ${read} in ${text}`, () => {
    const [word, type, rule] = read.split('/');
    const start = text.indexOf(word);
    const m: EntityMention = { start, end: start + word.length, text: word, type: type as EntityType, rule: rule ?? 'model' };
    const got = trimAtDates(text, [m], findDateExpressions(text), tokenize(text, segment));
    assert.deepEqual(got.map((x) => `${x.text}/${x.type}`), want ? [want] : []);
    for (const x of got) assert.equal(text.slice(x.start, x.end), x.text);
  });
}

test('date crossings: the same array when no date crosses a mention', () => {
  const text = '伯克希尔股价本周五创新高。';
  const ms: EntityMention[] = [{ start: 0, end: 4, text: '伯克希尔', type: 'organization', rule: 'model' }];
  assert.equal(trimAtDates(text, ms, findDateExpressions(text), tokenize(text, segment)), ms);
});
