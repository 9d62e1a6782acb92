/**
 * A body only the model reads, with no word of the segmenter's tagged as a name and no head of its kind
 * (`胖/东来`), stands when the article reads it so at least twice (`entities/modelEvidence.ts`). Sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSegmenter } from '../helpers/segmenter';
import { loadEntityModel } from '../../server/src/node/entityModel';
import { analyzeArticle } from '../../server/src/analysis/article';
import { MODEL_REPEATED } from '../../server/src/analysis/entities/modelEvidence';
import { confirmWaiting } from '../../server/src/analysis/entities/waiting';
import type { EntityMention } from '../../server/src/analysis/types';

const m = (text: string, start: number, type: EntityMention['type'], rule: string): EntityMention => ({ start, end: start + text.length, text, type, rule });

/** [case, mentions, texts kept] */
const CASES: [string, EntityMention[], string[]][] = [
  ['read twice: both stay', [m('胖东来', 0, 'organization', MODEL_REPEATED), m('胖东来', 20, 'organization', MODEL_REPEATED)], ['胖东来', '胖东来']],
  ['read once: gone', [m('胖东来', 0, 'organization', MODEL_REPEATED), m('许昌', 10, 'place', 'lexicon')], ['许昌']],
  ['found once by a rule and read once: both stay', [m('胖东来', 0, 'organization', 'org-head'), m('胖东来', 20, 'organization', MODEL_REPEATED)], ['胖东来', '胖东来']],
  ['the same text read as another type does not count', [m('胖东来', 0, 'person', 'model'), m('胖东来', 20, 'organization', MODEL_REPEATED)], ['胖东来']],
];

for (const [name, mentions, kept] of CASES) {
  test(`model repeats: ${name}`, () => {
    assert.deepEqual(confirmWaiting(mentions).map((x) => x.text), kept);
  });
}

test('model repeats: nothing waiting, the very array comes back', () => {
  const ms = [m('许昌', 0, 'place', 'lexicon')];
  assert.equal(confirmWaiting(ms), ms);
});

test('model repeats: a company the segmenter splits stands when the article names it twice, not once', () => {
  const segment = loadSegmenter();
  const model = loadEntityModel();
  const types = (text: string) => analyzeArticle(text, { segment, model }).mentions.filter((x) => x.text === '胖东来').map((x) => x.type);
  assert.deepEqual(types('胖东来宣布涨薪。\n\n另据报道，胖东来门店客流大增。'), ['organization', 'organization']);
  assert.deepEqual(types('胖东来宣布涨薪。'), []);
});

test('reduplicated names: a doubled unknown word the article writes twice is a person, once is nothing', () => {
  const segment = loadSegmenter();
  const model = loadEntityModel();
  const found = (text: string) => analyzeArticle(text, { segment, model }).mentions.filter((x) => x.text === '航航').map((x) => `${x.type}/${x.rule}`);
  assert.deepEqual(found('已年满23岁的航航还在医院里忙碌着。\n\n航航说，他不会再去了。'), ['person/reduplicated-name', 'person/reduplicated-name']);
  assert.deepEqual(found('已年满23岁的航航还在医院里忙碌着。'), []);
});

test('reduplicated names: dictionary words stay words (`天天`, `妈妈`)', () => {
  const segment = loadSegmenter();
  const model = loadEntityModel();
  const texts = analyzeArticle('他天天上班，妈妈说天天都一样。妈妈很累。', { segment, model }).mentions.map((x) => x.text);
  assert.ok(!texts.includes('天天') && !texts.includes('妈妈'), texts.join(' '));
});

test('model repeats: an adjective alone the model reads as a body waits for a second reading', () => {
  const segment = loadSegmenter();
  const model = loadEntityModel();
  const bodies = (text: string) => analyzeArticle(text, { segment, model }).mentions.filter((x) => x.text === '平安' && x.type === 'organization');
  assert.equal(bodies('祝大家新年健康、平安、好运。').length, 0);
});
