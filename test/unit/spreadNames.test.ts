// A name the article declares (`麦子（化名）`, `他名叫孙子见`) wherever else it stands as a word
// (server/src/analysis/entities/spreadNames.ts): sentences written for these tests, table-driven.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spreadDeclaredNames } from '../../server/src/analysis/entities/spreadNames';
import { findBlocks, proseBlocks } from '../../server/src/analysis/structure';
import { loadSegmenter } from '../helpers/segmenter';
import type { EntityMention } from '../../server/src/analysis/types';

const segment = loadSegmenter();

/** [text, the declared name and its rule, other mentions found, the occurrences wanted as `start:text`] */
const CASES: [string, [string, string], string[], string[]][] = [
  // every other occurrence that stands as its own word
  ['开店的麦子（化名）说生意不好。\n\n麦子告诉记者，她已经关店了。', ['麦子', 'pseudonym'], [], ['3:麦子', '17:麦子']],
  ['他名叫孙子见，是一名律师。孙子见回忆，当时很乱。', ['孙子见', 'introduced-name'], [], ['3:孙子见', '13:孙子见']],
  // … not inside another word (`小麦子`), nor where another mention lies
  ['开店的麦子（化名）说，小麦子粉很贵。', ['麦子', 'pseudonym'], [], ['3:麦子']],
  ['他名叫孙子见。律师孙子见说。', ['孙子见', 'introduced-name'], ['律师孙子见'], ['3:孙子见', '7:律师孙子见']],
  // a name held between a role and a speech verb (`业内人士唐朝对记者表示`) is declared by that frame
  ['业内人士唐朝对记者表示，运力过剩。唐朝告诉记者，需求降速。', ['唐朝', 'title-name-verb'], [], ['4:唐朝', '17:唐朝']],
  // a foreign person's last name (three characters or more), once the article wrote the whole dotted name
  ['首席执行官卡米拉·赛富丽娜接受了采访。赛富丽娜保证，数据安全。', ['卡米拉·赛富丽娜', 'model'], [], ['5:卡米拉·赛富丽娜', '19:赛富丽娜']],
  ['演员玛丽·安出席了活动。安说，很开心。', ['玛丽·安', 'model'], [], ['2:玛丽·安']],
  // … not a model span that ran on into a verb (`唐纳德·特朗普所提`: no transliteration throughout)
  ['唐纳德·特朗普所提豁免权。特朗普所提总统豁免权被驳回。', ['唐纳德·特朗普所提', 'model'], [], ['0:唐纳德·特朗普所提']],
  // a Japanese person's family name alone, once the article wrote the whole name; not where the given name follows
  ['日本首相桥本龙太郎会见了代表团。桥本还表示，日本愿意合作。', ['桥本龙太郎', 'japanese-name'], [], ['4:桥本龙太郎', '16:桥本']],
  ['日本前国脚上村健一出任主教练。注：上村健一出生于1974年。', ['上村健一', 'japanese-name'], [], ['5:上村健一']],
  // a name no declaration found stays where it was found
  ['麦子说生意不好。麦子告诉记者。', ['麦子', 'model'], [], ['0:麦子']],
  // a person found twice is that person wherever else the article writes the name as its own words
  // (`焦/跃进`: the model read it in two places of three)
  ['焦跃进说，他在杞县工作。焦跃进从政期间没有特殊化。焦跃进有句口头禅。', ['焦跃进', 'model'], ['焦跃进:model@12'], ['0:焦跃进', '12:焦跃进', '25:焦跃进']],
  // … not inside a longer name, not over another reading of its whole span, not on a doubled last character
  ['何发接受了贿赂。何发理说，他很后悔。何发理承认了。何发说了。何发理哭了。', ['何发', 'model'], ['何发:model@25', '何发理:model@8', '何发理:model@30'], ['0:何发', '8:何发理', '18:何发理', '25:何发', '30:何发理']],
  ['曹园说，开放了。曹园位于城郊。曹园很大。', ['曹园', 'model'], ['曹园:model@8', '曹园/place@15'], ['0:曹园', '8:曹园', '15:曹园/place']],
  ['钟睒说，不会上市。钟睒说，很低调。钟睒睒依然很少露面。', ['钟睒', 'model'], ['钟睒:model@9'], ['0:钟睒', '9:钟睒']],
  // … also over the model's readings that run over one of its edges (`王国|梁拦`, `王国|梁在村`), where the segmenter
  // cuts the name there too (`王国/梁拦`)
  ['王国梁拦下了货车。王国梁说，很危险。王国梁拦在路口。', ['王国梁', 'model'], ['王国梁:model@9', '王国:model@18', '梁拦/person@20'], ['0:王国梁', '9:王国梁', '18:王国梁']],
  ['王国梁拦下了货车。王国梁说，很危险。司机王国梁在村里。', ['王国梁', 'model'], ['王国梁:model@9', '王国:model@20', '梁在村/place@22'], ['0:王国梁', '9:王国梁', '20:王国梁']],
  // … not over a reading that holds the whole name (`何发理` above)
  ['王国梁拦下了货车。王国梁说，很危险。司机王国梁在村里。', ['王国梁', 'model'], ['王国梁:model@9', '司机王国梁在村/place@18'], ['0:王国梁', '9:王国梁', '18:司机王国梁在村/place']],
  // … and a place the dictionary knows (`威尔士/ns`) is not spread as a person
  ['威尔士说，欢迎你。威尔士说，好的。威尔士位于英国。', ['威尔士', 'model'], ['威尔士:model@9'], ['0:威尔士', '9:威尔士']],
];

