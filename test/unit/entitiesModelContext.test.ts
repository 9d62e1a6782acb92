/**
 * What the words around a span the model read say of it: a comrade is a person whatever type the model gave (`华源同志任`,
 * the rest of the article following), a unit after a number and a space begins no name (`114 名新院士`), two countries'
 * one-character names and `同` are no name (`中英同为常任理事国`). Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSegmenter } from '../helpers/segmenter';
import { loadEntityModel } from '../../server/src/node/entityModel';
import { analyzeArticle } from '../../server/src/analysis/article';

const segment = loadSegmenter();
const model = loadEntityModel();
const found = (text: string): string[] => analyzeArticle(text, { segment, model }).mentions.map((m) => `${m.text}/${m.type}`);

test('a comrade is a person, also where the article names them alone', () => {
  const text = '# 中央批准：华源任上海市委常委\n\n日前，中共中央批准：华源同志任上海市委常委。此前，华源为上海市政府副市长。';
  const got = found(text).filter((m) => m.startsWith('华源/'));
  assert.ok(got.length >= 2, got.join(' '));
  assert.deepEqual([...new Set(got)], ['华源/person']);
});

test('a unit after a number and a space, two countries and 同: no names', () => {
  assert.ok(!found('共新增114 名新院士和21名国际院士。').some((m) => m.startsWith('名新')));
  assert.ok(!found('中英同为联合国安理会常任理事国，应加强沟通。').some((m) => m.startsWith('中英')));
});
