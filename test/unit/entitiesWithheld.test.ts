import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typedMentions } from '../helpers/entities';
import { analyzeArticle } from '../../server/src/analysis/article';
import { loadSegmenter } from '../helpers/segmenter';

/** Names a report withholds, `董某`, `熊某某` (sentences written for these tests). */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'a surname and 某 or 某某', text: '被告人董某与侯某某于2023年相识。', yes: ['董某/person', '侯某某/person'], no: [] },
  { rule: 'a capital letter and 某 in foreign news', text: '59岁的A某推着丈夫来到医院，B某某也在场。', yes: ['A某/person', 'B某某/person'], no: [] },
  { rule: 'not a letter glued to a word before 某', text: '他买了iPhone某款手机。', yes: [], no: ['e某'] },
  { rule: 'a given name after 某', text: '嫌疑人张某津已被刑拘。', yes: ['张某津/person'], no: ['张某/person'] },
  { rule: 'ordinals and numbers after 某', text: '陈某甲和陈某乙是兄弟，周某1也在场。', yes: ['陈某甲/person', '陈某乙/person', '周某1/person'], no: [] },
  { rule: 'a compound surname', text: '欧阳某某当天到场。', yes: ['欧阳某某/person'], no: [] },
  { rule: 'a speech verb after 某 is no given name', text: '张某说，王某在家。', yes: ['张某/person', '王某/person'], no: ['张某说/person', '王某在/person'] },
  { rule: 'a verb of two characters after 某', text: '于某交代，他偷了东西。', yes: ['于某/person'], no: [] },
  { rule: 'a copula after 某 is no given name', text: '经查，郑某系该公司法人。', yes: ['郑某/person'], no: ['郑某系/person'] },
  { rule: 'a surname glued to the word before', text: '记者联系到陆某，陆某表示不清楚。', yes: ['陆某/person'], no: [] },
  { rule: 'indefinite 某 is no name', text: '某某公司的人和某人见面，要提高某些能力，须向某科技公司返还薪酬。', yes: [], no: ['高某/person', '向某/person', '向某/organization'] },
  { rule: 'a body after 某 is indefinite', text: '该局接报警称海城区广东路某门诊部有一男子持刀伤人。', yes: [], no: ['路某/person'] },
  { rule: 'a place cue does not make one a place', text: '民警随即前往曹某出没的小区。', yes: ['曹某/person'], no: ['曹某/place'] },
];

for (const c of CASES) {
  test(`withheld name: ${c.rule}`, () => {
    const got = typedMentions(c.text);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

/**
 * A given name the segmenter tags as a number or a verb (`吴某/x 万/m`) waits for the article: kept where it writes
 * given names after `某` elsewhere or writes this one twice, else cut back to the surname and `某`.
 */
const ARTICLE_CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'a given name tagged as a number, where the article writes given names', text: '男子吴某平与堂弟吴某万当晚醉酒，吴某万又捡起石块。', yes: ['吴某平/person', '吴某万/person'], no: ['吴某/person'] },
  { rule: 'a given name tagged as a verb, written twice', text: '黄某超不愿意离婚。后来黄某超不再联系她。', yes: ['黄某超/person'], no: ['黄某/person'] },
  { rule: 'a given name tagged otherwise, once and alone, waits and is cut back', text: '黄某超不愿意离婚。', yes: ['黄某/person'], no: ['黄某超/person'] },
  { rule: 'an adverb after 某 is no given name, even written twice', text: '刘某很生气，刘某很快离开，王某平也走了。', yes: ['刘某/person', '王某平/person'], no: ['刘某很/person'] },
];

for (const c of ARTICLE_CASES) {
  test(`withheld name in an article: ${c.rule}`, () => {
    const got = analyzeArticle(c.text, { segment: loadSegmenter() }).mentions.map((m) => `${m.text}/${m.type}`);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}