/**
 * A body's short name its brackets gave (`（以下简称宁波沁岚）`) is that body wherever else the article writes it, over the
 * pieces read there (`宁波`): [text, the short name, other mentions as `text/type/rule#k` (its k-th occurrence), the
 * mentions wanted, the same way].
 */
const SHORT_CASES: [string, string, string[], string[]][] = [
  ['宁波沁岚投资管理合伙企业（以下简称宁波沁岚）管理产品。宁波沁岚回应称，正在整改。', '宁波沁岚', ['宁波沁岚投资管理合伙企业/organization/model#0', '宁波/place/lexicon-short#2'], ['宁波沁岚投资管理合伙企业/organization/model#0', '宁波沁岚/organization/organization-cue#1', '宁波沁岚/organization/short-name#2']],
  // not inside a longer name, nor over the user's lexicon
  ['宁波沁岚投资管理合伙企业（以下简称宁波沁岚）管理产品。宁波沁岚投资管理合伙企业回应。', '宁波沁岚', ['宁波沁岚投资管理合伙企业/organization/model#0', '宁波沁岚投资管理合伙企业/organization/model#1'], ['宁波沁岚投资管理合伙企业/organization/model#0', '宁波沁岚/organization/organization-cue#1', '宁波沁岚投资管理合伙企业/organization/model#1']],
  ['宁波沁岚投资管理合伙企业（以下简称宁波沁岚）管理产品。宁波沁岚回应称，正在整改。', '宁波沁岚', ['宁波沁岚投资管理合伙企业/organization/model#0', '宁波/place/user-lexicon#2'], ['宁波沁岚投资管理合伙企业/organization/model#0', '宁波沁岚/organization/organization-cue#1', '宁波/place/user-lexicon#2']],
  // an organization cue that no brackets gave (`宁波沁岚的总部`) is not spread
  ['他说宁波沁岚的总部在这里。宁波沁岚回应。', '宁波沁岚', ['宁波/place/lexicon-short#1'], ['宁波沁岚/organization/organization-cue#0', '宁波/place/lexicon-short#1']],
];

/** Start of the k-th occurrence of `t` in `text`. */
function nth(text: string, t: string, k: number): number {
  let at = text.indexOf(t);
  for (let i = 0; i < k; i++) at = text.indexOf(t, at + 1);
  return at;
}

