/**
 * Speakers relayed by someone else, twentieth round (issue 16), kinds read on S501–S590, checked as grids
 * of written sentences: an outlet's verb after a quote, then the person whose words it relays
 * (`“……”德新社称，朔尔茨在会上表示，……`); `他` after a sentence naming two persons (the first, its subject,
 * not one after `关于` or a verb); a role named again (`该人士`, `这位人士`) for the body its introduction
 * named, also paragraphs later. Every sentence is written for the test (none from a gold set).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../server/src/analysis/types';
import { speakerOf } from '../helpers/speakers';

const OUTLETS = ['德新社', '路透社', '《东海日报》', '彭博社'];
const OUTLET_VERBS = ['称', '报道称', '说', '援引消息称', '报道'];
const TITLES = ['', '德国总理', '该国外长', '发言人'];
const PERSONS = ['朔尔茨', '王建国'];
const MIDDLES = ['', '在会上', '16日在慕尼黑', '在接受采访时'];
const VERBS = ['表示', '说', '指出', '强调'];

for (const outlet of OUTLETS) {
  for (const outletVerb of OUTLET_VERBS) {
    test(`relay grid: “……”${outlet}${outletVerb}，[title]name[…]verb，`, () => {
      const wrong: string[] = [];
      for (const title of TITLES) {
        for (const person of PERSONS) {
          for (const middle of MIDDLES) {
            for (const verb of VERBS) {
              const text = `“欧洲必须加强自主防卫能力，”${outlet}${outletVerb}，${title}${person}${middle}${verb}，无论谁获胜，欧洲都必须加强防卫。`;
              const names: [string, EntityMention['type']][] = [[person, 'person'], [outlet.replace(/[《》]/g, ''), 'organization']];
              const got = speakerOf(text, '欧洲必须', names, true);
              if (got !== person) wrong.push(`${text} → ${got}`);
            }
          }
        }
      }
      assert.deepEqual(wrong, []);
    });
  }
}

const FIRST = ['周立新', '马克龙'];
const SECOND = ['王建国', '李女士'];
const ACTS = ['回应了', '谈到了', '批评了', '提到了', '回答了'];
const LINKS = ['关于{B}的', '{B}的', '对{B}的', '外界对{B}的'];
const OBJECTS = ['问题', '言论', '年龄'];
const PRONOUNS = ['他表示，', '他说：', '他还说，', '他认为，'];

test('relay grid: 他 after a sentence naming two persons is its first, the subject', () => {
  const wrong: string[] = [];
  for (const a of FIRST) for (const b of SECOND) for (const act of ACTS) for (const link of LINKS) for (const object of OBJECTS) for (const pronoun of PRONOUNS) {
    const text = `${a}${act}${link.replace('{B}', b)}${object}。${pronoun}“这件事不值得讨论。”`;
    const got = speakerOf(text, '这件事', [[a, 'person'], [b, 'person']], true);
    if (got !== a) wrong.push(`${text} → ${got}`);
  }
  assert.deepEqual(wrong, []);
});

const BODIES = ['星海足球俱乐部', '平湖县民政局', '北辰物流公司'];
const INTRODUCTIONS = ['记者联系上了一位{B}的相关人士。', '一位{B}的内部人士透露了消息。', '{B}一位相关人士接受了采访。', '记者联系到{B}相关人士。'];
const REFERENCES = ['该人士', '这位人士', '这名人士', '上述人士'];
const REFERENCE_VERBS = ['表示', '对记者说', '告诉记者'];

test('relay grid: a role named again stands for the body its introduction named, in its paragraph or later ones', () => {
  const wrong: string[] = [];
  for (const body of BODIES) for (const intro of INTRODUCTIONS) for (const ref of REFERENCES) for (const verb of REFERENCE_VERBS) for (const between of ['', '\n\n周建国也在场。']) {
    for (const said of [`“比赛是上周的事了。”${ref}${verb}。`, `${ref}${verb}：“比赛是上周的事了。”`]) {
      const text = `周建国说：“我们等了一夜。”\n\n${intro.replace('{B}', body)}${between}${said}`;
      const got = speakerOf(text, '比赛是', [['周建国', 'person'], [body, 'organization']], true);
      if (got !== body) wrong.push(`${JSON.stringify(text)} → ${got}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('a role named again is no one spoken to', () => {
  const text = '周建国说：“我们等了一夜。”\n\n一位星海足球俱乐部的相关人士也在场。\n\n周建国对这位人士说：“比赛是上周的事了。”';
  assert.equal(speakerOf(text, '比赛是', [['周建国', 'person'], ['星海足球俱乐部', 'organization']], true), '周建国');
});

const OWNERS: [string, EntityMention['type']][] = [['外交部', 'organization'], ['周海涛', 'person'], ['北辰公司', 'organization']];
const SPEECH_NOUNS = ['的回应', '的表态', '的评论', '的批评', '的声明', '的说法', '的公告'];
const INTRODUCERS = ['：“', '称：“', '中说：“', '中写道：“'];

test('relay grid: what someone said, named as a noun (`X的表态：`, `X的声明中写道：`), is theirs', () => {
  const wrong: string[] = [];
  for (const [owner, type] of OWNERS) for (const noun of SPEECH_NOUNS) for (const introducer of INTRODUCERS) {
    const text = `${owner}${noun}${introducer}这件事我们已经知道了。”`;
    const got = speakerOf(text, '这件事', [[owner, type]], true);
    if (got !== owner) wrong.push(`${text} → ${got}`);
  }
  assert.deepEqual(wrong, []);
});

const INTERVIEWED: [string, EntityMention['type']][] = [['王建国', 'person'], ['约翰·史密斯', 'person'], ['北辰公司', 'organization']];
const INTERVIEWERS = ['《环球时报》', '新京报', '澎湃新闻', '路透社', 'CNN'];
const INTERVIEWS = ['在接受{O}采访时表示：', '接受{O}记者采访时说，', '对{O}记者表示，', '向{O}透露，', '告诉{O}，', '在接受{O}专访时坦言：', '{O}援引{A}的话说，'];

test('relay grid: the one an outlet interviews or cites, not the outlet (a Latin abbreviation too)', () => {
  const wrong: string[] = [];
  for (const [who, type] of INTERVIEWED) for (const title of type === 'organization' ? [''] : ['', '发言人', '董事长']) for (const outlet of INTERVIEWERS) for (const form of INTERVIEWS) {
    const said = '“我们会继续投资。”';
    const text = form.includes('{A}') ? `${form.replace('{O}', outlet).replace('{A}', title + who)}${said}` : `${title}${who}${form.replace('{O}', outlet)}${said}`;
    const got = speakerOf(text, '我们会继', [[who, type], [outlet.replace(/[《》]/g, ''), 'organization']], true);
    if (got !== who) wrong.push(`${text} → ${got}`);
  }
  assert.deepEqual(wrong, []);
});
