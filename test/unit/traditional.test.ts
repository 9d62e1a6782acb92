// Traditional Chinese (issue 19): detection, the offset map, the Simplified view and the analysis
// told back in the original characters.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { countScript, detectScript, findTraditionalRanges } from '../../server/src/analysis/script/detect';
import { OffsetMap } from '../../server/src/analysis/script/offsetMap';
import { toSimplifiedView } from '../../server/src/analysis/script/convert';
import { analyzeArticle } from '../../server/src/analysis/article';
import { loadScriptConverter } from '../../server/src/node/scriptConverter';
import { loadSegmenter } from '../../server/src/node/segmenter';
import type { Span } from '../../server/src/analysis/types';

const convert = loadScriptConverter();
/** A converter with length-changing phrases and a surrogate pair, so the map has pieces to find. */
const TOY: Record<string, string> = { 的士: '计程车', 𠮷: '吉', 乾: '干', 兩: '两', 說: '说', 兵: '兵', 臺: '台', 灣: '湾', 計: '计', 程: '程', 車: '车', 雪梨: '悉尼', 雪: '雪', 梨: '梨' };
const toy = (s: string): string => {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const two = s.slice(i, i + 2);
    if (TOY[two] !== undefined && two.length === 2) { out += TOY[two]; i += 2; continue; }
    const w = s.codePointAt(i)! > 0xffff ? 2 : 1;
    out += TOY[s.slice(i, i + w)] ?? s.slice(i, i + w);
    i += w;
  }
  return out;
};

const DETECT_CASES: [string, 'simplified' | 'traditional'][] = [
  ['臺灣的經濟成長', 'traditional'],
  ['台湾的经济增长', 'simplified'],
  ['香港特區政府發言人說', 'traditional'],
  ['他说：“好。”', 'simplified'],
  ['「好。」', 'simplified'],
  ['', 'simplified'],
];
for (const [text, want] of DETECT_CASES) test(`detectScript(${JSON.stringify(text)}) = ${want}`, () => assert.equal(detectScript(text), want));

test('countScript counts script-marking characters only', () => assert.deepEqual(countScript('臺灣的經濟'), { traditional: 4, simplified: 0 }));

const RANGE_CASES: [string, Span[]][] = [
  ['台湾的经济增长\n中国', []],
  ['臺灣經濟\r\n\r\n香港特區', [{ start: 0, end: 12 }]],
  ['据臺灣媒体报道\n美国国防部称\n「經濟」', [{ start: 0, end: 7 }, { start: 15, end: 19 }]],
  ['臺北\n台湾记者发现', [{ start: 0, end: 2 }]],
];
for (const [text, want] of RANGE_CASES) test(`findTraditionalRanges(${JSON.stringify(text)})`, () => assert.deepEqual(findTraditionalRanges(text), want));

/** [original, a span of the converted text, the original text it must map to] */
const MAP_CASES: [string, string, string][] = [
  ['說的士兵', '计程车', '的士'],
  ['說的士兵', '兵', '兵'],
  ['說的士兵', '说', '說'],
  ['𠮷野家在臺灣', '台湾', '臺灣'],
  ['𠮷野家', '吉', '𠮷'],
  ['雪梨，的士。兩個𠮷', '两', '兩'],
  ['雪梨，的士。兩個𠮷', '计程车。', '的士。'],
  ['雪梨，的士。兩個𠮷', '吉', '𠮷'],
  ['a的士b的士c', 'b', 'b'],
  ['a的士b的士c', 'c', 'c'],
];
for (const [original, find, want] of MAP_CASES) {
  test(`offset map: ${find} in toy(${original}) → ${want}`, () => {
    const converted = toy(original);
    const map = OffsetMap.align(original, converted, toy);
    const start = converted.lastIndexOf(find);
    assert.ok(start >= 0, converted);
    const s = map.toOriginalSpan({ start, end: start + find.length });
    assert.equal(original.slice(s.start, s.end), want);
  });
}

