import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSegmenter } from '../helpers/segmenter';
import { tokenize } from '../../server/src/analysis/tokens';
import { findEntityMentions, groupEntities, type Lexicon } from '../../server/src/analysis/entities/index';
import type { EntityMention } from '../../server/src/analysis/types';

const segment = loadSegmenter();

/** Mentions of `text` with real nodejieba tokens; every span must slice back to its text. */
function find(text: string, lexicon: Lexicon = new Map()): EntityMention[] {
  const ms = findEntityMentions(text, tokenize(text, segment), lexicon);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text, `span of ${m.text}`);
  return ms;
}
const typed = (text: string, lexicon?: Lexicon): string[] => find(text, lexicon).map((m) => `${m.text}/${m.type}`);
const has = (text: string, want: string, lexicon?: Lexicon): void => assert.ok(typed(text, lexicon).includes(want), `${want} in ${typed(text, lexicon).join(' ')}`);
const lacks = (text: string, word: string, lexicon?: Lexicon): void => assert.ok(!find(text, lexicon).some((m) => m.text === word), `${word} not in ${typed(text, lexicon).join(' ')}`);

const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'title + unknown name (the body inside the title is no mention: the guideline names the person)', text: '中国国防部长董军16日晚应约同美国国防部长奥斯汀视频通话。', yes: ['董军/person', '奥斯汀/person'], no: ['国防部长', '中国国防部', '美国国防部'] },
  { rule: 'title before a non-name', text: '外交部发言人表示，中方坚决反对。', yes: [], no: ['表示', '中方'] },
  { rule: 'transliteration run across ·', text: '华盛顿中美研究所高级研究员苏拉布·古普塔表示', yes: ['苏拉布·古普塔/person', '华盛顿中美研究所/organization'], no: ['苏拉', '中美'] },
  { rule: 'transliteration run of split tokens', text: '“美国在台协会”主席罗森伯格窜台时', yes: ['罗森伯格/person', '美国在台协会/organization'], no: ['伯格'] },
  { rule: 'surname + given name after title', text: '中央军委委员、军委联合参谋部参谋长刘振立应约通话。', yes: ['刘振立/person', '军委联合参谋部/organization', '中央军委/organization'], no: [] },
  { rule: 'split name before a speech verb', text: '傅前哨称，F-35的航程有限。', yes: ['傅前哨/person'], no: ['前哨'] },
  { rule: 'a verb is no given name', text: '图斯克在接受采访时警告称', yes: ['图斯克/person'], no: ['时警告'] },
  { rule: 'quantity is no name', text: '预计将有15万人应征入伍。', yes: [], no: ['万人'] },
  { rule: 'kinship + nickname', text: '他的儿子小康晚自习后返回宿舍', yes: ['小康/person'], no: [] },
  { rule: 'dictionary mistypes corrected', text: '奥斯汀与董军谈到了南海、乌克兰危机、朝鲜等问题。', yes: ['乌克兰/place', '南海/place', '朝鲜/place'], no: [] },
  { rule: 'seat of government', text: '根据五角大楼发布的通告', yes: ['五角大楼/organization'], no: [] },
  { rule: 'name after a country is a place in it', text: '中美两军在美国夏威夷举行会议。', yes: ['夏威夷/place', '美国/place'], no: ['中美'] },
  { rule: 'region compounds', text: '美国深化同亚太盟伴防务合作', yes: ['亚太/place'], no: [] },
  { rule: 'abbreviations and side references', text: '中美两国元首通话，中方和美方都表示两岸关系重要。', yes: [], no: ['中美', '中方', '美方', '两岸', '两国'] },
  { rule: 'place chain grown to a local unit', text: '该公司位于武汉市东西湖区径河街道。', yes: ['武汉市东西湖区径河街道/place'], no: [] },
  { rule: 'a base, a community or the streets after a place’s own name are a kind of thing there, no name', text: '美军驻约旦基地遭袭，非洲社区和东京街道上都有人议论。', yes: ['约旦/place', '非洲/place', '东京/place'], no: ['约旦基地', '非洲社区', '东京街道'] },
  { rule: 'a verb of motion glued before a place’s suffix names no place', text: '从下月起，内地人来港买房可以享受优惠。会议以视频形式开至县。', yes: [], no: ['人来港', '开至县'] },
  { rule: '… nor a preposition, an adverb or a demonstrative glued there', text: '该项目由皮口街道组织论证。仅大瑶镇一地就有上百家店。乘客需要提前住进机场附近的酒店。为洱海这颗高原明珠构建屏障。', yes: [], no: ['由皮口街道', '仅大瑶镇', '住进机场', '这颗高原'] },
  { rule: 'a division’s head after its place: the title’s 市 or 省 glued to the place comes off (`宜昌市/ns 长/a`), not before a word of its own (`长江大桥`)', text: '他曾任宜昌市长、河南省长，武汉市长江大桥通车。', yes: ['宜昌/place', '河南/place', '武汉市/place'], no: ['宜昌市', '河南省'] },
  { rule: 'a place in full administrative form is one place (guideline: the longest span)', text: '他来自山东省日照市莒县。', yes: ['山东省日照市莒县/place'], no: ['山东省/place', '日照市/place', '莒县/place'] },
  { rule: 'organization grown over places', text: '湖北武汉市东西湖区行政审批局向记者证实', yes: ['湖北武汉市东西湖区行政审批局/organization'], no: ['审批局'] },
  { rule: 'a pseudonym is a person however common its words', text: '在网上开店的麦子（化名）和酒商罗鑫（化名）、员工罗忠新（化名）、打假人窦先生（化名）都说过。', yes: ['麦子/person', '罗鑫/person', '罗忠新/person', '窦先生/person'], no: ['酒商罗鑫', '商罗鑫'] },
  { rule: 'a name the text introduces as one, however common its words; not a quoted title', text: '劝架的大哥名叫孙子见，一位名叫王刚的男子也在场。该项目名为“星火”。', yes: ['孙子见/person', '王刚/person'], no: ['孙子', '星火'] },
  { rule: 'a pseudonym with a familiar prefix or a Latin letter', text: '10岁女孩小燕（化名）的父亲A先生（化名）报了警。', yes: ['小燕/person', 'A先生/person'], no: ['女孩小燕'] },
  { rule: 'a pseudonym: a compound surname, the familiar form after a role; no role word, no name inside one', text: '打假人欧阳先生（化名）、女方小丽（化名）、一名女子（化名）和患者李（化名）都到了。', yes: ['欧阳先生/person', '小丽/person'], no: ['阳先生', '方小丽', '女子', '者李'] },
  { rule: 'generic office is no entity', text: '李先生再次前往公安局递交材料', yes: [], no: ['公安局'] },
  { rule: 'media in book-title marks', text: '美国《新闻周刊》8日报道称，《公司法》自7月起施行。', yes: ['新闻周刊/organization'], no: ['公司法'] },
  { rule: 'media byline and source list', text: '来源：央视新闻、参考消息、红星新闻', yes: ['央视新闻/organization', '参考消息/organization', '红星新闻/organization'], no: [] },
  { rule: 'quoted group and its acronym', text: '极端组织分支“伊斯兰国呼罗珊省”（ISIS-K）是唯一凶手', yes: ['伊斯兰国呼罗珊省/organization', 'ISIS-K/organization'], no: [] },
  { rule: 'dictionary ns words that are common nouns', text: '家里张灯结彩，新春气氛浓厚，很喜庆。游荡在时间长河中', yes: [], no: ['新春', '喜庆', '长河'] },
  { rule: 'dictionary nr words that are common nouns', text: '5月转入康复科时的会诊单。他和姐姐老打视频', yes: [], no: ['康复科', '老打'] },
  { rule: 'foreign city in a dateline', text: '新华社莫斯科4月28日电', yes: ['莫斯科/place'], no: [] },
  { rule: 'an adjective is no place', text: '嫌犯是激进的伊斯兰主义者', yes: [], no: ['伊斯兰'] },
];

