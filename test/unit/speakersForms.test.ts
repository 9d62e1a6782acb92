/**
 * Speakers by kind, nineteenth round (issue 16), kinds read on the speaker sets S321–S500: a name whose
 * first character is also a preposition (`于某`, `曾某`, `向某`) opening a sentence whose later clause
 * speaks; a time (`赛后`, `会后`) or a manner word (`深刻`, `郑重`) between the speaker and the verb;
 * `X如是说`; `一边……一边说`; a person and a title read as a role (`拜登总统` → `拜登`), or a person and a verb
 * (`张三看了看记者`); clause fragments that are no speaker (`父亲很生气`, `掌掴学生的脸`) and a trade
 * before a form of address (`算命先生`). Every sentence is written for the test (none from a gold set).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../server/src/analysis/types';
import { speakerOf } from '../helpers/speakers';

const P = (n: string): [string, EntityMention['type']] => [n, 'person'];
const O = (n: string): [string, EntityMention['type']] => [n, 'organization'];

/** [text, quote head, mentions known to the entity module, expected speaker] */
const CASES: [string, string, [string, EntityMention['type']][], string | null][] = [
  // a name opening with 于/曾/向, the subject a later clause of the sentence shares
  ['民警找到于某时，于某起初拒不承认，还对民警说“钱是借来的”。', '钱是借来', [P('于某')], '于某'],
  ['曾某看完合同，又补充道：“这份合同我没有签过字。”', '这份合同', [P('曾某')], '曾某'],
  ['向某放下电话，随后表示：“我们会配合调查。”', '我们会配', [P('向某')], '向某'],
  // … a sentence opening with a preposition names no one
  ['在发布会上，还有人称：“票已经卖完了。”', '票已经卖', [], null],
  // … also with a manner adverbial before the verb, after a title too
  ['于海笑着说：“这件事我们会认真调查。”', '这件事我', [P('于海')], '于海'],
  ['教授曾某激动地表示：“这件事我们会认真调查。”', '这件事我', [P('曾某')], '曾某'],
  // `一边……一边说`
  ['王建国一边擦汗一边说：“这件事我们会认真调查。”', '这件事我', [P('王建国')], '王建国'],
  // `所在` is no preposition cutting the name (`王建国所|在的公司`)
  ['王建国所在的公司表示：“这件事我们会认真调查。”', '这件事我', [P('王建国')], '王建国所在的公司'],
  // a time of an event between the speaker and the verb
  ['主教练刘建国赛后表示：“队员们已经尽力了，输球的责任在我。”', '队员们已', [P('刘建国')], '刘建国'],
  ['周海涛会后对记者说：“方案下周就会公布。”', '方案下周', [P('周海涛')], '周海涛'],
  // … but a body ending in 会 is no time (`委员会`)
  ['市人大常委会后来发布通告称：“条例自下月起施行。”', '条例自下', [O('市人大常委会')], '市人大常委会'],
  // a manner word with no 地 between the speaker and the verb
  ['林慧芳深刻指出：“教育公平是社会公平的基础。”', '教育公平', [P('林慧芳')], '林慧芳'],
  ['王建国郑重声明：“本人从未授权任何机构使用我的肖像。”', '本人从未', [P('王建国')], '王建国'],
  // `竟`, `竟然` end a subject (`欧盟竟以……为由`)
  ['如今，欧盟竟以安全为由拒绝了申请，并声称此举旨在“保护成员国的利益”。', '保护成员', [O('欧盟')], '欧盟'],
  ['周海涛不但不认错，竟然说：“规定本来就不合理。”', '规定本来', [P('周海涛')], '周海涛'],
  // `接着` between speaker and verb; `X的原话是`
  ['周海涛接着说道：“方案下周就会公布。”', '方案下周', [P('周海涛')], '周海涛'],
  ['对方告诉他，郑海波的原话是“不要再来找我了”。', '不要再来', [P('郑海波')], '郑海波'],
  // a body's account speaks for the body (`官方微博` is no title 官 before a name `方微博`)
  ['阿里巴巴集团官方微博发文称：“这件事我们会认真调查。”', '这件事我', [O('阿里巴巴集团')], '阿里巴巴集团'],
  ['中国佛教协会官网发布消息称：“这件事我们会认真调查。”', '这件事我', [O('中国佛教协会')], '中国佛教协会'],
  // `X如是说` after the quote
  ['“城市的活力来自年轻人。”在新区开工仪式上，周海涛如是说。', '城市的活', [P('周海涛')], '周海涛'],
  ['“城市的活力来自年轻人。”周海涛如是说。', '城市的活', [P('周海涛')], '周海涛'],
  // a person and a title: the person; someone's kin stays a role, not the person
  ['布林肯国务卿表示：“我们希望局势尽快缓和。”', '我们希望', [P('布林肯')], '布林肯'],
  ['习近平总书记强调：“新时代新征程，网信事业的重要地位作用日益凸显。”', '新时代新', [P('习近平')], '习近平'],
  ['王群儿子表示：“我父亲从没收过钱。”', '我父亲从', [P('王群')], '王群儿子'],
  // a person, then a verb: the person
  ['周海涛看了看记者，笑着说：“这件事我们早就想到了。”', '这件事我', [P('周海涛')], '周海涛'],
  // the one after a verb is its object (`指着李女士说`); a time clause with someone else is no list (`与王毅通电话时`)
  ['王建国指着李女士说：“这件事我们会认真调查。”', '这件事我', [P('王建国'), P('李女士')], '王建国'],
  ['美国国务卿布林肯与王毅通电话时表示：“这件事我们会认真调查。”', '这件事我', [P('布林肯'), P('王毅')], '布林肯'],
  // a body's document or list speaks for the body (`欧盟的制裁提案上写道`)
  ['欧盟提出了新的制裁方案。“名单上也包括第三国的实体。”欧盟的制裁提案上写道。', '名单上也', [O('欧盟')], '欧盟'],
  // … while a list of speakers stays whole, not cut to its first name
  ['王建国和李女士都表示：“这件事我们会认真调查。”', '这件事我', [P('王建国'), P('李女士')], '王建国和李女士'],
  // staff who answered the call speak for the body called; the caller is not that body
  ['记者致电阿里巴巴集团了解情况，一位接通电话的工作人员表示，“这件事我们会认真调查。”', '这件事我', [O('阿里巴巴集团')], '阿里巴巴集团'],
  ['山海财经致电北辰物流了解情况，值班工作人员表示，“这件事我们会认真调查。”', '这件事我', [O('山海财经'), O('北辰物流')], '北辰物流'],
  ['山海财经致电了解情况，值班工作人员表示，“这件事我们会认真调查。”', '这件事我', [O('山海财经')], null],
  // clause fragments: no speaker
  ['父亲听完很生气，警告他不能再管这类事了，“上次挨的那一刀，还没记性？”', '上次挨的', [], null],
  ['视频中，这名老师情绪激动，掌掴学生的脸，还声称：“你根本不配读书！”', '你根本不', [], null],
  // someone counted and described is unnamed, even when the last word looks like a name (`黄牛`: 黄 a surname)
  ['一位报价3500元代抢的黄牛表示：“现在不是有钱就能买到票。”', '现在不是', [], null],
  // a trade before a form of address is no name (the guideline: an unnamed person, no speaker)
  ['他求助过算命先生。算命先生说，“别找了，人已经不在了”。', '别找了', [], null],
  // … a surname before it is
  ['欧阳先生说：“我每天都来这里散步。”', '我每天都', [], '欧阳先生'],
];