for (const [text, name, others, want] of SHORT_CASES) {
  test(`short names: ${want.join(' ')}`, () => {
    const read = (o: string): EntityMention => {
      const m = /^(.+?)\/(\w+)\/([\w-]+)#(\d+)$/.exec(o)!;
      const at = nth(text, m[1], Number(m[4]));
      return { start: at, end: at + m[1].length, text: m[1], type: m[2] as EntityMention['type'], rule: m[3] };
    };
    const cue = want.find((w) => w.includes('/organization-cue#'))!;
    const ms = [read(`${name}/organization/organization-cue#${cue.split('#')[1]}`), ...others.map(read)].sort((a, b) => a.start - b.start);
    const got = spreadDeclaredNames(text, ms, segment);
    assert.deepEqual(got, want.map(read));
  });
}

for (const [text, [name, rule], others, want] of CASES) {
  test(`declared names: ${text.slice(0, 12)}…`, () => {
    const ms: EntityMention[] = [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type: 'person', rule }];
    for (const o of others) {
      // `name` (rule `test`), or `name:rule@at` and `name/type@at` (the model's reading at a given place)
      const m = /^(.+?)(?:([:/])(\w+)@(\d+))?$/.exec(o)!;
      const at = m[4] === undefined ? text.indexOf(m[1]) : Number(m[4]);
      ms.push({ start: at, end: at + m[1].length, text: m[1], type: m[2] === '/' ? (m[3] as EntityMention['type']) : 'person', rule: m[2] === '/' ? 'model' : m[3] ?? 'test' });
    }
    ms.sort((a, b) => a.start - b.start);
    const got = spreadDeclaredNames(text, ms, segment);
    assert.deepEqual(got.map((m) => `${m.start}:${m.text}${m.type === 'person' ? '' : `/${m.type}`}`), want);
    for (const m of got) assert.equal(text.slice(m.start, m.end), m.text);
  });
}

test('declared names: only in prose, not in the address of an image line', () => {
  const text = '山姆·奥特曼出席了会议。\n\n![奥特曼发言](https://example.com/奥特曼.jpg)\n\n奥特曼表示，AI会改变世界。';
  const blocks = findBlocks(text);
  const prose = proseBlocks(blocks);
  const ms: EntityMention[] = [{ start: 0, end: 5, text: '山姆·奥特曼', type: 'person', rule: 'model' }];
  const got = spreadDeclaredNames(text, ms, segment, undefined, prose);
  assert.deepEqual(got.map((m) => `${m.start}:${m.text}`), ['0:山姆·奥特曼', `${text.lastIndexOf('奥特曼')}:奥特曼`]);
});

test('declared names: the model reading a piece of the name gives way to it, anything else stands', () => {
  const text = '首席执行官卡米拉·赛富丽娜接受了采访。赛富丽娜保证，数据安全。';
  const at = text.lastIndexOf('赛富丽娜');
  const ms: EntityMention[] = [
    { start: 5, end: 13, text: '卡米拉·赛富丽娜', type: 'person', rule: 'model' },
    { start: at + 1, end: at + 3, text: '富丽', type: 'organization', rule: 'model' },
  ];
  assert.deepEqual(spreadDeclaredNames(text, ms, segment).map((m) => `${m.start}:${m.text}`), ['5:卡米拉·赛富丽娜', `${at}:赛富丽娜`]);
  ms[1] = { ...ms[1], rule: 'lexicon' };
  assert.deepEqual(spreadDeclaredNames(text, ms, segment).map((m) => `${m.start}:${m.text}`), ['5:卡米拉·赛富丽娜', `${at + 1}:富丽`]);
});

