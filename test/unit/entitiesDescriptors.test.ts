import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimDescriptors } from '../../server/src/analysis/entities/descriptors';
import type { EntityMention } from '../../server/src/analysis/types';

const org = (text: string, rule = 'model'): EntityMention => ({ start: 10, end: 10 + text.length, text, type: 'organization', rule });

/** Organization spans cut to their name (examples written for these tests). */
const CASES: { rule: string; given: EntityMention; want: string[] }[] = [
  { rule: 'a think-tank kind word comes off', given: org('英国智库海岸研究所'), want: ['海岸研究所'] },
  { rule: 'a start-up kind word comes off', given: org('德国初创公司蓝鲸科技公司'), want: ['蓝鲸科技公司'] },
  { rule: 'a company named by its kind alone is dropped', given: org('柏林初创公司'), want: [] },
  { rule: 'a venture firm by kind alone is dropped', given: org('风投公司'), want: [] },
  { rule: 'one company of a city is dropped', given: org('杭州一公司'), want: [] },
  { rule: 'a real name with a kind-like word stays', given: org('华夏科技公司'), want: ['华夏科技公司'] },
  { rule: 'the user’s entry stays as written', given: org('风投公司', 'user-lexicon'), want: ['风投公司'] },
];

for (const c of CASES) {
  test(`descriptor: ${c.rule}`, () => {
    const got = trimDescriptors([c.given]);
    assert.deepEqual(got.map((m) => m.text), c.want);
    for (const m of got) assert.equal(m.end - m.start, m.text.length);
    if (got.length === 1) assert.equal(got[0].end, c.given.end);
  });
}