test('offset map: same-length conversions need no pieces; every offset maps to itself', () => {
  const original = '臺灣經濟「成長」\r\n說';
  const map = OffsetMap.align(original, convert(original), convert);
  assert.ok(map.isIdentity);
  for (let i = 0; i <= original.length; i++) assert.equal(map.toOriginalStart(i), i);
});

test('offset map: a converter that changes a kept character trusts nothing after it', () => {
  const map = OffsetMap.align('ab的士c', 'aX计程车c', toy);
  assert.deepEqual(map.toOriginalSpan({ start: 0, end: 1 }), { start: 0, end: 1 });
  assert.deepEqual(map.toOriginalSpan({ start: 2, end: 3 }), { start: 1, end: 5 });
});

test('a Simplified article has no view (nothing converted)', () => {
  assert.equal(toSimplifiedView('# 标题\n\n董军表示：“好。”', convert), null);
});

const segment = loadSegmenter();
const ARTICLE = [
  '# 國防部：臺灣海峽局勢',
  '',
  '![](https://img.example.com/2024/04/17/a.jpg)',
  '',
  '國防部發言人張曉剛17日表示：「美方應停止向台灣出售武器。」他說，『臺灣問題』是中國內政。𠮷野家',
  '',
  '民國113年4月16日，台灣地區領導人在臺北發表講話。張曉剛說：「我們堅決反對。」',
  '',
  '「未完的引號',
].join('\r\n');

test('a Traditional article: every span, entity, date and quote in the original characters', () => {
  const a = analyzeArticle(ARTICLE, { segment, convert });
  assert.ok(a.mentions.length > 0 && a.dates.length > 0 && a.quotes.length > 0);
  for (const m of a.mentions) assert.equal(ARTICLE.slice(m.start, m.end), m.text);
  for (const d of a.dates) assert.equal(ARTICLE.slice(d.start, d.end), d.text);
  for (const q of a.quotes) assert.equal(ARTICLE.slice(q.inner.start, q.inner.end), q.text);
  for (const b of a.blocks) assert.ok(b.start <= b.content.start && b.content.end <= b.end);
  for (const f of a.findings) assert.ok(f.start <= f.end && f.end <= ARTICLE.length);
  const person = a.entities.find((e) => e.name === '張曉剛');
  assert.ok(person, JSON.stringify(a.entities.map((e) => e.name)));
  const said = a.quotes.find((q) => q.text.startsWith('美方應'));
  assert.equal(said?.speaker, '張曉剛');
  assert.deepEqual(a.dates.find((d) => d.text.startsWith('民國'))?.value, '2024-04-16');
  assert.equal(a.dates.find((d) => d.text === '17日')?.value, '2024-04-17');
});

test('臺灣 / 台灣 are one entity, named as first written, the other form an alias', () => {
  const text = '臺灣經濟成長。台灣的出口增加。臺灣方面表示。';
  const a = analyzeArticle(text, { segment, convert });
  const taiwan = a.entities.filter((e) => e.name === '臺灣' || e.aliases.includes('臺灣'));
  assert.equal(taiwan.length, 1, JSON.stringify(a.entities));
  assert.equal(taiwan[0].name, '臺灣');
  assert.deepEqual(taiwan[0].aliases, ['台灣']);
  for (const s of taiwan[0].mentions) assert.ok(['臺灣', '台灣'].includes(text.slice(s.start, s.end)));
});

test('a mixed article: the Simplified lines are left as they are', () => {
  const text = '美国国防部长奥斯汀表示：“好。”\n\n據臺灣媒體報導，台湾方面拒绝回应。';
  const view = toSimplifiedView(text, convert);
  assert.ok(view);
  assert.equal(view.text.slice(0, text.indexOf('\n')), text.slice(0, text.indexOf('\n')));
  const a = analyzeArticle(text, { segment, convert });
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  assert.ok(a.entities.some((e) => e.name === '臺灣' && e.aliases.includes('台湾')), JSON.stringify(a.entities));
});
