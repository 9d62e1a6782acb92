/**
 * Internet handles (thirty-ninth round): `网友“克里斯蒂娜的世界”`, `博主“Thurman猫一杯”`, `备注名称为“天旺”的成员` are what
 * the article calls that person (rule `handle`, `entities/handles.ts`), a body's account an organization; the speaker
 * rules take the name in marks the subject goes by (`quotes/phraseNames.ts` `nameInMarks`) and a role named again for
 * the handle its introduction gave (`roleRefs.ts`). Every sentence is written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article';
import { loadEntityModel, loadSegmenter } from '../helpers/segmenter';

const analyze = (body: string) => analyzeArticle(`# 标题\n\n${body}\n`, { segment: loadSegmenter(), model: loadEntityModel() });
const speakerOf = (body: string, head: string) => analyze(body).quotes.find((q) => q.text.startsWith(head))?.speaker ?? null;

test('a handle introduced by a word for a user, or by a word naming it, is a person; a body\'s account an organization', () => {
  const cases: [string, string, string | null][] = [
    ['近日，网友“山间小路的晚风”发布视频称，自己被困在景区。', '山间小路的晚风', 'person'],
    ['千万粉丝博主“Lemon说车”发文称，新车续航不及宣传。', 'Lemon说车', 'person'],
    ['群聊中一个备注名称为“阿旺”的成员发了一段视频。', '阿旺', 'person'],
    ['短视频平台上昵称为“中国移动”的账号回应了网友。', '中国移动', 'organization'],
    // two Han characters after a word for a user are as often a word in scare quotes; `他的网名叫“……”` names someone named already
    ['女主播“出走”汽车直播间。', '出走', null],
    ['陈先生今年43岁，他的网名叫“七个孩子他爸”。', '七个孩子他爸', null],
  ];
  for (const [body, handle, type] of cases) {
    const m = analyze(body).mentions.find((x) => x.text === handle);
    if (type === null) assert.ok(!m || m.rule !== 'handle', `${handle}: ${JSON.stringify(m)}`);
    else assert.equal(m?.type, type, `${body}: ${JSON.stringify(m)}`);
  }
});

test('the speaker is the handle the subject goes by, and a role named again stands for it', () => {
  const cases: [string, string, string | null][] = [
    ['千万粉丝博主“Lemon说车”表示，“这款车的续航远不及宣传。”', '这款车的', 'Lemon说车'],
    ['群聊中一个备注名称为“阿旺”的成员，向其他群成员炫耀，称“这次的货很紧俏”。', '这次的货', '阿旺'],
    ['千万粉丝博主“Lemon说车”发布了测评视频。\n\n该博主还说，“充电速度也很一般。”', '充电速度', 'Lemon说车'],
    // a role named again whose nearest mention names no one (`向其他群成员`) stands for the introduction before it
    ['一个备注名称为“阿旺”的成员向其他群成员炫耀。该成员表示，“货都是从外地进的。”', '货都是从', '阿旺'],
  ];
  for (const [body, head, want] of cases) assert.equal(speakerOf(body, head), want, body);
});

test('a body or person named in marks the entity analysis found speaks: before a verb, and after a quote with its outlet word', () => {
  const cases: [string, string, string | null][] = [
    // before the verb: a region's one-character name, the name in marks, then a time and an adverb
    ['检方说法公布后，台“海巡署”当晚才发新闻稿承认“双方船身多次接触”。', '双方船身', '海巡署'],
    ['报道称，台“海巡署”宣称，“第九海巡队在执法过程中依法处置。”', '第九海巡队', '海巡署'],
    // after a quote: the outlet's name in marks, then its kind (`网站`) and a day
    ['“这次部署是十年来规模最大的一次。”美国“海事观察”网站15日称，航母最近在该地区频繁活动。', '这次部署', '海事观察'],
    // a title in marks before a name is no subject of its own: the name after it speaks
    ['蓝营“立委”牛煦庭说：“这件事必须查清楚。”', '这件事必须', '牛煦庭'],
  ];
  for (const [body, head, want] of cases) assert.equal(speakerOf(body, head), want, body);
});
