import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBlocks } from '../../server/src/analysis/structure';
import { findQuotes } from '../../server/src/analysis/quotes/index';
import type { EntityMention } from '../../server/src/analysis/types';

function findings(text: string, mentions: EntityMention[] = []) {
  const blocks = findBlocks(text).filter((b) => b.kind !== 'image');
  return findQuotes(text, blocks, mentions).findings.map((f) => ({ code: f.code, text: text.slice(f.start, f.end), f }));
}

function person(text: string, word: string, from = 0): EntityMention {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, text: word, type: 'person', rule: 'test', entityId: `person:${word}` };
}

test('vague sources are flagged where they are written', () => {
  const text = '分析认为，美方应认清中方立场。有评论称，通话是最新举措。有舆论认为，争议仍多。观察人士认为，互信是基础。据悉，预算超过4%。知情人士透露，会谈将在下月举行。网传该地发生爆炸。据报道，美国驻文莱大使馆表示欢迎。';
  const got = findings(text).filter((x) => x.code === 'source.vague').map((x) => x.text);
  assert.deepEqual(got, ['分析认为', '有评论称', '有舆论认为', '观察人士认为', '据悉', '知情人士', '网传', '据报道']);
  const f = findings(text)[0].f;
  assert.equal(f.severity, 'information');
  assert.match(f.message.zh, /核/);
  assert.match(f.message.en, /check/i);
});

test('a named outlet is not a vague source', () => {
  const got = findings('据路透社报道，美国官员表示欢迎。据新华社消息，会议闭幕。').filter((x) => x.code === 'source.vague');
  assert.deepEqual(got, []);
});

test('an analysis someone named makes is sourced; one no one makes, or the analysts of no name, is vague', () => {
  const text = '首席经济学家柏文喜分析称，新政策将提振消费。对于多家房企预亏，刘水分析指出，土地成本上升。有分析认为，局势仍将紧张。分析人士认为，市场已见底。一位银行业人士对江城日报分析称，利率将下行。';
  const outlet: EntityMention = { ...person(text, '江城日报'), type: 'organization' };
  const got = findings(text, [person(text, '柏文喜'), person(text, '刘水'), outlet]).filter((x) => x.code === 'source.vague').map((x) => x.text);
  assert.deepEqual(got, ['分析认为', '分析人士认为', '分析称']);
});

test('anonymous sources', () => {
  const text = '一名匿名美国高级国防官员表示，这是重要一步。一位不愿具名的知情人士称，谈判仍在继续。';
  const got = findings(text).filter((x) => x.code === 'source.anonymous').map((x) => x.text);
  assert.deepEqual(got, ['一名匿名美国高级国防官员', '一位不愿具名的知情人士']);
});

test('vague words inside a quotation are the speaker\'s, not the article\'s', () => {
  const got = findings('李先生说：“据悉，分析认为这件事还没有结束，我们会继续关注。”').filter((x) => x.code === 'source.vague');
  assert.deepEqual(got, []);
});

test('one person written two ways: 董军/董君 and 奥斯汀/奥斯丁', () => {
  const text = '董军表示欢迎。董军强调立场。奥斯汀表示同意。奥斯汀重申政策。随后董君与奥斯丁通话。';
  const ms = [person(text, '董军'), person(text, '董军', 3), person(text, '奥斯汀'), person(text, '奥斯汀', 16), person(text, '董君'), person(text, '奥斯丁')];
  const got = findings(text, ms).filter((x) => x.code === 'entity.name-variant');
  assert.deepEqual(got.map((x) => x.text), ['董君', '奥斯丁']);
  const f = got[0].f;
  assert.equal(f.severity, 'warning');
  assert.equal(text.slice(f.related![0].start, f.related![0].end), '董军');
});

test('withheld or addressed people whose real characters differ are others, not spellings; 某 against a real character may be one', () => {
  const text = '车某某和樊某某到场，樊某某先发言，樊某某随后离开。杨某燕受伤，杨某垢和杨某垢的邻居报警。汤先生说李先生来过，李先生否认。戴志康回应，戴志康表示，拍品所有人为戴某康。';
  const ms = [person(text, '车某某'), person(text, '樊某某'), person(text, '樊某某', 10), person(text, '樊某某', 18), person(text, '杨某燕'), person(text, '杨某垢'), person(text, '杨某垢', 35), person(text, '汤先生'), person(text, '李先生'), person(text, '李先生', 55), person(text, '戴志康'), person(text, '戴志康', 66), person(text, '戴某康')];
  assert.deepEqual(findings(text, ms).filter((x) => x.code === 'entity.name-variant').map((x) => x.text), ['戴某康']);
});

test('two different people with one character apart are not flagged', () => {
  const text = '王伟表示欢迎。王芳表示反对。李明和张明都到场。市长王伟中介绍情况，王伟中表示，覃伟中也到场。';
  const ms = [person(text, '王伟'), person(text, '王芳'), person(text, '李明'), person(text, '张明'), person(text, '王伟中'), person(text, '王伟中', 30), person(text, '覃伟中')];
  assert.deepEqual(findings(text, ms).filter((x) => x.code === 'entity.name-variant'), []);
});
