// Lines too long to analyse as one paragraph: cut into bounded pieces at sentence ends, offsets kept.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { MAX_PARAGRAPH, splitLongLine } from '../../server/src/analysis/longLines';
import { findBlocks, updateBlocks } from '../../server/src/analysis/structure';
import { analyzeArticle } from '../../server/src/analysis/article';
import type { Segment } from '../../server/src/analysis/types';
import { LineStretch } from '../../server/src/analysis/dates/paragraphs';

const pieces = (text: string, max: number) => splitLongLine(text, 0, text.length, max).map((p) => text.slice(p.start, p.end));

const cases: { name: string; text: string; max: number; expected: string[] }[] = [
  { name: 'short enough: one piece', text: '甲说了。乙去了北京。', max: 20, expected: ['甲说了。乙去了北京。'] },
  { name: 'at sentence ends', text: '甲说了。乙去了北京。', max: 6, expected: ['甲说了。', '乙去了北京。'] },
  { name: 'the last sentence end that fits', text: '一二。三四。五六七八。', max: 8, expected: ['一二。三四。', '五六七八。'] },
  { name: 'a closing mark stays with its sentence', text: '他说：“好。”我们走。', max: 8, expected: ['他说：“好。”', '我们走。'] },
  { name: 'outside quotes rather than inside', text: '甲乙丙。他说：“乙。丙。”丁。', max: 12, expected: ['甲乙丙。', '他说：“乙。丙。”丁。'] },
  { name: 'inside a quote when nothing else fits', text: '“一二三。四五六。七八九”', max: 10, expected: ['“一二三。四五六。', '七八九”'] },
  { name: 'no sentence end: fixed windows', text: '一二三四五六七八九十', max: 4, expected: ['一二三四', '五六七八', '九十'] },
  { name: 'a surrogate pair is never split', text: '一二三𠮷五六七', max: 4, expected: ['一二三', '𠮷五六', '七'] },
  { name: 'white space trimmed, none left alone', text: '甲。   　乙。      ', max: 4, expected: ['甲。', '乙。'] },
  { name: 'CRLF-free full-width punctuation: ！ and ？', text: '真的吗？是的！好。', max: 5, expected: ['真的吗？', '是的！好。'] },
];
for (const c of cases) {
  test(`splitLongLine: ${c.name}`, () => {
    assert.deepEqual(pieces(c.text, c.max), c.expected);
  });
}

test('splitLongLine: pieces are in order, at most max long, and lose nothing but white space', () => {
  let seed = 3;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  const parts = ['甲', '乙', '。', '“', '”', '𠮷', ' ', '，', '！'];
  for (let t = 0; t < 200; t++) {
    let text = '';
    for (let i = rand(300); i > 0; i--) text += parts[rand(parts.length)];
    const max = 4 + rand(40);
    const spans = splitLongLine(text, 0, text.length, max);
    let at = 0;
    for (const s of spans) {
      assert.ok(s.end - s.start <= max && s.end > s.start, JSON.stringify({ text, max, s }));
      assert.match(text.slice(at, s.start), /^\s*$/u);
      assert.ok(!/[\uD800-\uDBFF]$/.test(text.slice(s.start, s.end)), 'no piece ends inside a surrogate pair');
      at = s.end;
    }
    assert.match(text.slice(at), /^\s*$/u);
  }
});

const SENTENCE = '董军16日晚表示：“双方应当加强沟通，避免误判。”外交部发言人说，会谈是坦诚的。';
const longLine = (n: number) => SENTENCE.repeat(Math.ceil(n / SENTENCE.length));

test('findBlocks: a line longer than MAX_PARAGRAPH becomes bounded paragraphs at sentence ends', () => {
  const line = longLine(MAX_PARAGRAPH * 5);
  const text = `# 标题\n\n${line}\n\n**小节**\n\n正文一句。`;
  const blocks = findBlocks(text);
  assert.deepEqual(blocks.slice(0, 1).map((b) => b.kind), ['title']);
  const middle = blocks.slice(1, -2);
  assert.ok(middle.length >= 5);
  for (const b of middle) {
    assert.equal(b.kind, 'paragraph');
    assert.ok(b.content.end - b.content.start <= MAX_PARAGRAPH);
    assert.ok(text.slice(b.start, b.end).endsWith('。'), 'cut at a sentence end');
  }
  assert.equal(middle.map((b) => text.slice(b.start, b.end)).join(''), line);
  assert.deepEqual(blocks.slice(-2).map((b) => b.kind), ['heading', 'paragraph']);
});

