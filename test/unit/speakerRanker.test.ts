/**
 * The speaker ranker (`quotes/ranker.ts`): which quotes it decides, what its choices are, and what it
 * does with the best one — with weights written for the test, so each case fails if the mechanism
 * breaks — and the trained weights as committed. Every sentence is written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBlocks } from '../../server/src/analysis/structure';
import { findQuotes } from '../../server/src/analysis/quotes/index';
import { bestCandidate, rankSpeakers, speakerChoices, type SpeakerRegion, type SpeakerWeights } from '../../server/src/analysis/quotes/ranker';
import { findSpeakerOrigin } from '../../server/src/analysis/quotes/origin';
import TRAINED from '../../server/src/analysis/quotes/speakerWeights.json';
import type { EntityMention } from '../../server/src/analysis/types';

function persons(text: string, names: string[]): EntityMention[] {
  const out: EntityMention[] = [];
  names.forEach((n, i) => {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) out.push({ start: at, end: at + n.length, text: n, type: 'person', entityId: `p${i}`, rule: 'test' } as EntityMention);
  });
  return out.sort((a, b) => a.start - b.start);
}

// the narration fallback (`topic`) names 张华, the subject of the quote's paragraph
const TOPIC = '# 标题\n\n记者在路口见到了李明。\n\n张华是一名外卖骑手。送餐路上，张华经常遇到堵车。“最怕的就是超时。”';
const NAMES = ['张华', '李明'];

function analyse(text: string, weights: SpeakerWeights | null) {
  const blocks = findBlocks(text).filter((b) => b.kind !== 'image');
  return { blocks, ...findQuotes(text, blocks, persons(text, NAMES), { speakerWeights: weights }) };
}

test('without weights the rules decide: the fallback names the subject of the paragraph', () => {
  const { quotes } = analyse(TOPIC, null);
  assert.equal(quotes[0].speaker, '张华');
  assert.equal(quotes[0].speakerVia, 'topic');
});

test('the choices of a fallback quote: no one first, then the names around it outside quotes', () => {
  const blocks = findBlocks(TOPIC).filter((b) => b.kind !== 'image');
  const r = findQuotes(TOPIC, blocks, persons(TOPIC, NAMES), { speakerWeights: null });
  const choices = speakerChoices(TOPIC, blocks, r.quotes, r.findings, persons(TOPIC, NAMES));
  assert.equal(choices.length, 1);
  const c = choices[0].candidates;
  assert.equal(c[0].mention, null);
  assert.deepEqual(c[0].features.slice(0, 2), ['none', 'none:topic']);
  assert.deepEqual(c.slice(1).map((x) => x.mention!.text), ['李明', '张华', '张华']);
  const near = c[3].features;
  assert.ok(near.includes('pos:0b') && near.includes('near:b0') && near.includes('topic'), near.join(' '));
  assert.ok(c[2].features.includes('subj:0b') && c[2].features.includes('near:b1') && !c[2].features.includes('topic'), c[2].features.join(' '));
  assert.ok(c[1].features.includes('pos:-1'));
  // a quote a rule attributed is not among the choices unless asked for
  const all = new Set<SpeakerRegion>(['topic', 'unattr', 'rule']);
  const said = '# 标题\n\n张华说：“最怕的就是超时。”';
  const rs = findQuotes(said, findBlocks(said), persons(said, ['张华']), { speakerWeights: null });
  assert.equal(speakerChoices(said, findBlocks(said), rs.quotes, rs.findings, persons(said, ['张华'])).length, 0);
  assert.equal(speakerChoices(said, findBlocks(said), rs.quotes, rs.findings, persons(said, ['张华']), undefined, all)[0].candidates[0].features[1], 'none:rule');
});

test('the best choice replaces the fallback: another name, via ranked, with where it was named', () => {
  const { quotes, blocks } = analyse(TOPIC, { 'pos:-1': 5 });
  assert.equal(quotes[0].speaker, '李明');
  assert.equal(quotes[0].speakerVia, 'ranked');
  assert.equal(TOPIC.slice(quotes[0].speakerSpan!.start, quotes[0].speakerSpan!.end), '李明');
  assert.deepEqual(findSpeakerOrigin(quotes[0], findBlocks(TOPIC)), { paragraph: 1, name: '李明' });
  assert.ok(blocks.length > 0);
});

test('no one as the best choice leaves the quote unattributed, with its finding', () => {
  const { quotes, findings } = analyse(TOPIC, { none: 5 });
  assert.equal(quotes[0].speaker, null);
  assert.equal(quotes[0].speakerVia, null);
  assert.deepEqual(findings.filter((f) => f.code === 'quote.unattributed').map((f) => f.start), [quotes[0].start]);
});

test('the same choice as the fallback keeps the quote object as it was', () => {
  const blocks = findBlocks(TOPIC).filter((b) => b.kind !== 'image');
  const r = findQuotes(TOPIC, blocks, persons(TOPIC, NAMES), { speakerWeights: null });
  const again = rankSpeakers(TOPIC, blocks, r.quotes, r.findings, persons(TOPIC, NAMES), { topic: 5 });
  assert.equal(again.quotes, r.quotes);
  assert.equal(again.findings, r.findings);
});

test('a quote no rule reaches keeps no speaker whatever the weights', () => {
  const text = '# 标题\n\n记者见到刘晓梅时，她正在整理货架。刘晓梅的小店开了十年。\n\n店里的生意比去年好。“现在回头客越来越多了。”';
  const blocks = findBlocks(text).filter((b) => b.kind !== 'image');
  const r = findQuotes(text, blocks, persons(text, ['刘晓梅']), { speakerWeights: { 'pos:-1': 9 } });
  assert.equal(r.quotes[0].speaker, null);
  assert.equal(r.findings.filter((f) => f.code === 'quote.unattributed').length, 1);
});

test('ties go to the first choice: no one', () => {
  const cands = [{ mention: null, features: ['none'] }, { mention: persons('张华', ['张华'])[0], features: ['pos:0b'] }];
  assert.equal(bestCandidate(cands, {}).mention, null);
  assert.equal(bestCandidate(cands, { 'pos:0b': 0.1 }).mention!.text, '张华');
});

test('the committed weights: trained, finite, and keep the fallback where the paragraph is about its subject', () => {
  const w = TRAINED.weights as SpeakerWeights;
  assert.ok(Object.keys(w).length > 20);
  assert.ok(Object.values(w).every(Number.isFinite));
  assert.match(TRAINED.trainedOn, /S01–S150/);
  assert.equal(analyse(TOPIC, w).quotes[0].speaker, '张华');
});
