/**
 * Speakers, twenty-eighth round (issue 16), kinds read on the speaker sets S411–S680: whom a person talks
 * to after `跟` (`还跟妈妈说`) is no speaker, the subject before it is; a name owning the kin who speaks
 * (`小赵妈妈说`) gives no speaker (the guideline's unnamed person of no body), as `王璐的妈妈` did; a person
 * opening a later clause of what someone reports (`奎因透露，查尔斯……，而哈里王子……`) is a topic of
 * their words, not the one a later `他` points back to. Every sentence is written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../server/src/analysis/types';
import { speakerOf } from '../helpers/speakers';

const P = (n: string): [string, EntityMention['type']] => [n, 'person'];

/** [text, quote head, mentions known to the entity module, expected speaker] */
const CASES: [string, string, [string, EntityMention['type']][], string | null][] = [
  // `跟` + whom: the clause's subject, or the one the dropped subject stands for
  ['小王拿着存单离开，还跟妈妈说：“今年我也要继续存定期。”', '今年我也', [P('小王')], '小王'],
  ['小王跟朋友说：“今年我也要继续存定期。”', '今年我也', [P('小王')], '小王'],
  ['陈晓东跟记者说：“明年还会再来。”', '明年还会', [P('陈晓东')], '陈晓东'],
  // a person and their kin or relatives speaking together: the person named (`及其`, `及多名` end the subject)
  ['王海及其弟媳均表示：“消防员没带氧气罐。”', '消防员没带', [P('王海')], '王海'],
  ['王海及多名亲属告诉记者：“她的脸上烧脱了一点皮。”', '她的脸上烧', [P('王海')], '王海'],
  // `辩称`, one verb (not `辩` + `称`)
  ['庭审中，张三辩称“我没有拿过那笔钱”。', '我没有拿过', [P('张三')], '张三'],
  // a name owning the kin who speaks: no one named
  ['小赵妈妈说：“感觉她长大了。”', '感觉她长', [P('小赵')], null],
  ['张伟爸爸表示：“孩子很懂事。”', '孩子很懂', [P('张伟')], null],
  ['乐乐二姑说，现场也报警了。“那个烟花应该是违规的。”', '那个烟花', [P('乐乐')], null],
  // … the kin named after it, and the name alone, still speak
  ['鹏鹏妈妈孙佳佳说：“感觉她长大了。”', '感觉她长', [P('鹏鹏'), P('孙佳佳')], '孙佳佳'],
  ['张伟表示：“孩子很懂事。”', '孩子很懂', [P('张伟')], '张伟'],
  // a person opening a later clause of someone's report is not whom `他` points back to
  ['王室专家汤姆·奎因透露，查尔斯不得不提前制定计划，而哈里王子因此不被信任。他补充道：“计划是高度机密的。”', '计划是高', [P('汤姆·奎因'), P('查尔斯'), P('哈里')], '汤姆·奎因'],
  ['检察官胡尔表示，经过调查，拜登很配合。他还称：“他是一个好心的老人。”', '他是一个', [P('胡尔'), P('拜登')], '胡尔'],
  // a quote opening a sentence after one a new person opens: that person, not the last speaker carried on
  ['“照我说的拍。”投资人杰夫说。导演吴昊天看了对方一眼，觉得他太狂了。“你凭什么教我拍？”', '你凭什么', [P('杰夫'), P('吴昊天')], '吴昊天'],
  // … not one named deeper in that sentence, nor the last speaker named again
  ['“照我说的拍。”投资人杰夫说。他看了吴昊天一眼，觉得对方太年轻。“你凭什么不听？”', '你凭什么', [P('杰夫'), P('吴昊天')], '杰夫'],
  // … one opening a sentence of the narration still is
  ['汤姆·奎因谈到了计划。哈里王子不被信任。他补充道：“我会回来的。”', '我会回来', [P('汤姆·奎因'), P('哈里')], '哈里'],
];

for (const [text, head, names, want] of CASES) {
  test(`kin and reports: ${text.slice(0, 16)}…`, () => {
    assert.equal(speakerOf(text, head, names), want);
  });
}

/** A first-person account the article declares (`quotes/narrator.ts`): [text, quote head, mentions, speaker]. */
const NARRATED: [string, string, [string, EntityMention['type']][], string | null][] = [
  ['**以下为李晓梅口述（有删减）：**\n\n客户问：“你们有门店吗？”\n\n我回答说：“没有门店。”', '没有门店', [P('李晓梅')], '李晓梅'],
  ['以下是陈思的自述：\n\n我跟她说：“我们下周见。”', '我们下周', [P('陈思')], '陈思'],
  ['口述：张博\n\n“这个月卖得不好。”我说。', '这个月卖', [], '张博'],
  // … not whom someone asks, not what `我` heard another say, and no narrator declared: no one
  ['以下为李晓梅口述：\n\n客户问：“你们有门店吗？”\n\n我回答说：“没有。”', '你们有门', [P('李晓梅')], null],
  ['以下为李晓梅口述：\n\n我听到有人说：“快走。”', '快走', [P('李晓梅')], null],
  ['客户问我有没有门店。我回答说：“没有门店。”', '没有门店', [], null],
];

for (const [text, head, names, want] of NARRATED) {
  test(`narrator: ${text.slice(0, 16).replace(/\n/g, '⏎')}…`, () => {
    assert.equal(speakerOf(text, head, names), want);
  });
}