test('a place or body the model read twice is that one over the pieces of it read elsewhere, not where nothing was read', () => {
  const text = '沥心沙大桥被撞断。沥心沙大桥连接三民岛。被撞断的沥心沙大桥。沥心沙大桥很长。';
  const third = text.indexOf('沥心沙大桥', 20);
  const bridge = (start: number): EntityMention => ({ start, end: start + 5, text: '沥心沙大桥', type: 'place', rule: 'model' });
  const ms: EntityMention[] = [bridge(0), bridge(9), { start: third + 2, end: third + 5, text: '沙大桥', type: 'place', rule: 'model' }];
  assert.deepEqual(spreadDeclaredNames(text, ms, segment).map((m) => `${m.start}:${m.text}:${m.type}`), ['0:沥心沙大桥:place', '9:沥心沙大桥:place', `${third}:沥心沙大桥:place`]);
  // read once, it spreads nowhere
  assert.deepEqual(spreadDeclaredNames(text, ms.slice(1), segment).map((m) => `${m.start}:${m.text}`), ['9:沥心沙大桥', `${third + 2}:沙大桥`]);
});

test('a place written without its division\'s word is that place over the pieces read there', () => {
  const text = '他住在比利亚霍约萨市的公寓。去年他搬到了比利亚霍约萨。比利亚霍约萨很安静。';
  const second = text.indexOf('比利亚霍约萨', 10);
  const ms: EntityMention[] = [
    { start: 3, end: 10, text: '比利亚霍约萨市', type: 'place', rule: 'model' },
    { start: second, end: second + 3, text: '比利亚', type: 'place', rule: 'jieba-ns' },
    { start: second + 3, end: second + 6, text: '霍约萨', type: 'person', rule: 'translit-name' },
  ];
  // where nothing was read, nothing is added
  assert.deepEqual(spreadDeclaredNames(text, ms, segment).map((m) => `${m.start}:${m.text}:${m.type}`), ['3:比利亚霍约萨市:place', `${second}:比利亚霍约萨:place`]);
});

test('a body a rule read twice (thirteen characters) is that body over the model\'s piece of it', () => {
  const name = '中华人民共和国出入境管理局';
  const text = `${name}公告。${name}决定开放。特此公告。\n\n${name}`;
  const second = text.indexOf(name, 5);
  const last = text.lastIndexOf(name);
  const ms: EntityMention[] = [
    { start: 0, end: 13, text: name, type: 'organization', rule: 'org-grown' },
    { start: second + 6, end: second + 13, text: name.slice(6), type: 'organization', rule: 'model' },
    { start: last, end: last + 13, text: name, type: 'organization', rule: 'org-grown' },
  ];
  assert.deepEqual(spreadDeclaredNames(text, ms, segment).map((m) => `${m.start}:${m.text}`), [`0:${name}`, `${second}:${name}`, `${last}:${name}`]);
});

test('a body read twice is not written over a shorter name of its type opening it that a word follows', () => {
  const text = '白宫新闻秘书出席。白宫新闻秘书表示。她在白宫新闻发布室说。';
  const third = text.lastIndexOf('白宫');
  const ms: EntityMention[] = [
    { start: 0, end: 4, text: '白宫新闻', type: 'organization', rule: 'model' },
    { start: 9, end: 13, text: '白宫新闻', type: 'organization', rule: 'model' },
    { start: third, end: third + 2, text: '白宫', type: 'organization', rule: 'model' },
  ];
  assert.deepEqual(spreadDeclaredNames(text, ms, segment), ms);
});

test('a company whose name is an everyday word, once a cue made it one, is one wherever it stands alone', () => {
  const text = '小米公司在印度遭到调查。小米称，公司遵守当地法律。他爱喝小米粥。';
  const ms: EntityMention[] = [{ start: 0, end: 4, text: '小米公司', type: 'organization', rule: 'lexicon-company' }];
  const got = spreadDeclaredNames(text, ms, segment);
  assert.deepEqual(got.map((m) => `${m.start}:${m.text}:${m.type}`), ['0:小米公司:organization', '12:小米:organization']);
  // a name no cue found, or one the model found alone, spreads nowhere
  assert.equal(spreadDeclaredNames(text, [{ ...ms[0], rule: 'model' }], segment).length, 1);
});
