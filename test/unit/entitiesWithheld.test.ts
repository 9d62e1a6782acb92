import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typedMentions } from '../helpers/entities';

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
