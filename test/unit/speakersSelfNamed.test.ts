/**
 * A speaker the fallbacks guessed (`topic`, `ranked`, `carried`) whom the quote itself names is spoken of, not speaking
 * (`quotes/selfNamed.ts`); a speaker read from a clause, or one introducing themselves, stays. Sentences written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention, Finding, Quote } from '../../server/src/analysis/types';
import { withoutSelfNamed } from '../../server/src/analysis/quotes/selfNamed';
import { speakerOf } from '../helpers/speakers';

const quote = (text: string, speaker: string, via: string): Quote => ({ start: 10, end: 12 + text.length, text, inner: { start: 11, end: 11 + text.length }, mark: '“', kind: 'speech', speaker, speakerSpan: { start: 0, end: speaker.length }, speakerVia: via });

const person = (speaker: string, type: EntityMention['type'] = 'person'): EntityMention[] => [{ start: 0, end: speaker.length, text: speaker, type, rule: 'test' }];

/** [quote text, speaker, via, speaker kept] */
const CASES: [string, string, string, boolean][] = [
  ['手腕骨骼松弛没有力气，现在乐乐用勺子吃饭都已经很难。', '乐乐', 'topic', false],
  ['你是不是麻醉医生林海涛？', '林海涛', 'ranked', false],
  ['本院认为，此组证据系被告人张文涛的辩护人单方提出。', '张文涛', 'carried', false],
  // read from a clause: kept whatever the quote says
  ['声明！林海涛的账号被恶意盗用，内容均不是本人发布。', '林海涛', 'subject', true],
  ['林海涛将继续努力。', '林海涛', 'verb-before', true],
  // naming oneself
  ['我叫林海涛，今年三十岁，在这里工作了五年。', '林海涛', 'topic', true],
  // not named in the quote
  ['我们一定会坚持到底。', '林海涛', 'topic', true],
];

for (const [text, speaker, via, kept] of CASES) {
  test(`self-named: ${text.slice(0, 8)} (${via}) → ${kept ? 'kept' : 'none'}`, () => {
    const { quotes, findings } = withoutSelfNamed([quote(text, speaker, via)], [] as Finding[], person(speaker));
    assert.equal(quotes[0].speaker, kept ? speaker : null);
    assert.equal(findings.some((f) => f.code === 'quote.unattributed'), !kept);
  });
}

test('self-named: a body names itself in its statements', () => {
  const { quotes } = withoutSelfNamed([quote('内部有一个客户评级体系，才有成为星河云的客户的资格。', '星河云', 'topic')], [] as Finding[], person('星河云', 'organization'));
  assert.equal(quotes[0].speaker, '星河云');
});

test('self-named: through the quote pass, a paragraph topic the quote speaks of gives no speaker', () => {
  const text = '截至2月，杭州4岁的林乐乐已经断药近一年，身体每况愈下。“手腕骨骼松弛没有力气，现在林乐乐用勺子吃饭都已经很难。”';
  assert.equal(speakerOf(text, '手腕骨骼', [['林乐乐', 'person']]), null);
});
