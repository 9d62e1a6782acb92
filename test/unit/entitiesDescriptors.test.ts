import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimDescriptors } from '../../server/src/analysis/entities/descriptors';
import type { EntityMention } from '../../server/src/analysis/types';

const org = (text: string, rule = 'model'): EntityMention => ({ start: 10, end: 10 + text.length, text, type: 'organization', rule });
/** The text the mentions point into: ten characters of narration, then the span (or `before` + the span). */
const lead = (before = '') => '据报道称，今年以来。'.slice(0, 10 - before.length) + before;

/** Organization spans cut to their name (examples written for these tests). */
const CASES: { rule: string; given: EntityMention; want: string[]; before?: string }[] = [
  { rule: 'a giant kind word comes off', given: org('中国电信巨头长风公司'), want: ['长风公司'] },
  { rule: 'a maker kind word comes off', given: org('德国汽车制造商北岸汽车集团'), want: ['北岸汽车集团'] },
  { rule: 'a kind word before a Latin name comes off', given: org('金融科技创业公司Brex'), want: ['Brex'] },
  { rule: 'a span starting inside a kind word loses its part', given: org('库兰德公司'), before: '智', want: ['兰德公司'] },
  { rule: 'a span after a kind word stays', given: org('兰德公司'), before: '智库', want: ['兰德公司'] },
  { rule: 'a name of its own before a Latin word stays', given: org('华夏Labs'), want: ['华夏Labs'] },
  { rule: 'a think-tank kind word comes off', given: org('英国智库海岸研究所'), want: ['海岸研究所'] },
  { rule: 'a start-up kind word comes off', given: org('德国初创公司蓝鲸科技公司'), want: ['蓝鲸科技公司'] },
  { rule: 'a company named by its kind alone is dropped', given: org('柏林初创公司'), want: [] },
  { rule: 'a venture firm by kind alone is dropped', given: org('风投公司'), want: [] },
  { rule: 'one company of a city is dropped', given: org('杭州一公司'), want: [] },
  { rule: 'a real name with a kind-like word stays', given: org('华夏科技公司'), want: ['华夏科技公司'] },
  { rule: 'companies counted by their country and trade are dropped', given: org('中国科技公司'), before: '十几家', want: [] },
  { rule: '… after a plural word too', given: org('中国互联网公司'), before: '众多', want: [] },
  { rule: '… but not one a verb names', given: org('中国出口信用保险公司'), before: '担任', want: ['中国出口信用保险公司'] },
  { rule: 'a country’s companies by a trade are a kind, counted or not', given: org('美国科技公司'), want: [] },
  { rule: '… not a trade that also names one company', given: org('美国航空公司'), want: ['美国航空公司'] },
  { rule: 'the user’s entry stays as written', given: org('风投公司', 'user-lexicon'), want: ['风投公司'] },
];

for (const c of CASES) {
  test(`descriptor: ${c.rule}`, () => {
    const got = trimDescriptors(lead(c.before) + c.given.text, [c.given]);
    assert.deepEqual(got.map((m) => m.text), c.want);
    for (const m of got) assert.equal(m.end - m.start, m.text.length);
    if (got.length === 1) assert.equal(got[0].end, c.given.end);
  });
}

/** A party committee after the body or place it belongs to comes off, leaving the body (or the place) the guideline names. */
const PARTY: [string, string, string][] = [
  ['辽宁省财政厅党组', '辽宁省财政厅', 'organization'],
  ['北岸投资集团有限责任公司党委', '北岸投资集团有限责任公司', 'organization'],
  ['证监会新一届党委', '证监会', 'organization'],
  ['浙江省政协党组', '浙江省政协', 'organization'],
  ['金阳县芦稿镇党委', '金阳县芦稿镇', 'place'],
  // … but a village's or a community's party branch is the body that governs it, named whole
  ['黄泥村党支部', '黄泥村党支部', 'organization'],
  ['江安镇黄泥村党支部', '江安镇黄泥村党支部', 'organization'],
  ['幸福社区党委', '幸福社区党委', 'organization'],
  // and a company's parent named by the company is the company
  ['北岸科技母公司', '北岸科技', 'organization'],
];
for (const [given, want, type] of PARTY) {
  test(`descriptor: a party committee: ${given} → ${want}`, () => {
    const got = trimDescriptors(lead() + given, [org(given)]);
    assert.deepEqual(got.map((m) => `${m.text}/${m.type}`), [`${want}/${type}`]);
    assert.equal(got[0].start, 10);
    assert.equal(got[0].end, 10 + want.length);
  });
}
test('descriptor: a committee of no named body stays as it is (a level body is left to its own rule)', () => {
  assert.deepEqual(trimDescriptors(lead() + '市委党委', [org('市委党委')]).map((m) => m.text), ['市委党委']);
});

/** A body written only as the first part of its head's title names the person, not the body (sentences written for these tests). */
const HEAD_TITLES: [string, string, string[]][] = [
  ['沁岚国防部长奥斯汀表示', '沁岚国防部', []],
  ['沁岚市公安局长李明表示', '沁岚市公安局', []],
  // … but the body with another title, or none, stays
  ['沁岚国防部副部长李明表示', '沁岚国防部', ['沁岚国防部']],
  ['沁岚国防部发言人表示', '沁岚国防部', ['沁岚国防部']],
];
for (const [after, body, want] of HEAD_TITLES) {
  test(`descriptor: a body inside its head's title: ${after}`, () => {
    assert.deepEqual(trimDescriptors(lead() + after, [org(body)]).map((m) => m.text), want);
  });
}
