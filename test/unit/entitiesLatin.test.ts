import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLatinGlosses, findLatinNames } from '../../server/src/analysis/entities/latinNames';
import { analyzeArticle } from '../../server/src/analysis/article';
import { loadSegmenter } from '../helpers/segmenter';
import type { EntityMention } from '../../server/src/analysis/types';

const names = (text: string): string[] => findLatinNames(text).map((c) => {
  const s = text.slice(c.start, c.end);
  return `${s}/${c.type}`;
});

/** Latin names with evidence of their kind (sentences written for these tests). */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'kind of company before the name', text: '这家物流公司Kestrel今年扩张很快。', yes: ['Kestrel/organization'], no: [] },
  { rule: 'organization head word ends a multi-word name', text: '他曾在Harbor Lane Ventures工作，后来去了Blue Ridge Capital。', yes: ['Harbor Lane Ventures/organization', 'Blue Ridge Capital/organization'], no: [] },
  { rule: 'a role of a company after the name', text: '据悉，Quillo的联合创始人将出席发布会。', yes: ['Quillo/organization'], no: [] },
  { rule: 'said to be a company', text: 'Norvane是一家总部在柏林的软件公司。', yes: ['Norvane/organization'], no: [] },
  { rule: 'a title before a full Latin name', text: '该公司首席执行官Anna Berg接受了采访。', yes: ['Anna Berg/person'], no: [] },
  { rule: 'a company, a Latin title and a person run together', text: 'Norvane CEO Anna Berg表示，公司将扩张。', yes: ['Norvane/organization', 'Anna Berg/person'], no: ['Norvane CEO Anna Berg/organization'] },
  { rule: 'a president is no company’s title', text: 'US President Joe Biden said so.', yes: [], no: ['US/organization'] },
  { rule: 'products and bare words have no evidence', text: '新款Phone Max和Pad Air都在店里，售价1999元。', yes: [], no: ['Phone Max/organization', 'Pad Air/organization'] },
  { rule: 'a name cut by the line end is left whole to the next line', text: '他加入了风险投资公司Silver', yes: [], no: ['Silver/organization'] },
  { rule: 'a fragment of a longer token is no name', text: '图片编号ab12cd公司Zeta3', yes: [], no: ['ab/organization'] },
  { rule: 'more kinds before the name: a broker, a chain, a blog, a stock', text: '网红券商Larkspur高开，连锁店Fernway关门，财经博客Quillpost点评，零工经济股Tasko下跌。', yes: ['Larkspur/organization', 'Fernway/organization', 'Quillpost/organization', 'Tasko/organization'], no: [] },
  { rule: 'a data provider', text: 'Chainlens的数据显示，交易量创新高。', yes: ['Chainlens/organization'], no: [] },
  { rule: 'a company, then its officer and a Chinese name', text: 'Norvane CEO周明表示，公司将扩张。', yes: ['Norvane/organization'], no: ['Norvane CEO/organization', 'CEO/organization'] },
  { rule: 'a platform or a group’s own, for a name in capitals and lower case', text: '零售投资平台Tradewind的报告称，微软旗下CodeHub发布新品。', yes: ['Tradewind/organization', 'CodeHub/organization'], no: [] },
  { rule: '… not a single letter or a model', text: '他在社交平台X上发文，福特将减少旗下F-150的生产。', yes: [], no: ['X/organization', 'F-150/organization'] },
  { rule: 'a date’s number after a name is the date’s (thirty-eighth round)', text: '在线旅游巨头Harbor Lane Holdings\n2月22日表示，将上诉。钛媒体App 2月23日消息。', yes: ['Harbor Lane Holdings/organization'], no: ['Harbor Lane Holdings\n2/organization', 'App 2/organization'] },
  { rule: 'a data provider’s data, an officer of the company', text: 'Chainlens提供的数据显示，Homequest的数据科学经理说。', yes: ['Chainlens/organization', 'Homequest/organization'], no: [] },
  { rule: 'a quarter and a class of shares are no companies', text: '理想汽车涨近12%，公司Q4营收增长；该公司A股首次公开发行，集团H1利润翻倍。', yes: [], no: ['Q4/organization', 'A/organization', 'H1/organization'] },
  { rule: 'a domain and a quarter glued on are no names', text: '登录网站www.example.org查询，内容平台Unity SoftwareQ4营收增长。', yes: [], no: ['www/organization', 'Unity SoftwareQ4/organization'] },
  { rule: 'a title or a kind of product alone is no company', text: '航运巨头CEO凌晨去世，他持有券商ETF，这家公司App下载量大，调查CFPS2010-2018的数据显示', yes: [], no: ['CEO/organization', 'ETF/organization', 'App/organization', 'CFPS2010-2018/organization'] },
];

