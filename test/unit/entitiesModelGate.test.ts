import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSegmenter } from '../helpers/segmenter';
import { loadEntityModel } from '../../server/src/node/entityModel';
import { tokenize } from '../../server/src/analysis/tokens';
import { findEntityMentions } from '../../server/src/analysis/entities/index';

const segment = loadSegmenter();
const model = loadEntityModel();
const typed = (text: string, withModel: boolean): string[] =>
  findEntityMentions(text, tokenize(text, segment), new Map(), withModel ? model : undefined).map((m) => `${m.text}/${m.type}`);

/**
 * Words the rules take for names by a dictionary tag or their shape alone stand only where the model
 * reads a name too (sentences written for these tests); without the model the rules keep them.
 */
const CASES: { rule: string; text: string; gone: string[]; kept: string[] }[] = [
  { rule: 'common words tagged ns', text: '这座大城市的海滨很美，游客络绎不绝。', gone: ['大城市/place', '海滨/place'], kept: [] },
  { rule: 'a verb tagged nr', text: '不法商贩以此牟利，扰乱市场。', gone: ['牟利/person'], kept: [] },
  { rule: 'names the model reads too stay', text: '他在北京大学任教，后来去了上海。', gone: [], kept: ['北京大学/organization', '上海/place'] },
];

for (const c of CASES) {
  test(`model gate: ${c.rule}`, () => {
    const got = typed(c.text, true);
    for (const g of c.gone) assert.ok(!got.includes(g), `${g} not in ${got.join(' ')}`);
    for (const k of c.kept) assert.ok(got.includes(k), `${k} in ${got.join(' ')}`);
  });
}

test('model gate: without the model the rules keep their dictionary-tag names', () => {
  assert.ok(typed('这座大城市的海滨很美，游客络绎不绝。', false).includes('海滨/place'));
});
