import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findClaims, scoreClaim, type Claim, type ClaimKind } from '../../server/src/analysis/claims/index';
import { findBlocks } from '../../server/src/analysis/structure';
import { findSentences } from '../../server/src/analysis/sentences';
import type { DateMention, EntityMention, Quote } from '../../server/src/analysis/types';

function claimsOf(text: string, extra: { mentions?: EntityMention[]; dates?: DateMention[]; quotes?: Quote[] } = {}): Claim[] {
  const claims = findClaims(text, findSentences(text, findBlocks(text)), extra.mentions ?? [], extra.dates ?? [], extra.quotes ?? []);
  for (const c of claims) assert.equal(text.slice(c.start, c.end), c.text);
  for (const c of claims) for (const n of c.numbers) assert.equal(text.slice(n.start, n.end), n.text);
  return claims;
}

const kindsOf = (sentence: string): ClaimKind[] => claimsOf(sentence)[0]?.kinds ?? [];

/** One sentence each, and the kinds it carries (GUIDELINE.md). */
const CASES: [string, ClaimKind[]][] = [
  ['智利森林火灾已致51死。', ['statistic', 'causal']],
  ['全国一般公共预算收入突破21万亿元，同比增长6.4%。', ['statistic', 'comparison']],
  ['这是该市有记录以来最大的一场雪。', ['ranking']],
  ['她首次获得女子金球奖。', ['ranking']],
  ['今年的票房比去年多出不少。', ['comparison']],
  ['由于大雾，航班全部取消。', ['causal']],
  ['局长表示，今年已查处违法案件120起。', ['statistic', 'attributed']],
  ['据了解，该市共有三千余家企业参与。', ['statistic', 'attributed']],
  ['消费者不再为溢价买单，原因是品牌祛魅。', ['causal']],
  ['股价较上周上涨了约两成。', ['statistic', 'comparison']],
  ['46岁的陈某在该校任教。', ['statistic']],
  // no claim
  ['2024年2月1日，会议在北京举行。', []],
  ['一名男子走进了派出所。', []],
  ['两人随后发生争执。', []],
  ['国务院第三次全体会议讨论了报告。', []],
  ['他说这件事十分重要。', []],
  ['最终，双方达成一致。', []],
  ['第一，要加强监管。', []],
  ['iPhone 15 与 5G 套餐同时上市。', []],
  ['rgba(255, 255, 255, .8) width:100%;', []],
  ['请拨打12345热线反映。', []],
  ['调查火灾原因的工作仍在进行。', []],
];

for (const [sentence, kinds] of CASES) test(`kinds: ${sentence}`, () => assert.deepEqual(kindsOf(sentence), kinds));

test('a sentence inside a speech quote is attributed; a term quote is not', () => {
  const text = '他说：“去年增长了5%。”';
  const inner = { start: 4, end: text.length - 1 };
  const quote = (kind: 'speech' | 'term'): Quote => ({ ...inner, start: 3, end: text.length, text: text.slice(4, -1), inner, mark: '“', kind, speaker: null, speakerSpan: null, speakerVia: null });
  assert.deepEqual(claimsOf('这段话说明：“去年增长了5%。”', { quotes: [] })[0].kinds, ['statistic']);
  assert.deepEqual(claimsOf(text.replace('他说：', '他：'), { quotes: [{ ...quote('speech'), start: 2, inner: { start: 3, end: text.length - 2 } }] })[0].kinds, ['statistic', 'attributed']);
  assert.deepEqual(claimsOf(text.replace('他说：', '他：'), { quotes: [{ ...quote('term'), start: 2, inner: { start: 3, end: text.length - 2 } }] })[0].kinds, ['statistic']);
});

test('numbers, entities and dates inside a claim; a date\'s digits are no statistic', () => {
  const text = '# 标题\n\n董军16日表示，共有4.3万公顷林地受灾。';
  const start = text.indexOf('董军');
  const mentions: EntityMention[] = [{ start, end: start + 2, text: '董军', type: 'person', rule: 'test' }];
  const d = text.indexOf('16日');
  const dates: DateMention[] = [{ start: d, end: d + 3, text: '16日', value: '2024-04-16', vague: false, relative: true, weekday: null, reason: '' }];
  const [c] = claimsOf(text, { mentions, dates });
  assert.deepEqual(c.kinds, ['statistic', 'attributed']);
  assert.deepEqual(c.numbers.map((n) => [n.text, n.value, n.unit]), [['4.3万公顷', 43000, '公顷']]);
  assert.deepEqual(c.entities.map((e) => e.text), ['董军']);
  assert.deepEqual(c.dates.map((x) => x.text), ['16日']);
  assert.equal(c.score, 10 * 2 + 2 + 1 + 1);
});

test('the score puts more kinds first, then more numbers', () => {
  const none = { entities: [], dates: [] };
  const one = scoreClaim({ kinds: ['statistic'], numbers: [{} as never, {} as never, {} as never, {} as never], ...none });
  const two = scoreClaim({ kinds: ['statistic', 'comparison'], numbers: [], ...none });
  assert.ok(two > one, `${two} > ${one}`);
  assert.equal(one, 10 + 2 * 3);
});

test('spans across a surrogate pair, CRLF, full-width digits and an unclosed quote', () => {
  const text = '𠮷市通报：\r\n事故造成３人死亡，“原因正在调查。\r\n';
  const claims = claimsOf(text);
  assert.equal(claims.length, 1);
  assert.deepEqual(claims[0].kinds, ['statistic', 'causal']);
  assert.equal(claims[0].numbers[0].text, '３人');
});