for (const c of CASES) {
  test(`latin name: ${c.rule}`, () => {
    const got = names(c.text);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

/** Bracketed Latin glosses after a found mention (sentences written for these tests). */
const GLOSSES: { rule: string; text: string; given: [string, EntityMention['type']][]; want: string[] }[] = [
  { rule: 'an organization’s gloss is that organization', text: '据英国天空新闻台（Sky News）报道', given: [['英国天空新闻台', 'organization']], want: ['Sky News/organization'] },
  { rule: 'a person’s full name on one line is that person', text: '球员埃文斯（Tom Evans）表示', given: [['埃文斯', 'person']], want: ['Tom Evans/person'] },
  { rule: 'particles inside a person’s name', text: '名将德格鲁特（Diede de Groot）夺冠', given: [['德格鲁特', 'person']], want: ['Diede de Groot/person'] },
  { rule: 'a person’s gloss a raw line break cuts stays out (the analysis reads soft wraps as spaces before: softWraps.ts)', text: '总司令扎卢日内（Valerii\nZaluzhnyi）说', given: [['扎卢日内', 'person']], want: [] },
  { rule: 'a single word after a person is no full name', text: '歌手霉霉（Taylor）来了', given: [['霉霉', 'person']], want: [] },
  { rule: 'lower-case words are no name', text: '他的朋友小张（aka zhang）来了', given: [['小张', 'person']], want: [] },
  { rule: 'a place’s gloss is that place', text: '在新首都努山达拉（Nusantara）开张', given: [['努山达拉', 'place']], want: ['Nusantara/place'] },
  { rule: 'one space before the bracket', text: '创始人黄仁勋 (Jensen Huang) 身价上涨', given: [['黄仁勋', 'person']], want: ['Jensen Huang/person'] },
  { rule: 'after a title’s closing mark', text: '据挪威《世道报》（Verdens Gang）报道', given: [['世道报', 'organization']], want: ['Verdens Gang/organization'] },
  { rule: 'a Latin name’s bracket holds its ticker, no second name', text: '交易平台Robinhood（HOOD）收涨13%', given: [['Robinhood', 'organization']], want: [] },
  { rule: 'an exchange\'s stock code in a company\'s brackets is no name', text: '当晚，星河股份（SH603999）突然公告称', given: [['星河股份', 'organization']], want: [] },
  { rule: 'two spaces are no gloss of the name before', text: '在交通部  (DOT) 工作', given: [['交通部', 'organization']], want: [] },
];

for (const c of GLOSSES) {
  test(`latin gloss: ${c.rule}`, () => {
    const mentions = c.given.map(([s, type]): EntityMention => {
      const start = c.text.indexOf(s);
      return { start, end: start + s.length, text: s, type, rule: 't' };
    });
    const got = findLatinGlosses(c.text, mentions);
    assert.deepEqual(got.map((m) => `${m.text}/${m.type}`), c.want);
    for (const m of got) assert.equal(c.text.slice(m.start, m.end), m.text);
  });
}

/**
 * Names a soft wrap cut in two, read whole by the analysis (`softWraps.ts` reads the wrap as a space) and
 * written as the text has them (sentences written for these tests).
 */
const WRAPS: { rule: string; text: string; want: string[] }[] = [
  { rule: 'an organization head on the next line', text: '总部位于纽约的Harbor\nCapital今年开设了办事处。', want: ['Harbor\nCapital/organization'] },
  { rule: 'a kind of company before the first half', text: '风险投资公司Q\nLattice将总部迁至旧金山。', want: ['Q\nLattice/organization'] },
  { rule: 'a blank line is a paragraph break, not a wrap', text: '他加入了风险投资公司Silver\n\nCapital是另一家。', want: [] },
  { rule: 'a name without evidence is none', text: '新款Phone\nMax在店里。', want: [] },
];

for (const c of WRAPS) {
  test(`wrapped latin name: ${c.rule}`, () => {
    const got = analyzeArticle(c.text, { segment: loadSegmenter() }).mentions.filter((m) => /[A-Za-z]/.test(m.text));
    for (const m of got) assert.equal(c.text.slice(m.start, m.end), m.text);
    assert.deepEqual(got.map((m) => `${m.text}/${m.type}`), c.want);
  });
}

test('latin gloss: a transliterated person’s full name the model typed otherwise is that person (thirty-eighth round; a soft wrap in it reads as a space)', () => {
  const text = '波兰新总理唐纳德·图斯克（Donald Tusk）27日访问捷克。投资机构门罗创投（Menlo Ventures）跟投。';
  const at = (s: string, type: EntityMention['type'], rule: string): EntityMention => { const start = text.indexOf(s); return { start, end: start + s.length, text: s, type, rule }; };
  const mentions = [at('唐纳德·图斯克', 'person', 'dotted-name'), at('Donald Tusk', 'organization', 'model'), at('门罗创投', 'person', 'model'), at('Menlo Ventures', 'organization', 'model')];
  assert.deepEqual(findLatinGlosses(text, mentions), []);
  // (`门罗创投` is no transliteration: its gloss keeps the model's reading)
  assert.deepEqual(mentions.map((m) => m.type), ['person', 'person', 'person', 'organization']);
});
