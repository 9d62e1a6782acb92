import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveTitledRoles } from '../../server/src/analysis/quotes/bodies';
import type { EntityMention, Quote } from '../../server/src/analysis/types';

// `resolveTitledRoles` walks back over the persons' starts (a keystroke in a large article runs it over
// every role quote): the last place the role is written right before a person's name
const text = '斯里兰卡总统府称，斯里兰卡总统拉尼尔·维克拉马辛哈出席。斯里兰卡总统办公室发表声明。斯里兰卡总统直言，“会谈顺利。”外交部长说，“好。”';

function mention(s: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s, type, rule: 'test' };
}

function roleQuote(role: string, at: number): Quote {
  const speakerStart = text.indexOf(role, at);
  const start = text.indexOf('“', speakerStart);
  const end = text.indexOf('”', start) + 1;
  return { start, end, text: text.slice(start + 1, end - 1), inner: { start: start + 1, end: end - 1 }, mark: '“', kind: 'speech', speaker: role, speakerSpan: { start: speakerStart, end: speakerStart + role.length }, speakerVia: 'role' };
}

const person = mention('拉尼尔·维克拉马辛哈', 'person');
// an organization right after the same words (`斯里兰卡总统办公室`) does not count: the person before it does
const mentions = [mention('斯里兰卡总统府', 'organization'), person, mention('办公室', 'organization')];
const quotes = [roleQuote('斯里兰卡总统', text.indexOf('直言') - 6), roleQuote('外交部长', 0)];

test('a role written before a person stands for that person', () => {
  const out = resolveTitledRoles(text, quotes, mentions);
  assert.equal(out[0].speaker, '拉尼尔·维克拉马辛哈');
  assert.deepEqual(out[0].speakerSpan, { start: person.start, end: person.end });
  assert.equal(text.slice(out[0].speakerSpan!.start, out[0].speakerSpan!.end), out[0].speaker);
  // no person after `外交部长` anywhere before it: unchanged, the same object
  assert.equal(out[1], quotes[1]);
});

test('a person whose name is not right after the role does not count', () => {
  const spaced = [mention('斯里兰卡总统府', 'organization'), { ...person, start: person.start + 1, text: person.text.slice(1) }];
  assert.equal(resolveTitledRoles(text, quotes, spaced)[0], quotes[0]);
});

test('nothing to resolve: the same array', () => {
  const none = quotes.slice(1);
  assert.equal(resolveTitledRoles(text, none, mentions), none);
});

test('lastIndexWithin: lastIndexOf bounded below, as a table', async () => {
  const { lastIndexWithin } = await import('../../server/src/analysis/entities/shared');
  const s = '总统甲，总统乙，总统丙';
  // [needle, from, floor, expected]
  const cases: [string, number, number, number][] = [
    ['总统', s.length, 0, 8], // the last
    ['总统', 7, 0, 4], // at or before `from`
    ['总统', 7, 5, -1], // none starts in floor..from
    ['总统', 4, 4, 4], // a match at the floor counts
    ['总统', -1, 0, -1], // nothing before the start (lastIndexOf(x, -1) would say 0)
    ['总统', 0, 0, 0],
    ['总统', 3, -5, 0], // a floor below 0 is 0
    ['丙', s.length, 0, 10],
    ['丁', s.length, 0, -1],
  ];
  for (const [needle, from, floor, expected] of cases) assert.equal(lastIndexWithin(s, needle, from, floor), expected, `${needle} ${from} ${floor}`);
  // the same answers as lastIndexOf wherever that finds one at or above the floor
  for (let from = 0; from <= s.length; from++) for (let floor = 0; floor <= from; floor++) {
    const plain = s.lastIndexOf('总统', from);
    assert.equal(lastIndexWithin(s, '总统', from, floor), plain >= floor ? plain : -1);
  }
});
