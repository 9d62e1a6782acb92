import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { tokenize } from '../../server/src/analysis/tokens';
import { MemoTable } from '../../server/src/analysis/reuse/memoTable';
import { DocumentCache } from '../../server/src/analysis/reuse/documentCache';
import { analyzeArticle } from '../../server/src/analysis/article';
import { toLineColumn } from '../../server/src/cli/lines';
import { itemAt } from '../../server/src/features/ranges';
import { toSettings, messageLanguage } from '../../server/src/features/settings';
import type { Segment } from '../../server/src/analysis/types';

/** A fake segmenter: one token per character, so tests of the plumbing don't depend on jieba's dictionary. */
const charSegment: Segment = (text) => {
  const out: { word: string; tag: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c < 0xdc00;
    out.push({ word: text.slice(i, pair ? i + 2 : i + 1), tag: 'x' });
    if (pair) i++;
  }
  return out;
};

test('tokenize gives UTF-16 spans across surrogate pairs', () => {
  const text = '𠮷董军👍';
  const tokens = tokenize(text, charSegment);
  assert.deepEqual(tokens.map((t) => [t.start, t.end]), [[0, 2], [2, 3], [3, 4], [4, 6]]);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.word);
});

test('tokenize re-finds tokens when a segmenter drops characters', () => {
  const tokens = tokenize('董 军', () => [{ word: '董', tag: 'x' }, { word: '军', tag: 'x' }]);
  assert.deepEqual(tokens.map((t) => [t.start, t.end]), [[0, 1], [2, 3]]);
});

test('DocumentCache reuses unchanged paragraphs and forgets old ones', () => {
  const cache = new DocumentCache(2);
  let calls = 0;
  const segment: Segment = (t) => (calls++, charSegment(t));
  analyzeArticle('甲。\n乙。', { segment, cache });
  assert.equal(calls, 2);
  analyzeArticle('甲。\n丙。', { segment, cache });
  assert.equal(calls, 3);
  analyzeArticle('甲。\n丙。', { segment, cache });
  analyzeArticle('甲。\n丙。', { segment, cache });
  assert.equal(calls, 3);
  assert.equal(cache.size, 2, 'the paragraph 乙。 was dropped');
});

test('a memo table keeps what recent analyses used, computes each once, and stays bounded while sweeping lazily', () => {
  const memo = new MemoTable<number>(2);
  const stable = Array.from({ length: 100 }, (_, i) => `para${i}`);
  let max = 0;
  for (let g = 0; g < 1000; g++) {
    for (const k of stable) memo.entry(k, () => g);
    memo.entry(`edited${g}`, () => g);
    memo.sweep();
    max = Math.max(max, memo.size);
  }
  assert.equal(memo.misses, 100 + 1000, 'each key computed once while in use');
  // one entry left behind per analysis: swept once they are an eighth of the table
  assert.ok(max <= 101 + Math.ceil(101 / 7) + 2, `size stayed bounded (max ${max})`);
  assert.equal(memo.entry('para0', () => -1).value, 0, 'entries in use are never dropped');
});

test('a cached paragraph at a new offset yields spans at the new offset', () => {
  const cache = new DocumentCache();
  const lexicon = new Map([['北京', 'place' as const]]);
  const a = analyzeArticle('北京很冷。', { segment: charSegment, cache, lexicon });
  // read before the next analysis: with a cache, only the latest result stays valid (its objects move)
  assert.deepEqual([a.mentions[0].start, a.mentions[0].end], [0, 2]);
  const text = '前言，有标点。\n北京很冷。';
  const b = analyzeArticle(text, { segment: charSegment, cache, lexicon });
  assert.equal(cache.hits, 1);
  const last = b.mentions.at(-1)!;
  assert.equal(text.slice(last.start, last.end), '北京');
});

test('toLineColumn counts CRLF, LF and CR line ends and UTF-16 columns', () => {
  const text = 'a\r\n𠮷b\nc\rd';
  assert.deepEqual(toLineColumn(text, text.indexOf('b')), { line: 1, character: 2 });
  assert.deepEqual(toLineColumn(text, text.indexOf('c')), { line: 2, character: 0 });
  assert.deepEqual(toLineColumn(text, text.indexOf('d')), { line: 3, character: 0 });
});

test('itemAt finds the innermost span, and nothing between spans', () => {
  const items = [{ start: 0, end: 10 }, { start: 2, end: 4 }, { start: 12, end: 14 }];
  assert.deepEqual(itemAt(items, 3), { start: 2, end: 4 });
  assert.deepEqual(itemAt(items, 5), { start: 0, end: 10 });
  assert.equal(itemAt(items, 11), undefined);
  assert.equal(itemAt(items, 14), undefined);
  assert.equal(itemAt([], 0), undefined);
});

test('settings: nested diagnostic keys, bad values fall back to defaults', () => {
  const s = toSettings({ diagnostics: { quote: { unbalanced: 'off', unattributed: 'loud' } }, language: 'fr', lexiconFiles: ['a.txt', 3], maxDocumentSize: -1 });
  assert.deepEqual(s.diagnostics, { 'quote.unbalanced': 'off' });
  assert.equal(s.language, 'auto');
  assert.deepEqual(s.lexiconFiles, ['a.txt']);
  assert.ok(s.maxDocumentSize > 0);
  assert.equal(messageLanguage(s, 'zh-cn'), 'zh');
  assert.equal(messageLanguage(s, 'en'), 'en');
  assert.equal(messageLanguage({ ...s, language: 'en' }, 'zh-cn'), 'en');
});
