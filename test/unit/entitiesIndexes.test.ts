import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeIndex, LEXICON_PREFIXES, ORGANIZATIONS, PLACES, PLACE_PREFIXES, TITLES, WordSet, suffixIn } from '../../server/src/analysis/entities/builtins';

test('WordSet answers like a Set, misses included', () => {
  const s = new WordSet(['部长', '记者', '']);
  for (const w of ['部长', '记者', '']) assert.ok(s.has(w), w);
  for (const w of ['部', '长', '部长们', '的', '𠮷']) assert.ok(!s.has(w), w);
  assert.ok(!new WordSet(['部长']).has(''));
  for (const w of ['柬埔寨', '湖北省', '美国', '的确']) assert.equal(PLACES.has(w), [...PLACES].includes(w), w);
});

test('the two-level prefix indexes agree with a scan of the word lists, at text offsets too', () => {
  // The lengths of the words starting with the two code units at `at`, longest first, as a plain scan finds them.
  const scan = (words: Iterable<string>, s: string, at: number) => {
    const ls = [...new Set([...words].filter((w) => w.length >= 2 && s.length >= at + 2 && w.startsWith(s.slice(at, at + 2))).map((w) => w.length))].sort((a, b) => b - a);
    return ls.length ? ls : undefined;
  };
  for (const [idx, words] of [[LEXICON_PREFIXES, [...PLACES, ...ORGANIZATIONS]], [PLACE_PREFIXES, [...PLACES]]] as const) {
    for (const w of ['柬埔', '在湖北省', '的黎', '的确', '柬', '']) for (const at of [0, 1]) assert.deepEqual(idx.at(w, at), scan(words, w, at), `${w}@${at}`);
  }
  assert.equal(suffixIn('国防部长', TITLES), '部长');
  assert.equal(suffixIn('', TITLES), null);
});

test('WordSet: words whose first code units share a byte of the bit table are told apart', () => {
  // 0x4e00…0x4e07 share one byte of the table; U+FFFF and U+0000 are its ends
  const s = new WordSet(['\u4e00甲', '\u4e07乙', '\uffff', '\u0000x']);
  for (const w of ['\u4e00甲', '\u4e07乙', '\uffff', '\u0000x']) assert.ok(s.has(w), escape(w));
  for (const w of ['\u4e01甲', '\u4e06乙', '\ufffe', '\u0001x', '\u4e00乙']) assert.ok(!s.has(w), escape(w));
});

test('CodeIndex: values by code unit, replaced in place, listed in the order first set', () => {
  const idx = new CodeIndex<string>();
  // [code, value] set in turn; then what each code reads
  for (const [code, value] of [[0x67ec, 'a'], [0, 'zero'], [0xffff, 'top'], [0x67ec, 'b']] as const) idx.set(code, value);
  const reads: [number, string | undefined][] = [[0x67ec, 'b'], [0, 'zero'], [0xffff, 'top'], [0x67ed, undefined], [1, undefined]];
  for (const [code, want] of reads) assert.equal(idx.get(code), want, code.toString(16));
  assert.deepEqual(idx.values(), ['b', 'zero', 'top']);
});
