// The end of a person span the model read, without what the segmenter glued to it
// (server/src/analysis/entities/modelPersonSpans.ts withoutGluedTail): sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personAtPlaceOf, withSurnameBefore, withUnknownLast, withoutGluedHead, withoutGluedTail } from '../../server/src/analysis/entities/modelPersonSpans';
import type { Token } from '../../server/src/analysis/types';

/** [text, the model's span, the name kept] */
const CASES: [string, string, string][] = [
  ['记者从王海处获悉', '王海处', '王海'],
  ['记者吴越摄_', '吴越摄', '吴越'],
  ['教导主任（张译饰）', '张译饰', '张译'],
  ['李艾便通知了大家', '李艾便', '李艾'],
  // `则` (on the other hand) after a name, before its verb
  ['研二的刘美则爱好刮刮乐', '刘美则', '刘美'],
  // `及` (and) after a name, before the next one
  ['财务负责人朱玲及信息披露负责人胡杰', '朱玲及', '朱玲'],
  // a case named after the person
  ['目前李明案还未开庭', '李明案', '李明'],
  ['参考了福州赵强案和涞源案', '赵强案', '赵强'],
  // a three-character name is kept
  ['记者张明远在现场', '张明远', '张明远'],
  // a count of people after the name
  ['欧阳三人在车上合照', '欧阳三人', '欧阳'],
  ['李明远两人在车上合照', '李明远两人', '李明远'],
];

for (const [text, span, want] of CASES) {
  test(`glued tail: ${text}`, () => {
    const start = text.lastIndexOf(span);
    const end = withoutGluedTail(text, start, start + span.length);
    assert.equal(text.slice(start, end), want);
  });
}

/** [text, the model's person span, the name kept]: a preposition glued to a transliterated name's first character */
const HEADS: [string, string, string][] = [
  ['这是记者从泽连斯基那里听到的', '从泽连斯基', '泽连斯基'],
  ['她向贝索斯提问', '向贝索斯', '贝索斯'],
  // … not a Chinese name's surname (`向巴平措`, `从玉华`), nor a short one
  ['随后向巴平措表示', '向巴平措', '向巴平措'],
  ['演员从玉华说', '从玉华', '从玉华'],
  // a title's `人` (`主理人`, `创始人`) begins no name
  ['这家店的主理人吝凯提到', '人吝凯', '吝凯'],
  ['公司创始人王涵说', '人王涵', '王涵'],
];

for (const [text, span, want] of HEADS) {
  test(`glued head: ${text}`, () => {
    const start = text.indexOf(span);
    assert.equal(text.slice(withoutGluedHead(text, start, start + span.length), start + span.length), want);
  });
}

/** [text, the model's organization span, whether it is a person's place (`从X处`)] */
const PLACE_OF: [string, string, boolean][] = [
  ['我们从马克龙处获悉', '马克龙处', true],
  ['记者从张伟处了解到', '张伟处', true],
  // a body's department (`秘书处`), or no `从`/`在` before it
  ['记者从联合国秘书处获悉', '联合国秘书处', false],
  ['马克龙处理了此事', '马克龙处', false],
];

for (const [text, span, want] of PLACE_OF) {
  test(`a person's place: ${text}`, () => {
    const start = text.indexOf(span);
    assert.equal(personAtPlaceOf(text, start, start + span.length), want);
  });
}

/** Tokens from `word/tag` pairs, their spans by running sum. */
function tokensOf(tagged: string): Token[] {
  let at = 0;
  return tagged.split(' ').map((wt) => {
    const i = wt.lastIndexOf('/');
    const word = wt.slice(0, i);
    const t = { word, tag: wt.slice(i + 1), start: at, end: at + word.length };
    at += word.length;
    return t;
  });
}

/** [tokens as the segmenter reads the text, the model's span, the name kept] */
const SURNAME_CASES: [string, string, string][] = [
  // a rare surname the model left out, a word of its own at the start of a clause
  ['，/x 卿/nr 素华称/x ，/x', '素华', '卿素华'],
  ['，/x 项/n 姚兴开/x 着/uz 洒水车/l', '姚兴', '项姚兴'],
  ['项/n 姚兴开/x 着/uz', '姚兴', '项姚兴'],
  // conjunctions and prepositions that are surnames too are not taken in
  ['，/x 但/c 贾玲/x 以/p 变强/v', '贾玲', '贾玲'],
  ['，/x 由/p 曹萼/x 继续/v', '曹萼', '曹萼'],
  // a name the dictionary knows whole: `连` is `even` there
  ['，/x 连/nr 拜登/nrt 都/d', '拜登', '拜登'],
  // not in the middle of a clause, nor with a character glued to the word before
  ['警方/n 请/v 卿/nr 素华去/x', '素华', '素华'],
  ['警方/n 请卿/x 素华去/x', '素华', '素华'],
  // a three-character span is left as it is
  ['，/x 卿/nr 王素华/x', '王素华', '王素华'],
];

for (const [tagged, span, want] of SURNAME_CASES) {
  test(`surname before: ${tagged}`, () => {
    const tokens = tokensOf(tagged);
    const text = tokens.map((t) => t.word).join('');
    const start = text.lastIndexOf(span);
    const from = withSurnameBefore(text, tokens, start, start + span.length);
    assert.equal(text.slice(from, start + span.length), want);
  });
}

/** [tokens as the segmenter reads the text, the model's span, the name kept] */
const LAST_CASES: [string, string, string][] = [
  // a character the dictionary does not know, a word of its own
  ['分析师/n 的/uj 郭明/x 錤/x 称/v ，/x', '郭明', '郭明錤'],
  ['钟/nr 睒/x 睒/x 也/d 说/v 过/ug', '钟睒', '钟睒睒'],
  ['名将/n 林孝/x 埈/x 在/p 决赛/n', '林孝', '林孝埈'],
  // a known word, a Latin or punctuation token, or a span that is no two-character name: left as they are
  ['孙子/nr 见/v 表示/v', '孙子', '孙子'],
  ['王立/x A/x 的/uj 作品/n', '王立', '王立'],
  ['王立/x ，/x 的/uj 作品/n', '王立', '王立'],
  ['李/nr 则/c 表示/v', '李则', '李则'],
  ['郭明远/x 錤/x 称/v', '郭明远', '郭明远'],
];

for (const [tagged, span, want] of LAST_CASES) {
  test(`unknown last character: ${tagged}`, () => {
    const tokens = tokensOf(tagged);
    const text = tokens.map((t) => t.word).join('');
    const start = text.indexOf(span);
    const end = withUnknownLast(text, tokens, start, start + span.length);
    assert.equal(text.slice(start, end), want);
  });
}