for (const c of CASES) {
  test(`rule: ${c.rule}`, () => {
    for (const y of c.yes) has(c.text, y);
    for (const n of c.no) lacks(c.text, n);
  });
}

test('a name and a number before 指数 name an index, no mention', () => {
  for (const [text, word] of [['法国CAC40指数收平，欧洲斯托克600指数跌0.03%。', '斯托克'], ['1月以来，罗素2000指数的表现落后于纳指。', '罗素'], ['本周标准普尔500指数上涨。', '标准普尔']]) lacks(text, word);
  has('中美两军在美国夏威夷举行会议。', '夏威夷/place');
});

test('a place between an index publisher and 指数 is part of the index’s name', () => {
  for (const text of ['热门中概股普涨，纳斯达克中国金龙指数收涨2.1%。', '今日富时中国A50指数期货盘初涨0.3%。']) lacks(text, '中国');
  has('中国股市今日上涨，恒生指数收涨。', '中国/place');
});

test('titles are not part of names', () => {
  for (const m of find('波兰总理图斯克3月29日警告称')) assert.ok(!m.text.includes('总理'), m.text);
  has('波兰总理图斯克3月29日警告称', '图斯克/person');
});

test('user lexicon: a typed entry is found across token boundaries and wins', () => {
  const lex: Lexicon = new Map([['研究所高级', 'organization']]);
  has('华盛顿中美研究所高级研究员', '研究所高级/organization', lex);
  has('近日习主席应约通话', '习主席/person', new Map([['习主席', 'person']]));
});

