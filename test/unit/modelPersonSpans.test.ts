// The end of a person span the model read, without what the segmenter glued to it
// (server/src/analysis/entities/modelPersonSpans.ts withoutGluedTail): sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutGluedTail } from '../../server/src/analysis/entities/modelPersonSpans';

/** [text, the model's span, the name kept] */
const CASES: [string, string, string][] = [
  ['记者从王海处获悉', '王海处', '王海'],
  ['记者吴越摄_', '吴越摄', '吴越'],
  ['教导主任（张译饰）', '张译饰', '张译'],
  ['李艾便通知了大家', '李艾便', '李艾'],
  // a case named after the person
  ['目前李明案还未开庭', '李明案', '李明'],
  ['参考了福州赵强案和涞源案', '赵强案', '赵强'],
  // a three-character name is kept
  ['记者张明远在现场', '张明远', '张明远'],
];

for (const [text, span, want] of CASES) {
  test(`glued tail: ${text}`, () => {
    const start = text.lastIndexOf(span);
    const end = withoutGluedTail(text, start, start + span.length);
    assert.equal(text.slice(start, end), want);
  });
}
