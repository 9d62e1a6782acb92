/**
 * Forty-second round: a person after a title (and the place whose title it is, or an age) opening an earlier clause is the
 * subject a later verb shares, not the place (`英国外交发展大臣卡梅伦……，声称`); a picture's caption describing it gives its quote no topic
 * speaker (nor the learned ranker a choice among its credit and the story's people). Every sentence is written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention } from '../../server/src/analysis/types';
import { speakerOf } from '../helpers/speakers';

const P = (n: string): [string, EntityMention['type']] => [n, 'person'];
const O = (n: string): [string, EntityMention['type']] => [n, 'organization'];
const L = (n: string): [string, EntityMention['type']] => [n, 'place'];

test('a person after a title opening an earlier clause is the subject, not the place the title belongs to', () => {
  const cases: [string, string, [string, EntityMention['type']][], string | null][] = [
    ['日前英国外交大臣詹姆斯将两件事混为一谈，声称将“全力支持盟友，不惜一切代价”。', '全力支持', [L('英国'), P('詹姆斯')], '詹姆斯'],
    ['瑞典国王卡尔确诊后首次发表声明，对各界的祝福表示“衷心感谢”。', '衷心感谢', [L('瑞典'), P('卡尔')], '卡尔'],
    // a title the lists do not hold, ending in 家; an age before it
    ['90岁法国作曲家米歇尔去世，曾自称“一半是巴黎人，一半是里昂人”。', '一半是巴', [L('法国'), P('米歇尔')], '米歇尔'],
    ['钢琴家米歇尔去世，曾自称“一半是巴黎人，一半是里昂人”。', '一半是巴', [P('米歇尔')], '米歇尔'],
    // a place opening the clause with no person after it stays its subject (a country as an actor)
    ['瑞典早些时候表示，最可能的肇事者是“一个国家行为者”。', '一个国家', [L('瑞典')], '瑞典'],
  ];
  for (const [text, head, names, want] of cases) assert.equal(speakerOf(text, head, names), want, text);
});

test('a caption\'s quote takes no topic speaker', () => {
  const story = '阿根廷总统米莱表示，改革将继续推进。\n\n米莱说，这是国家的唯一出路。\n\n';
  // the caption quotes a banner the picture shows: no one the story is about
  assert.equal(speakerOf(`${story}_2月2日，议员桌上的标语——“不要让它成为法律！”（图源：视觉中国）_\n`, '不要让它', [P('米莱'), O('视觉中国')]), null);
  // a caption that is only a quote pulls out the story's words
  assert.equal(speakerOf(`${story}_“改革是国家的唯一出路”_\n`, '改革是国', [P('米莱'), O('视觉中国')]), '米莱');
  // the same words in a paragraph of the story take its topic
  assert.equal(speakerOf(`${story}米莱站在台上。“不要让它成为法律！”\n`, '不要让它', [P('米莱'), O('视觉中国')]), '米莱');
});
