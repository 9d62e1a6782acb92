import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOrganizationCues, applyPlaceCues, findShortNames } from '../../server/src/analysis/entities/placeCues';
import type { EntityMention } from '../../server/src/analysis/types';

/** Person mentions at each name of `names` in `text`, as the model or the name rules would give them. */
function people(text: string, names: string[]): EntityMention[] {
  return names.map((n) => {
    const start = text.indexOf(n);
    return { start, end: start + n.length, text: n, type: 'person', rule: 'model' };
  });
}

/** Words around transliterated names that make them places (sentences written for these tests). */
const CASES: { rule: string; text: string; names: string[]; places: string[] }[] = [
  { rule: 'a kind of place in apposition', text: '该州首府卡尔特维尔昨日停电，第二大城市莫罗扎诺也受影响。', names: ['卡尔特维尔', '莫罗扎诺'], places: ['卡尔特维尔', '莫罗扎诺'] },
  { rule: 'a list of names ending in 等地', text: '部队在索科洛夫卡、别列兹尼亚、塔尔尼茨等地展开行动。', names: ['索科洛夫卡', '别列兹尼亚', '塔尔尼茨'], places: ['索科洛夫卡', '别列兹尼亚', '塔尔尼茨'] },
  { rule: 'one name before 等地', text: '雨带覆盖了韦尔希宁等地。', names: ['韦尔希宁'], places: ['韦尔希宁'] },
  { rule: '等地方 is no cue', text: '会议邀请了科瓦连科、彼得连科等地方官员。', names: ['科瓦连科', '彼得连科'], places: [] },
  { rule: 'a list broken by other words is not carried', text: '伊万诺娃说，她去过奥尔多等地。', names: ['伊万诺娃', '奥尔多'], places: ['奥尔多'] },
  { rule: 'taking a town', text: '守军夺取杜布罗沃后继续推进。', names: ['杜布罗沃'], places: ['杜布罗沃'] },
  { rule: 'leaving a place', text: '战事爆发后，他离开索洛维伊，逃离波尔塔瓦。', names: ['索洛维伊', '波尔塔瓦'], places: ['索洛维伊', '波尔塔瓦'] },
  { rule: 'a town after its region', text: '2月6日，卢甘斯克地区克列明纳，守军正在集结。', names: ['克列明纳'], places: ['克列明纳'] },
  { rule: 'a name joined to a region', text: '计划将科尔孙和别尔江斯克地区并入。', names: ['科尔孙'], places: ['科尔孙'] },
  { rule: 'a person after leaving is a person elsewhere', text: '他离开时，科瓦连科还在开会。', names: ['科瓦连科'], places: [] },
  { rule: 'going to a person’s home is no place', text: '大使日前前往普拉博沃位于雅加达的私人住宅表示祝贺。', names: ['普拉博沃'], places: [] },
];

for (const c of CASES) {
  test(`place cue: ${c.rule}`, () => {
    const ms = people(c.text, c.names);
    // a region the words around it show (`…地区`), as the place-cue rule gives it
    const region = /(?<=[和与及、])[\u4e00-\u9fff]{2,6}地区/.exec(c.text);
    if (region) ms.push({ start: region.index, end: region.index + region[0].length, text: region[0], type: 'place', rule: 'place-cue' });
    applyPlaceCues(c.text, ms);
    for (const m of ms) assert.equal(c.text.slice(m.start, m.end), m.text);
    assert.deepEqual(ms.filter((m) => m.type === 'place' && c.names.includes(m.text)).map((m) => m.text), c.places);
  });
}

test('a region named with 地区 takes it in; a country, a continent or an ocean does not (`欧洲地区`: the region of Europe)', () => {
  const text = '敖德萨地区遭袭，欧洲地区和印度洋地区也受影响。';
  const ms: EntityMention[] = ['敖德萨', '欧洲', '印度洋'].map((n) => {
    const start = text.indexOf(n);
    return { start, end: start + n.length, text: n, type: 'place', rule: n === '敖德萨' ? 'model' : 'lexicon' };
  });
  applyPlaceCues(text, ms);
  assert.deepEqual(ms.map((m) => m.text), ['敖德萨地区', '欧洲', '印度洋']);
});

test('a model place with a cue takes the cue rule, so grouping carries it to the name elsewhere', () => {
  const text = '他决定离开塔夫里亚，前往首都。';
  const ms: EntityMention[] = [{ start: 5, end: 9, text: '塔夫里亚', type: 'place', rule: 'model' }];
  applyPlaceCues(text, ms);
  assert.deepEqual(ms.map((m) => `${m.text}/${m.type}/${m.rule}`), ['塔夫里亚/place/place-cue']);
  const lexicon: EntityMention[] = [{ start: 5, end: 9, text: '塔夫里亚', type: 'place', rule: 'lexicon' }];
  applyPlaceCues(text, lexicon);
  assert.equal(lexicon[0].rule, 'lexicon');
});

