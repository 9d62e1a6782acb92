/**
 * Documents that speak for their owner (`quotes/documents.ts`): a quote introduced by a document alone
 * (`公告称`, `文中还提到`, `其中第一条提到`) has as speaker the person or body last named as publishing
 * one; one introduced by `有` + a body + its staff (`有字节员工告诉`) has the body. Every sentence is
 * written for the test; each case runs with and without the mention, through the rules alone (the learned
 * ranker that may revise the narration fallback's speakers has its own tests, speakerRanker.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../server/src/analysis/types';
import { speakerOf } from '../helpers/speakers';

const O = (n: string): [string, EntityMention['type']] => [n, 'organization'];
const P = (n: string): [string, EntityMention['type']] => [n, 'person'];

/** [text, quote head, mentions, speaker with them, speaker without them] */
const CASES: [string, string, [string, EntityMention['type']][], string | null, string | null][] = [
  // the publisher in the same sentence
  ['江城市交通运输局下发《关于规范停车秩序的通知》，其中第二条提到：“严禁在人行道上停放机动车。”', '严禁在人', [O('江城市交通运输局')], '江城市交通运输局', null],
  ['记者拿到一份由北辰物流发布的声明函，声明函称“公司经营一切正常，传言不实”。', '公司经营', [O('北辰物流')], '北辰物流', null],
  // … also after a conjunction (`，但报告表示`)
  ['评级机构北辰评级在上月发布的《全球信用展望》中表示，经济仍将增长，但报告表示“制造业能否复苏仍是一个悬而未决的问题”。', '制造业能', [O('北辰评级')], '北辰评级', null],
  // … or paragraphs before, and a quote-only paragraph after the clause
  ['南湖区应急管理局昨日发布公告。\n\n公告称，“事故造成两人轻伤，火情已经扑灭。”', '事故造成', [O('南湖区应急管理局')], '南湖区应急管理局', null],
  ['林海涛在一篇文章中分析称，市场仍在调整。\n\n文中还提到：\n\n“房价的企稳需要更长的时间，不能操之过急。”', '房价的企', [P('林海涛')], '林海涛', null],
  // an unnamed member of a named body's staff, before or after the quote: the body
  ['有北辰物流员工向记者透露：“今年的年终奖比去年少了一半。”', '今年的年', [O('北辰物流')], '北辰物流', null],
  ['“今年的年终奖比去年少了一半。”有北辰物流员工告诉记者。', '今年的年', [O('北辰物流')], '北辰物流', null],
  // a document named by its title speaks for the body before `关于` (issuer, 关于, matter, kind)
  ['记者拿到的一份内部文件《江城市教育局关于暂停招生的函》明确写道，“因校舍改造，今年暂停招生。”', '因校舍改', [O('江城市教育局')], '江城市教育局', '江城市教育局'],
  ['文件《南湖区人民政府、南湖区财政局关于调整补贴标准的通知》中提到：“补贴标准上调百分之十。”', '补贴标准', [O('南湖区人民政府')], '南湖区人民政府', '南湖区人民政府'],
  ['文件《江城市教育局与江城市财政局关于调整补贴标准的通知》中提到：“补贴标准上调百分之十。”', '补贴标准', [], '江城市教育局', '江城市教育局'],
  // … not a title with no issuer before `关于`, nor a document with no owner at all
  ['《关于暂停招生的函》写道，“因校舍改造，今年暂停招生。”', '因校舍改', [], null, null],
  ['一份内部文件写道，“因校舍改造，今年暂停招生。”', '因校舍改', [], null, null],
  // a meeting speaks for the one who convened it; not for a body named in a gloss before the verb
  ['江城市委常委会召开会议，研究部署有关工作。\n\n会议要求，要“把群众的事当作自己的事来办”。', '把群众的', [O('江城市委常委会')], '江城市委常委会', null],
  ['时任江城市长许文清（现任南湖区委书记）召开会议。会议提到，“要把群众的事当作自己的事来办”。', '要把群众', [P('许文清'), O('南湖区委')], '许文清', null],
  // an article the text calls `文章` after an outlet spoke: the one named publishing it since wrote it
  ['据东方晚报报道，江城的房价连跌三月。\n\n北方周刊杂志发表了一篇分析文章。\n\n文章说：“房价的企稳需要更长的时间，不能操之过急。”', '房价的企', [O('东方晚报'), O('北方周刊')], '北方周刊', '东方晚报'],
  // a quote opening its sentence after a sentence of its paragraph that a body opens: the body (not a name typed a body once);
  // these two are the rules' answers (the ranker may revise a narration fallback's: `乐乐`, the one the paragraph is about)
  ['林海涛说：“价格还会降。”\n\n北辰置业有限公司随后否认降价。“我司在销售过程中严格遵守相关规定。”', '我司在销', [P('林海涛'), O('北辰置业有限公司')], '北辰置业有限公司', '林海涛'],
  ['林海涛说：“价格还会降。”\n\n乐乐随后哭了起来。“我们只想知道是谁放的烟花。”', '我们只想', [P('林海涛'), O('乐乐')], '林海涛', '林海涛'],
  // twenty-second round: a letter's writer (`致信`), an article's author, not the journal it appeared in
  ['众议员林海涛致信市长，呼吁公开预算。\n\n信中说：“预算必须向市民公开。”', '预算必须', [P('林海涛')], '林海涛', null],
  ['林海涛在《北方周刊》发表文章。\n\n文章还指出：“房价的企稳需要更长的时间。”', '房价的企', [P('林海涛'), O('北方周刊')], '林海涛', null],
  // a statement right after an organization spoke in its paragraph (`声明补充说`) is theirs; not a person's
  ['南湖区应急管理局表示：“事故已经处理完毕。”声明补充说：“两人轻伤，已经送医。”', '两人轻伤', [O('南湖区应急管理局')], '南湖区应急管理局', null],
  ['星海卫生组织10日发布报告。\n\n专家林海涛表示：“形势严峻。”该报告指出：“病例在增加。”', '病例在增', [O('星海卫生组织'), P('林海涛')], '星海卫生组织', null],
  // a document opening a sentence in which someone else speaks after a comma is not the speaker
  ['星海国务院9日发布声明。\n\n声明发布后，一位官员回应，称“这是诽谤”。', '这是诽谤', [O('星海国务院')], null, null],
  // a meeting opening the sentence, its speech verb bare after a comma: whoever convened it
  ['星海市教育局召开了年度工作会议。\n\n此次会议肯定了去年的成效，称“教育公平取得新进展”。', '教育公平', [O('星海市教育局')], '星海市教育局', null],
  // thirty-first round: a speaker carried from an earlier clause gives way to the document's owner
  ['报道发出后，当地政府就给出了回应。27日，南湖区人民政府新闻办公室发布了情况通报。\n\n通报表示，“三家公司分别承建了10个项目。”', '三家公司', [O('南湖区人民政府新闻办公室')], '南湖区人民政府新闻办公室', '当地政府'],
  // a body named without publishing anything is no owner
  ['南湖区应急管理局的人员赶到现场。\n\n公告称，“事故造成两人轻伤，火情已经扑灭。”', '事故造成', [O('南湖区应急管理局')], null, null],
];

for (const [text, head, names, withThem, without] of CASES) {
  test(`document speaker: ${head} → ${withThem}`, () => {
    assert.equal(speakerOf(text, head, names, true), withThem, 'with the mentions');
    assert.equal(speakerOf(text, head, [], true), without, 'without them');
  });
}
