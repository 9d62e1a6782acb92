import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers, parseChineseNumeral } from '../../server/src/analysis/claims/numbers';

type Row = [text: string, value: number, unit: string | null, qualifier?: 'about' | 'over' | 'under'];

/** Input, then every number found in it: its text, value, unit and qualifier (none when omitted). */
const CASES: [string, Row[]][] = [
  ['2.5万', [['2.5万', 25000, null]]],
  ['六万亿', [['六万亿', 6e12, null]]],
  ['4.3万公顷', [['4.3万公顷', 43000, '公顷']]],
  ['美团涨超19%', [['19%', 19, '%', 'over']]],
  ['智利森林火灾已致51死', [['51死', 51, '死']]],
  ['投资600亿元', [['600亿元', 6e10, '元']]],
  ['共1,234人', [['1,234人', 1234, '人']]],
  ['超三成受访者', [['三成', 30, '%', 'over']]],
  ['十几', [['十几', 10, null, 'over']]],
  ['两千余', [['两千余', 2000, null, 'over']]],
  ['一千零五', [['一千零五', 1005, null]]],
  ['三亿五千万元', [['三亿五千万元', 3.5e8, '元']]],
  ['十万', [['十万', 1e5, null]]],
  ['二十五人', [['二十五人', 25, '人']]],
  ['十五名', [['十五名', 15, '名']]],
  ['一百零八将', [['一百零八', 108, null]]],
  ['两千零二十四', [['两千零二十四', 2024, null]]],
  ['二〇二四', [['二〇二四', 2024, null]]],
  ['１２３人', [['１２３人', 123, '人']]],
  ['３名犯罪嫌疑人', [['３名', 3, '名']]],
  ['１．５万元', [['１．５万元', 15000, '元']]],
  ['5千万', [['5千万', 5e7, null]]],
  ['涉案金额超5千万', [['5千万', 5e7, null, 'over']]],
  ['1万亿美元', [['1万亿美元', 1e12, '美元']]],
  ['10.82亿元', [['10.82亿元', 1.082e9, '元']]],
  ['4.86亿欧元', [['4.86亿欧元', 4.86e8, '欧元']]],
  ['9,500万美元', [['9,500万美元', 9.5e7, '美元']]],
  ['39,131.53点', [['39,131.53点', 39131.53, '点']]],
  ['降幅收窄0.1个百分点', [['0.1个百分点', 0.1, '百分点']]],
  ['近1.3亿人次', [['1.3亿人次', 1.3e8, '人次', 'under']]],
  ['约550米', [['550米', 550, '米', 'about']]],
  ['大约1米左右', [['1米', 1, '米', 'about']]],
  ['30余家大型三甲医院', [['30余家', 30, '家', 'over']]],
  ['十余场座谈会', [['十余场', 10, '场', 'over']]],
  ['十多名个人投资者', [['十多名', 10, '名', 'over']]],
  ['待了3个多小时', [['3个多小时', 3, '小时', 'over']]],
  ['八个月', [['八个月', 8, '月']]],
  ['数百万元平台币', [['数百万元', 1e6, '元', 'over']]],
  ['几十个员工', [['几十个', 10, '个', 'over']]],
  ['万余公里', [['万余公里', 1e4, '公里', 'over']]],
  ['百亿小镇', [['百亿', 1e10, null]]],
  ['打赏千万', [['千万', 1e7, null]]],
  ['五六分钟', [['五六分钟', 5, '分钟', 'about']]],
  ['百分之二十以下', [['百分之二十', 20, '%', 'under']]],
  ['千分之三', [['千分之三', 3, '‰']]],
  ['高出40%—50%', [['40%', 40, '%'], ['50%', 50, '%']]],
  ['估值20-30亿元', [['20', 2e9, '元'], ['30亿元', 3e9, '元']]],
  ['是第二名的两倍还多', [['两倍', 2, '倍']]],
  ['17岁的王钰栋', [['17岁', 17, '岁']]],
  ['零下2℃', [['2℃', 2, '℃']]],
  ['跑路费才2块钱', [['2块钱', 2, '元']]],
  ['15块钱的超时服务费', [['15块钱', 15, '元']]],
  ['同比增长215%', [['215%', 215, '%']]],
  ['增长６．６％', [['６．６％', 6.6, '%']]],
  ['224.6亿千瓦时', [['224.6亿千瓦时', 2.246e10, '千瓦时']]],
  ['3850万吨', [['3850万吨', 3.85e7, '吨']]],
  ['2024年2月1日', [['2024年', 2024, '年'], ['2月', 2, '月'], ['1日', 1, '日']]],
  ['不低于人民币414.0亿元', [['414.0亿元', 4.14e10, '元', 'over']]],
  ['不到一个月', [['一个月', 1, '月', 'under']]],
  ['逾千人', [['千人', 1000, '人', 'over']]],
  ['51.2%的受访者', [['51.2%', 51.2, '%']]],
  ['3.5成', [['3.5成', 35, '%']]],
  // a space set between a number and its multiplier or unit (盘古之白), and before it after a qualifier
  ['营收达 681 亿美元', [['681 亿美元', 6.81e10, '美元']]],
  ['超过 30 万人参加', [['30 万人', 3e5, '人', 'over']]],
  ['同比增长 12.5 %', [['12.5 %', 12.5, '%']]],
  ['全程 42 km', [['42', 42, null]]],
  ['获得第 3 名', []],
  ['总额达到681  亿美元', [['681  亿美元', 6.81e10, '美元']]],
  ['超过  30万人', [['30万人', 3e5, '人', 'over']]],
  // not numbers: ordinals, Latin words, numeral words
  ['第3届', []],
  ['第二十六条', []],
  ['5G 套餐', []],
  ['U17亚洲杯', []],
  ['COVID-19疫情', []],
  ['font-size:17px', []],
  ['十分重要', []],
  ['万一出事', []],
  ['千万不要', []],
  ['成为三星品牌', []],
  ['十分钟', [['十分钟', 10, '分钟']]],
];

for (const [input, expected] of CASES) {
  test(`findNumbers: ${input}`, () => {
    const found = findNumbers(input);
    for (const m of found) assert.equal(input.slice(m.start, m.end), m.text);
    assert.deepEqual(
      found.map((m) => [m.text, m.value, m.unit, m.qualifier ?? undefined].filter((x, i) => i < 3 || x !== undefined)),
      expected.map((r) => (r.length === 4 ? r : r.slice(0, 3))),
    );
  });
}

test('CASES hold at least 60 rows', () => assert.ok(CASES.length >= 60));

test('parseChineseNumeral', () => {
  assert.deepEqual(parseChineseNumeral('六万亿'), { value: 6e12, vague: null });
  assert.deepEqual(parseChineseNumeral('三亿五千万'), { value: 3.5e8, vague: null });
  assert.deepEqual(parseChineseNumeral('数百'), { value: 100, vague: 'over' });
  assert.deepEqual(parseChineseNumeral('五六'), { value: 5, vague: 'about' });
  assert.equal(parseChineseNumeral('北京'), null);
});

test('a span inside a longer text is in document offsets, across a surrogate pair and CRLF', () => {
  const text = '𠮷店\r\n卖出2.5万件';
  const [m] = findNumbers(text);
  assert.equal(text.slice(m.start, m.end), '2.5万件');
  assert.equal(m.value, 25000);
  const part = findNumbers(text, 5, text.length);
  assert.equal(part[0].start, m.start);
});
