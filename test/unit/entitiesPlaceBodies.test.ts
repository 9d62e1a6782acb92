import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinPlaceBodies } from '../../server/src/analysis/entities/placeCues';
import type { EntityMention } from '../../server/src/analysis/types';

/** `text/type/rule` given in order → what `joinPlaceBodies` leaves (sentences written for these tests). */
const CASES: { rule: string; text: string; given: string[]; want: string[] }[] = [
  { rule: 'a place before a committee’s department is one body', text: '请联系甘肃省定西市安定区委宣传部核实。', given: ['甘肃省/place/lexicon', '定西市安定区委宣传部/organization/model'], want: ['甘肃省定西市安定区委宣传部/organization'] },
  { rule: 'a country before a foundation', text: '美国卡内基国际和平基金会发布报告。', given: ['美国/place/lexicon', '卡内基国际和平基金会/organization/model'], want: ['美国卡内基国际和平基金会/organization'] },
  { rule: 'a place before a company only says where', text: '她在广州海底捞一家门店用餐。', given: ['广州/place/lexicon', '海底捞/organization/model'], want: ['广州/place', '海底捞/organization'] },
  { rule: 'a state before a party describes a senator', text: '得克萨斯州共和党参议员克鲁兹表示反对。', given: ['得克萨斯州/place/jieba-ns', '共和党/organization/model'], want: ['得克萨斯州/place', '共和党/organization'] },
  { rule: 'a book-title mark splits them', text: '美国《外交事务》杂志发文。', given: ['美国/place/lexicon', '外交事务/organization/model'], want: ['美国/place', '外交事务/organization'] },
  { rule: 'the user’s entries stay', text: '湖南长沙市政府发布通知。', given: ['湖南/place/user-lexicon', '长沙市政府/organization/government'], want: ['湖南/place', '长沙市政府/organization'] },
  { rule: 'a city before a school of its district', text: '深圳市南山区实验学校的学生获奖。', given: ['深圳市/place/lexicon', '南山区实验学校/organization/model'], want: ['深圳市南山区实验学校/organization'] },
  { rule: 'a division and its people’s government, which no rule finds alone', text: '长沙县黄兴镇人民政府工作人员表示，情况属实。', given: ['长沙县黄兴镇/place/division-chain'], want: ['长沙县黄兴镇人民政府/organization'] },
  { rule: 'a county and its people’s court', text: '宁乡县人民法院一审判决。', given: ['宁乡县/place/lexicon'], want: ['宁乡县人民法院/organization'] },
  { rule: 'a country is no division: its government is found or not by other rules', text: '美国人民政府', given: ['美国/place/lexicon'], want: ['美国/place'] },
  { rule: 'a division and a people’s organization every division has', text: '捐赠仪式在长沙县黄兴镇红十字会举行。', given: ['长沙县黄兴镇/place/division-chain'], want: ['长沙县黄兴镇红十字会/organization'] },
  { rule: 'a village and its committee', text: '记者联系上青山村村民委员会。', given: ['青山村/place/model'], want: ['青山村村民委员会/organization'] },
  { rule: 'a village whose name took the committee’s first character', text: '记者来到李家村村委会。', given: ['李家村村/place/model'], want: ['李家村村委会/organization'] },
  { rule: 'a division chain and a village’s party branch', text: '他任东山镇赤那河村党总支副书记。', given: ['东山镇赤那河村/place/division-chain'], want: ['东山镇赤那河村党总支/organization'] },
  { rule: 'a community and its residents’ committee', text: '青山社区居委会发布通知。', given: ['青山社区/place/model'], want: ['青山社区居委会/organization'] },
  { rule: 'the places that open the chain belong to the body too (longest span)', text: '据美国得州布兰科县警长办公室通报，案件仍在调查。', given: ['美国/place/lexicon', '得州/place/jieba-ns', '布兰科县警长办公室/organization/model'], want: ['美国得州布兰科县警长办公室/organization'] },
  { rule: '… and those before a division’s own government', text: '记者致电甘肃定西市安定区黄兴镇人民政府。', given: ['甘肃/place/lexicon-short', '定西市安定区黄兴镇/place/division-chain'], want: ['甘肃定西市安定区黄兴镇人民政府/organization'] },
  { rule: '… not a place apart from it', text: '他从美国回到长沙县黄兴镇人民政府工作。', given: ['美国/place/lexicon', '长沙县黄兴镇/place/division-chain'], want: ['美国/place', '长沙县黄兴镇人民政府/organization'] },
  { rule: '… nor the user’s entry', text: '湖南长沙市教育局发布通知。', given: ['湖南/place/user-lexicon', '长沙市/place/lexicon', '教育局/organization/org-head'], want: ['湖南/place', '长沙市教育局/organization'] },
];

for (const c of CASES) {
  test(`place + body: ${c.rule}`, () => {
    let from = 0;
    const given = c.given.map((g): EntityMention => {
      const [t, type, rule] = g.split('/');
      const start = c.text.indexOf(t, from);
      from = start + t.length;
      return { start, end: start + t.length, text: t, type: type as EntityMention['type'], rule };
    });
    const got = joinPlaceBodies(c.text, given);
    assert.deepEqual(got.map((m) => `${m.text}/${m.type}`), c.want);
    for (const m of got) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}