/** Words after a name that make it a company or a school (sentences written for these tests). */
const ORGANIZATION_CASES: { rule: string; text: string; names: string[]; organizations: string[] }[] = [
  { rule: 'a headquarters', text: '去年，他把诺瓦克的总部搬到了得克萨斯。', names: ['诺瓦克'], organizations: ['诺瓦克'] },
  { rule: 'a list of universities', text: '他说，普林斯顿等大学的毕业生更愿意留下。', names: ['普林斯顿'], organizations: ['普林斯顿'] },
  { rule: 'a share price', text: '受此影响，阿尔贝托股价大跌。', names: ['阿尔贝托'], organizations: ['阿尔贝托'] },
  { rule: 'a person with a list of people is no cue', text: '科瓦连科等人出席了会议。', names: ['科瓦连科'], organizations: [] },
  { rule: 'a company’s kind right after the name', text: '他加入了马卡诺风险投资公司。', names: ['马卡诺'], organizations: ['马卡诺'] },
  { rule: 'a company’s kind after its Latin name', text: '供应商维拉格（Viragen）公司停止了出货。', names: ['维拉格'], organizations: ['维拉格'] },
  { rule: 'a company with its chairman', text: '他说马卡诺公司董事长已经辞职。', names: ['马卡诺'], organizations: ['马卡诺'] },
  { rule: 'a person founding a company is no company', text: '马卡诺创办公司后很少露面。', names: ['马卡诺'], organizations: [] },
];

test('a company owned (`旗下`) is a weak cue: one reading, which grouping weighs like the model’s', () => {
  const text = '被誉为股神的沃伦旗下的公司公布了财报。';
  const ms = people(text, ['沃伦']);
  applyOrganizationCues(text, ms);
  assert.deepEqual(ms.map((m) => `${m.text}/${m.type}/${m.rule}`), ['沃伦/organization/organization-owner']);
});

for (const c of ORGANIZATION_CASES) {
  test(`organization cue: ${c.rule}`, () => {
    const ms = people(c.text, c.names);
    applyOrganizationCues(c.text, ms);
    for (const m of ms) assert.equal(c.text.slice(m.start, m.end), m.text);
    assert.deepEqual(ms.filter((m) => m.type === 'organization').map((m) => m.text), c.organizations);
  });
}

/** A place named as a military command, or before `等大学`, is an organization; other places stay (sentences written for these tests). */
const COMMAND_CASES: [string, string, EntityMention['type']][] = [
  ['俄总统签署命令，设立科斯特罗马军区。', '科斯特罗马军区', 'organization'],
  ['他曾任吉安军分区司令员。', '吉安军分区', 'organization'],
  ['上海警备区组织了演练。', '上海警备区', 'organization'],
  ['他来自西部山区。', '西部山区', 'place'],
  ['代表团抵达科斯特罗马。', '科斯特罗马', 'place'],
  // a university named by its place alone, listed before 等大学
  ['沁岚等大学离这里很近。', '沁岚', 'organization'],
  ['沁岚等城市离这里很近。', '沁岚', 'place'],
];

for (const [text, name, type] of COMMAND_CASES) {
  test(`military command: ${name}`, () => {
    const start = text.indexOf(name);
    const ms: EntityMention[] = [{ start, end: start + name.length, text: name, type: 'place', rule: 'model' }];
    applyOrganizationCues(text, ms);
    assert.equal(ms[0].type, type);
  });
}

/** A short name given in brackets after an organization is one too (sentences written for these tests). */
const SHORT_NAME_CASES: { text: string; org: string; short: EntityMention['type'] | null; name: string }[] = [
  { text: '他联系了“维塔生命基金会”（简称“维塔”），对方答应了。', org: '维塔生命基金会', short: 'organization', name: '维塔' },
  { text: '全国汽车流通协会（以下简称车流协）发布了数据。', org: '全国汽车流通协会', short: 'organization', name: '车流协' },
  { text: '全国汽车流通协会（北京）发布了数据。', org: '全国汽车流通协会', short: null, name: '北京' },
  { text: '沁岚汇金投资有限责任公司（下称“沁岚汇金”）增持了股票。', org: '沁岚汇金投资有限责任公司', short: 'organization', name: '沁岚汇金' },
  { text: '沁岚置业有限公司（以下称：沁岚置业）发布公告。', org: '沁岚置业有限公司', short: 'organization', name: '沁岚置业' },
];