test('findBlocks: a long # line is no title, a long image line stays one image', () => {
  const text = `# ${longLine(MAX_PARAGRAPH + 10)}\n![a](https://x/2024/04/17/${'a'.repeat(MAX_PARAGRAPH)}.jpg)`;
  const blocks = findBlocks(text);
  assert.ok(blocks.slice(0, -1).every((b) => b.kind === 'paragraph'));
  assert.equal(blocks[blocks.length - 1].kind, 'image');
});

test('updateBlocks over a long line gives what findBlocks gives', () => {
  const oldText = `# 标题\n前一段。\n${longLine(MAX_PARAGRAPH * 4)}\n后一段。\n末段。`;
  const at = (s: string) => oldText.indexOf(s);
  const edits: [number, number, string][] = [
    [at('前一段'), at('前一段') + 1, '改'],
    [at('前一段') + 3, at('前一段') + 3, '“插入。”'],
    [at('后一段') - 20, at('后一段') - 19, ''],
    [at('末段'), at('末段'), '新的一段。\n'],
    [at('董军') + 5000, at('董军') + 5000, '\n'],
  ];
  let compared = 0;
  for (const [from, to, insert] of edits) {
    const oldBlocks = findBlocks(oldText);
    const text = oldText.slice(0, from) + insert + oldText.slice(to);
    const suf = oldText.length - to;
    const updated = updateBlocks(oldText, oldBlocks, text, from, Math.min(suf, text.length - from));
    const expected = findBlocks(text).map((b) => ({ kind: b.kind, start: b.start, end: b.end, content: { ...b.content } }));
    if (!updated) continue;
    compared++;
    assert.deepEqual(updated.blocks.map((b) => ({ kind: b.kind, start: b.start, end: b.end, content: { ...b.content } })), expected, JSON.stringify({ from, to, insert }));
  }
  assert.equal(compared, edits.length, 'every edit was updated in place, none fell back to findBlocks');
});

test('analyzeArticle hands the segmenter bounded pieces of a line with no breaks, and finds no quote cut in two', () => {
  const lengths: number[] = [];
  const segment: Segment = (t) => (lengths.push(t.length), [{ word: t, tag: 'x' }]);
  const text = longLine(MAX_PARAGRAPH * 30);
  const a = analyzeArticle(text, { segment, publicationDate: '2024-04-17' });
  assert.ok(lengths.length >= 30);
  assert.ok(Math.max(...lengths) <= MAX_PARAGRAPH, `longest piece ${Math.max(...lengths)}`);
  assert.deepEqual(a.findings.filter((f) => f.code === 'quote.unbalanced'), []);
  const quotes = a.quotes.filter((q) => q.text === '双方应当加强沟通，避免误判。');
  assert.equal(quotes.length, Math.ceil(text.length / SENTENCE.length));
  for (const q of a.quotes) assert.equal(text.slice(q.inner.start, q.inner.end), q.text);
  for (const d of a.dates) assert.equal(text.slice(d.start, d.end), d.text);
});

test('each block of a long line reads its own stretch of the line for dates; a one-block line reads the whole line', () => {
  const text = `第一行4月16日。\n${longLine(MAX_PARAGRAPH * 3)}\n末行`;
  const blocks = findBlocks(text).filter((b) => b.kind !== 'image');
  const stretch = new LineStretch(text, blocks);
  const seen: [number, number][] = [];
  blocks.forEach((b, i) => {
    stretch.at(i);
    seen.push([stretch.from, stretch.to]);
    assert.ok(stretch.from <= b.start && b.end <= stretch.to, `block ${i} inside its stretch`);
  });
  // the first and last lines are whole; the long line's blocks tile it without overlap
  assert.deepEqual(seen[0], [0, text.indexOf('\n')]);
  assert.deepEqual(seen[seen.length - 1], [text.lastIndexOf('\n') + 1, text.length]);
  for (let i = 2; i < seen.length - 1; i++) assert.equal(seen[i][0], blocks[i - 1].end);
  assert.ok(seen.length >= 5);
});