test('user lexicon: none suppresses a mention and the parts inside it', () => {
  lacks('中国国防部长董军表示', '董军', new Map([['董军', 'none']]));
  lacks('奥斯汀强调了公海航行自由', '奥斯汀', new Map([['奥斯汀', 'none']]));
  has('奥斯汀强调了公海航行自由', '奥斯汀/person');
});

test('offsets are UTF-16 across a surrogate pair, CRLF and full-width punctuation', () => {
  const text = '𠮷𠮷：中国国防部长董军16日晚\r\n表示，“奥斯汀';
  const ms = find(text);
  const dong = ms.find((m) => m.text === '董军');
  assert.ok(dong);
  assert.equal(dong.start, text.indexOf('董军'));
  assert.ok(ms.some((m) => m.text === '奥斯汀'));
});

test('grouping links short forms to the fullest form', () => {
  const text = '华盛顿中美研究所高级研究员苏拉布·古普塔表示。在古普塔看来，中国国防部消息称。国防部表示。';
  const ms = find(text);
  const es = groupEntities(ms);
  const gupta = es.find((e) => e.name === '苏拉布·古普塔');
  assert.ok(gupta);
  assert.deepEqual(gupta.aliases, ['古普塔']);
  assert.equal(gupta.mentions.length, 2);
  const mod = es.find((e) => e.name === '中国国防部');
  assert.ok(mod && mod.aliases.includes('国防部'));
  for (const m of ms) assert.ok(m.entityId, `entityId of ${m.text}`);
});

test('grouping: an ambiguous short form goes to the entity named last before it', () => {
  const m = (text: string, start: number): EntityMention => ({ text, start, end: start + text.length, type: 'organization', rule: 't' });
  const ms = [m('中国国防部', 0), m('美国国防部', 10), m('国防部', 20)];
  groupEntities(ms);
  assert.equal(ms[2].entityId, ms[1].entityId);
});

test('grouping: a tie between readings of a name with a body\'s ending goes to the body', () => {
  const m = (type: EntityMention['type'], start: number): EntityMention => ({ text: '安顺市福彩中心', start, end: start + 7, type, rule: 'model' });
  const es = groupEntities([m('place', 0), m('organization', 20)]);
  assert.deepEqual(es.map((e) => e.type), ['organization']);
  // … not a name without one
  const p = (type: EntityMention['type'], start: number): EntityMention => ({ text: '喀纳斯', start, end: start + 3, type, rule: 'model' });
  assert.deepEqual(groupEntities([p('place', 0), p('person', 20)]).map((e) => e.type).sort(), ['person', 'place']);
});

test('grouping: a context type wins over a dictionary tag for the same name', () => {
  const ms: EntityMention[] = [
    { text: '普京', start: 0, end: 2, type: 'place', rule: 'jieba-ns' },
    { text: '普京', start: 10, end: 12, type: 'person', rule: 'title-name' },
  ];
  const es = groupEntities(ms);
  assert.equal(es.length, 1);
  assert.equal(es[0].type, 'person');
});

