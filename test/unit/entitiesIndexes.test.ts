import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LEXICON_LENGTHS, LEXICON_PREFIXES, PLACES, PLACE_LENGTHS, PLACE_PREFIXES, TITLES, WordSet, firstTwoKey, suffixIn } from '../../server/src/analysis/entities/builtins';

test('WordSet answers like a Set, misses included', () => {
  const s = new WordSet(['部长', '记者', '']);
  for (const w of ['部长', '记者', '']) assert.ok(s.has(w), w);
  for (const w of ['部', '长', '部长们', '的', '𠮷']) assert.ok(!s.has(w), w);
  assert.ok(!new WordSet(['部长']).has(''));
  for (const w of ['柬埔寨', '湖北省', '美国', '的确']) assert.equal(PLACES.has(w), [...PLACES].includes(w), w);
});

test('the two-level prefix indexes agree with the one-Map indexes, at text offsets too', () => {
  for (const [idx, map] of [[LEXICON_PREFIXES, LEXICON_LENGTHS], [PLACE_PREFIXES, PLACE_LENGTHS]] as const) {
    for (const w of ['柬埔', '在湖北省', '的黎', '的确', '柬', '']) for (const at of [0, 1]) assert.deepEqual(idx.at(w, at), map.get(firstTwoKey(w, at)), `${w}@${at}`);
  }
  assert.equal(suffixIn('国防部长', TITLES), '部长');
  assert.equal(suffixIn('', TITLES), null);
});
