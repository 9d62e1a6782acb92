import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinTranslit } from '../../server/src/analysis/entities/modelFusion';
import type { EntityType, Token } from '../../server/src/analysis/types';

/** Spans and tokens given as `text` pieces: `['加托', '普洛斯']` → spans over those pieces in order. */
function spansOf(text: string, parts: [string, EntityType][]): { start: number; end: number; type: EntityType }[] {
  let at = 0;
  return parts.map(([p, type]) => {
    const start = text.indexOf(p, at);
    at = start + p.length;
    return { start, end: at, type };
  });
}
function tokensOf(text: string, words: string[]): Token[] {
  let at = 0;
  return words.map((w) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    return { word: w, tag: 'x', start, end: at } as Token;
  });
}

/** Transliterated names cut by the model, made whole (sentences written for these tests). */
const CASES: { rule: string; text: string; spans: [string, EntityType][]; words: string[]; want: string[] }[] = [
  { rule: 'two person halves back to back', text: '记者罗曼诺夫斯基说', spans: [['罗曼', 'person'], ['诺夫斯基', 'person']], words: ['记者', '罗曼诺', '夫斯基', '说'], want: ['罗曼诺夫斯基/person'] },
  { rule: 'a span ending inside a transliterated word', text: '他们抵达了别列佐夫卡。', spans: [['别列佐', 'place']], words: ['他们', '抵达', '了', '别列', '佐夫卡', '。'], want: ['别列佐夫卡/place'] },
  { rule: 'a span starting inside a transliterated word', text: '教练阿尔西尼奥说', spans: [['西尼奥', 'person']], words: ['教练', '阿尔西', '尼奥', '说'], want: ['阿尔西尼奥/person'] },
  { rule: 'a Chinese name and a following word stay apart', text: '王海处理了此事', spans: [['王海', 'person']], words: ['王海', '处理', '了', '此事'], want: ['王海/person'] },
  { rule: 'a person and a place back to back stay apart', text: '普京莫斯科讲话', spans: [['普京', 'person'], ['莫斯科', 'place']], words: ['普京', '莫斯科', '讲话'], want: ['普京/person', '莫斯科/place'] },
];

for (const c of CASES) {
  test(`transliterated name: ${c.rule}`, () => {
    const got = joinTranslit(c.text, spansOf(c.text, c.spans), tokensOf(c.text, c.words));
    assert.deepEqual(got.map((m) => `${c.text.slice(m.start, m.end)}/${m.type}`), c.want);
  });
}