test('grouping: evidence tiers settle one type per name (context > model > dictionary tag, then count)', () => {
  const m = (text: string, start: number, type: EntityMention['type'], rule: string): EntityMention => ({ text, start, end: start + text.length, type, rule });
  const cases: { name: string; ms: EntityMention[]; want: string }[] = [
    { name: 'model over many dictionary tags', ms: [m('普京', 0, 'place', 'jieba-ns'), m('普京', 9, 'place', 'jieba-ns'), m('普京', 20, 'person', 'model')], want: 'person' },
    { name: 'context over many model readings', ms: [m('敖德萨', 0, 'person', 'model'), m('敖德萨', 9, 'person', 'model'), m('敖德萨', 20, 'place', 'place-cue')], want: 'place' },
    { name: 'a name after 在 counts as one reading, not as context', ms: [m('马斯克', 0, 'person', 'model'), m('马斯克', 9, 'person', 'model'), m('马斯克', 20, 'place', 'place-after-in')], want: 'person' },
    { name: 'an owner (`旗下`) counts as one reading', ms: [m('巴菲特', 0, 'person', 'model'), m('巴菲特', 9, 'person', 'model'), m('巴菲特', 20, 'organization', 'organization-owner')], want: 'person' },
    { name: 'majority among model readings', ms: [m('特斯拉', 0, 'organization', 'model'), m('特斯拉', 9, 'organization', 'model'), m('特斯拉', 20, 'person', 'model')], want: 'organization' },
  ];
  for (const c of cases) {
    const es = groupEntities(c.ms);
    assert.equal(es.length, 1, c.name);
    assert.equal(es[0].type, c.want, c.name);
  }
});

test('grouping: different names stay apart', () => {
  const ms: EntityMention[] = [
    { text: '董军', start: 0, end: 2, type: 'person', rule: 'x' },
    { text: '奥斯汀', start: 5, end: 8, type: 'person', rule: 'x' },
  ];
  assert.equal(groupEntities(ms).length, 2);
});

test('grouping: short forms by type (first name part, division without suffix), never across types', () => {
  const m = (text: string, start: number, type: EntityMention['type']): EntityMention => ({ text, start, end: start + text.length, type, rule: 't' });
  const ms = [m('苏拉布·古普塔', 0, 'person'), m('苏拉布', 10, 'person'), m('武汉市', 20, 'place'), m('武汉', 30, 'place'), m('武汉', 40, 'organization'), m('武汉大学', 50, 'organization'), m('大学', 60, 'organization')];
  groupEntities(ms);
  assert.equal(ms[1].entityId, 'person:苏拉布·古普塔');
  assert.equal(ms[3].entityId, 'place:武汉市');
  assert.equal(ms[4].entityId, 'organization:武汉', 'a prefix is no organization alias');
  assert.equal(ms[6].entityId, 'organization:武汉大学');
});

test('grouping: an ambiguous short form before any long form goes to the one named first', () => {
  const m = (text: string, start: number): EntityMention => ({ text, start, end: start + text.length, type: 'organization', rule: 't' });
  const ms = [m('国防部', 0), m('美国国防部', 10), m('中国国防部', 20), m('国防部', 30)];
  groupEntities(ms);
  assert.equal(ms[0].entityId, 'organization:美国国防部');
  assert.equal(ms[3].entityId, 'organization:中国国防部');
});

test('grouping: many distinct names group without a pairwise scan', () => {
  const ms: EntityMention[] = [];
  for (let i = 0; i < 20_000; i++) {
    const text = `机构${i}委员会`;
    ms.push({ text, start: i * 10, end: i * 10 + text.length, type: 'organization', rule: 't' });
  }
  const t0 = performance.now();
  assert.equal(groupEntities(ms).length, 20_000);
  // Indexed grouping takes ~0.1 s here even on a slow machine; comparing all pairs (2×10⁸) takes seconds.
  assert.ok(performance.now() - t0 < 1000, `grouping took ${(performance.now() - t0).toFixed(0)} ms`);
});