for (const [text, head, names, want] of CASES) {
  test(`speaker forms: ${head} → ${want}`, () => assert.equal(speakerOf(text, head, names, true), want));
}

/**
 * A grid of the commonest form, `[title]name[adverbial]verb[punctuation]“……”`: every combination names
 * the speaker (names whose first character is also a preposition among them).
 */
const GRID_NAMES: [string, EntityMention['type']][] = [P('王建国'), P('欧阳娜娜'), P('于海'), P('曾某'), P('约翰·史密斯'), O('外交部')];
const GRID_TITLES = ['', '发言人', '教授'];
const GRID_ADVERBIALS = ['', '昨天', '当地时间10日', '在发布会上', '赛后', '接受记者采访时', '在接受《新京报》采访时', '对记者', '随后', '还', '再次', '明确', '笑着', '激动地', '深有感触地', '近日在社交媒体上'];
const GRID_VERBS = ['说', '表示', '称', '指出', '坦言', '告诉记者', '回应称', '补充道'];
const GRID_MARKS = ['：“', '，“', '“'];

for (const [name, type] of GRID_NAMES) {
  for (const adverbial of GRID_ADVERBIALS) {
    test(`speaker forms grid: ${name}${adverbial}…`, () => {
      const wrong: string[] = [];
      for (const title of type === 'organization' ? [''] : GRID_TITLES) {
        for (const verb of GRID_VERBS) {
          for (const mark of GRID_MARKS) {
            const text = `${title}${name}${adverbial}${verb}${mark}这件事我们会认真调查，给公众一个交代。”`;
            const got = speakerOf(text, '这件事我们', [[name, type]], true);
            if (got !== name) wrong.push(`${text} → ${got}`);
          }
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
}

/** The same grid with the quote first: `“……”[，][title]name[adverbial]verb。` and with the sentence going on. */
const AFTER_VERBS = ['说', '表示', '称', '指出', '透露', '坦言', '告诉记者', '补充道', '回忆道', '感慨道'];
for (const [name, type] of GRID_NAMES) {
  test(`speaker forms grid, quote first: …${name}`, () => {
    const wrong: string[] = [];
    for (const title of type === 'organization' ? [''] : GRID_TITLES) {
      for (const adverbial of GRID_ADVERBIALS) {
        for (const verb of AFTER_VERBS) {
          for (const [sep, end] of [['', '。'], ['，', '。'], ['', '，目前调查已经开始。']]) {
            const text = `“这件事我们会认真调查，给公众一个交代。”${sep}${title}${name}${adverbial}${verb}${end}`;
            const got = speakerOf(text, '这件事我们', [[name, type]], true);
            if (got !== name) wrong.push(`${text} → ${got}`);
          }
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
}

/** A pronoun or a body's anaphor taking up the speaker: `name说：“……”他还补充道：“……”`. */
test('speaker forms grid: a pronoun after the speaker’s first quote', () => {
  const wrong: string[] = [];
  for (const [name, type] of GRID_NAMES) {
    for (const pronoun of type === 'organization' ? ['该部', '其'] : ['他']) {
      for (const adverb of ['', '还', '又', '也', '随后', '接着', '同时']) {
        for (const verb of AFTER_VERBS) {
          const text = `${name}说：“我们很重视。”${pronoun}${adverb}${verb}：“这件事我们会认真调查，给公众一个交代。”`;
          const got = speakerOf(text, '这件事我们', [[name, type]], true);
          if (got !== name) wrong.push(`${text} → ${got}`);
        }
      }
    }
  }
  assert.deepEqual(wrong, []);
});

/** Attributions beyond the plain verb: `据X介绍`, `X在判决书中写道`, `对此，X表示`, `X最后说`. */
const ATTRIBUTIONS = ['据N称，', '据N介绍，', '据N回忆，', 'N在回应中称，', 'N回应媒体时说：', 'N向记者证实：', 'N对此表示：', 'N就此事回应：', 'N最后说：', 'N当时就说：', 'N在电话中说：', 'N在庭审中辩称：', 'N在判决书中写道：', 'N通过微博回应称：', '对此，N表示：', '此外，N还表示：', '当天下午，N在接受采访时表示：', '记者注意到，N曾表示：'];
test('speaker forms grid: attributions beyond the plain verb', () => {
  const wrong: string[] = [];
  for (const [name, type] of GRID_NAMES) {
    for (const form of ATTRIBUTIONS) {
      const text = `${form.replace('N', name)}“这件事我们会认真调查，给公众一个交代。”`;
      const got = speakerOf(text, '这件事我们', [[name, type]], true);
      if (got !== name) wrong.push(`${text} → ${got}`);
    }
  }
  assert.deepEqual(wrong, []);
});
