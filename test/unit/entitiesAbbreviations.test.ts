/**
 * Countries' one-character abbreviations run together (`菲美`, `中菲`, `英法德`) name no place and no body, whatever the
 * model reads there (the guideline: abbreviations inside compounds are not listed). Sentences written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSegmenter } from '../helpers/segmenter';
import { loadEntityModel } from '../../server/src/node/entityModel';
import { analyzeArticle } from '../../server/src/analysis/article';

const segment = loadSegmenter();
const model = loadEntityModel();

/** [text, entity texts that must not be found, entity texts that must] */
const CASES: [string, string[], string[]][] = [
  ['近日，菲美在南海举行联合海上军演。', ['菲美'], ['南海']],
  ['专家认为，英法德此举是为了落实援助。', ['英法德'], []],
  ['他们将其与中菲海上争议挂钩。', ['中菲'], []],
];

for (const [text, no, yes] of CASES) {
  test(`abbreviations: ${text.slice(0, 12)}…`, () => {
    const found = analyzeArticle(text, { segment, model }).mentions.map((m) => m.text);
    for (const t of no) assert.ok(!found.includes(t), `${t} in ${found.join(' ')}`);
    for (const t of yes) assert.ok(found.includes(t), `${t} not in ${found.join(' ')}`);
  });
}