/** A role the text gives a body in brackets is no short name of it (sentences written for these tests). */
for (const role of ['（以下简称“招标人”）', '（下称“我司”）']) {
  test(`a role in brackets is no short name: ${role}`, () => {
    const text = `沁岚置业有限公司${role}发布公告。`;
    const ms = findShortNames(text, [{ start: 0, end: 8, text: '沁岚置业有限公司', type: 'organization', rule: 'model' }]);
    assert.deepEqual(ms.map((m) => m.text), ['沁岚置业有限公司']);
  });
}

test('a short name that opens the full name the mention cut gives the name its start', () => {
  const text = '因沁岚一头牛控股集团股份有限公司（简称“沁岚一头牛”）撤回申请。';
  const s = text.indexOf('牛控股');
  const ms = findShortNames(text, [{ start: s, end: s + 11, text: text.slice(s, s + 11), type: 'organization', rule: 'model' }]);
  assert.deepEqual(ms.map((m) => m.text), ['沁岚一头牛控股集团股份有限公司', '沁岚一头牛']);
});

for (const c of SHORT_NAME_CASES) {
  test(`short name in brackets: ${c.name}`, () => {
    const start = c.text.indexOf(c.org);
    const at = c.text.indexOf(c.name, start + c.org.length);
    // the short name as the model might read it: a person
    const ms = findShortNames(c.text, [
      { start, end: start + c.org.length, text: c.org, type: 'organization', rule: 'model' },
      ...(c.short ? [] : [{ start: at, end: at + c.name.length, text: c.name, type: 'place' as const, rule: 'lexicon' }]),
    ]);
    for (const m of ms) assert.equal(c.text.slice(m.start, m.end), m.text);
    const got = ms.find((m) => m.text === c.name);
    assert.equal(c.short ? got?.type : got?.type === 'place' ? null : 'changed', c.short);
  });
}

/** Pieces of a short name read on their own give way to it (sentences written for these tests): [text, full name, pieces as `text/type/rule`, wanted]. */
const SHORT_OVER_PIECES: [string, string, string[], string[]][] = [
  // a city opening the short name (`宁波沁岚`), a country (`中国信保`), a model body starting inside it (`证大文创公司`)
  ['宁波沁岚投资管理合伙企业（有限合伙）（以下简称宁波沁岚）管理的产品。', '宁波沁岚投资管理合伙企业（有限合伙）', ['宁波/place/lexicon-short'], ['宁波沁岚/organization/organization-cue']],
  ['中国沁岚信用保险公司（下称中国信保）等四家险企。', '中国沁岚信用保险公司', ['中国/place/lexicon'], ['中国信保/organization/organization-cue']],
  ['证大沁岚文化创意发展有限公司（以下简称证大文创公司）成立。', '证大沁岚文化创意发展有限公司', ['大文创公司/organization/model'], ['证大文创公司/organization/organization-cue']],
  // … but not what the user's lexicon says
  ['中国沁岚信用保险公司（下称中国信保）等四家险企。', '中国沁岚信用保险公司', ['中国/place/user-lexicon'], ['中国/place/user-lexicon']],
];

for (const [text, org, pieces, want] of SHORT_OVER_PIECES) {
  test(`a short name over its pieces: ${want.join(' ')}`, () => {
    const at = text.indexOf('称') + 1;
    const ms: EntityMention[] = [{ start: 0, end: org.length, text: org, type: 'organization', rule: 'model' }];
    for (const p of pieces) {
      const [t, type, rule] = p.split('/');
      const s = text.indexOf(t, at);
      ms.push({ start: s, end: s + t.length, text: t, type: type as EntityMention['type'], rule });
    }
    const got = findShortNames(text, ms).slice(1);
    assert.deepEqual(got.map((m) => `${m.text}/${m.type}/${m.rule}`), want);
    for (const m of got) assert.equal(text.slice(m.start, m.end), m.text);
  });
}

test('a short name the model took for a person is retyped, not doubled', () => {
  const text = '他联系了“维塔生命基金会”（简称“维塔”）。';
  const s = text.indexOf('维塔'), t = text.lastIndexOf('维塔');
  const ms = findShortNames(text, [
    { start: s, end: s + 7, text: '维塔生命基金会', type: 'organization', rule: 'model' },
    { start: t, end: t + 2, text: '维塔', type: 'person', rule: 'model' },
  ]);
  assert.deepEqual(ms.map((m) => `${m.text}/${m.type}/${m.rule}`), ['维塔生命基金会/organization/model', '维塔/organization/organization-cue']);
});
