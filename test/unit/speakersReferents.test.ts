/**
 * Speakers, twenty-ninth round (issue 16), kinds read on the speaker sets S681–S770: the person a pronoun
 * opening a new paragraph falls back to (the last one named before it) is not one who only owns the kin
 * named after them (`……赵小兰之父。¶他说`), nor a bracketed gloss of the name before (`赵锡成（James Chao）`);
 * `附和` (chiming in) and `确认` (confirm) are speech verbs; a quote-only paragraph after a paragraph a person opens
 * and names again is that person's (`张玉来自县城……向张玉催婚。¶“……”`); a person named after the one they are kin of
 * is their clause's subject (`曾某群的大儿子刘凤阳向记者回忆……。他称`); a speech clause later in a sentence someone's
 * report opens is part of the report (`陈芬回忆，……，之后朱某平称要去昆明干活。“……”` → 陈芬).
 * A name after a verb or preposition of a topic (`当被问及特朗普的法律问题时，她说`) is no referent, nor is a name after a
 * preposition or inside a longer term in quotes the topic of a paragraph a new person opens (forty-fifth round).
 * Every sentence is written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../server/src/analysis/types';
import { speakerOf } from '../helpers/speakers';

const P = (n: string): [string, EntityMention['type']] => [n, 'person'];
const O = (n: string): [string, EntityMention['type']] => [n, 'organization'];

/** [text, quote head, mentions known to the entity module, expected speaker] */
const CASES: [string, string, [string, EntityMention['type']][], string | null][] = [
  // a surname alone names again the person last named with it (news translated from foreign papers: `黄在演讲中表示`)
  ['芯片公司首席执行官黄明远周一出席了活动。\n\n黄在演讲中表示：“人工智能的时代已经到来。”', '人工智能', [P('黄明远')], '黄明远'],
  ['芯片公司首席执行官黄明远周一出席了活动。\n\n黄还说，“我们会继续投资。”', '我们会继', [P('黄明远')], '黄明远'],
  // … no one when no one was named with it
  ['芯片公司首席执行官黄明远周一出席了活动。\n\n王在会上说：“我们不会放弃。”', '我们不会', [P('黄明远')], null],
  // the last person named before the paragraph owns the kin: the one before them is meant
  ['船运公司创办人陈家明，是演员陈晓玲之父。\n\n他在声明中说：“我们非常悲痛。”', '我们非常', [P('陈家明'), P('陈晓玲')], '陈家明'],
  ['球队的新教练是林志远，也是前国脚林浩的父亲。\n\n他说：“我会尽力。”', '我会尽力', [P('林志远'), P('林浩')], '林志远'],
  // … a bracketed gloss of the name before is that name
  ['船运公司创办人陈家明（James Chen），是演员陈晓玲之父。\n\n他在声明中说：“我们非常悲痛。”', '我们非常', [P('陈家明'), P('James Chen'), P('陈晓玲')], '陈家明'],
  ['船运公司的创办人是陈家明（James Chen）。\n\n他在声明中说：“我们非常悲痛。”', '我们非常', [P('陈家明'), P('James Chen')], '陈家明'],
  // … a last person who owns nothing is still the one meant
  ['船运公司创办人陈家明，和演员陈晓玲一起出席。\n\n她在声明中说：“我们非常悲痛。”', '我们非常', [P('陈家明'), P('陈晓玲')], '陈晓玲'],
  // `附和` (chiming in) is a speech verb: someone unnamed, not the last speaker carried on
  ['服装厂老板王芳对记者直言：“工人要价越来越高。”另一名老板也在旁附和：“工人一天想赚一千元。”', '工人一天', [P('王芳')], null],
  ['服装厂老板王芳对记者直言：“工人要价越来越高。”老板李强在旁附和：“工人一天想赚一千元。”', '工人一天', [P('王芳'), P('李强')], '李强'],
  // a quote-only paragraph after one a person opens and names again: that person, the paragraph's topic
  ['记者见到了王刚。\n\n张玉来自县城，今年29岁。春节期间，亲戚们常向张玉催婚。\n\n“我95年出生，在县城被称为大龄剩女。”', '我95年出', [P('王刚'), P('张玉')], '张玉'],
  ['记者见到了王刚。\n\n亲戚们常向张玉催婚。\n\n“我95年出生，在县城被称为大龄剩女。”', '我95年出', [P('王刚'), P('张玉')], null],
  // a person named after the one they are kin of is their clause's subject (`曾某群的大儿子刘凤阳`)
  ['“快下楼。”曾某华对老伴说。\n\n死者叫曾某华。次日，曾某华的大儿子刘凤林向记者回忆了事发过程。他称，火灾发生时，他正在睡觉。“迷迷糊糊中，被一阵烟花声吵醒。”', '迷迷糊糊', [P('曾某华'), P('刘凤林')], '刘凤林'],
  // a speech clause later in a sentence someone's report opens (`陈芬回忆，……，之后朱某平称`) leaves them the floor
  ['陈红回忆，婚后两人常为琐事争吵，之后王平称要去昆明干活。“一开始还偶尔有联系，后来就联系不上了。”', '一开始还', [P('陈红'), P('王平')], '陈红'],
  // … not one set against it (`而`)
  ['陈红表示，她会继续等，而王平称要去昆明干活。“一开始还偶尔有联系，后来就联系不上了。”', '一开始还', [P('陈红'), P('王平')], '王平'],
  // `确认` (confirm) is a speech verb, not in `经确认` or `确认了`
  ['一位江城医院的医生向记者确认，病人已多次就诊，“他患有皮炎，不止一两年了。”', '他患有皮', [O('江城医院')], '江城医院'],
  ['经确认，病人已多次就诊，“他患有皮炎，不止一两年了。”', '他患有皮', [], null],
  // a name after a verb or preposition of a topic (`问及`, `谈到`, `关于`) is what is talked about, not the pronoun's referent
  // (forty-fifth round: `当被问及特朗普的法律问题时，她耸耸肩说`)
  ['“鞋子很好穿。”林娜说。当被问及王建国的官司时，她笑着说，“我认为他会赢。”', '我认为他', [P('林娜'), P('王建国')], '林娜'],
  ['“鞋子很好穿。”林娜说。谈到王建国的新书，她说，“写得不错。”', '写得不错', [P('林娜'), P('王建国')], '林娜'],
  ['“鞋子很好穿。”林娜说。王建国看过之后，他说，“写得不错。”', '写得不错', [P('林娜'), P('王建国')], '王建国'],
  // a paragraph a new person opens and is named again in: a pronoun opening the next is theirs, not the last speaker's, whom the
  // paragraph names only after a preposition (`也和法里托有同样的感觉`) or inside a term in quotes (`“维苏威挑战赛”`)
  ['“这种方法被低估了。”林涛说。\n\n团队的另一名成员王建国是博士生。王建国是广东人，也和林涛有同样的感觉。\n\n他告诉媒体说：“我对这个很感兴趣。”', '我对这个', [P('林涛'), P('王建国')], '王建国'],
  ['“这种方法被低估了。”林涛说。\n\n团队的另一名成员王建国是博士生。王建国读到“林涛挑战赛”的新闻时很兴奋。\n\n他告诉媒体说：“我对这个很感兴趣。”', '我对这个', [P('林涛'), P('王建国')], '王建国'],
  ['“这种方法被低估了。”林涛说。\n\n团队的另一名成员王建国是博士生。王建国是广东人，林涛也有同样的感觉。\n\n他告诉媒体说：“我对这个很感兴趣。”', '我对这个', [P('林涛'), P('王建国')], '林涛'],
];

for (const [text, head, names, want] of CASES) {
  test(`pronoun referents: ${text.slice(0, 16).replace(/\n/g, '⏎')}…`, () => {
    assert.equal(speakerOf(text, head, names), want);
  });
}
