import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findStockNames } from '../../server/src/analysis/entities/stockNames';
import { tokenize } from '../../server/src/analysis/tokens';
import { loadSegmenter } from '../helpers/segmenter';
import { given } from '../helpers/entities';


/** Market-report sentences written for these tests and the mentions the pass leaves. */
const CASES: { rule: string; text: string; found?: string[]; yes: string[]; no: string[]; suppressed?: string[] }[] = [
  { rule: 'a part of an index’s shares (`成分股中`) is no company', text: '费城半导体指数跌1.12%。成分股中跌幅居前的有芯源科技。', yes: [], no: ['成分股中/organization'] },
  { rule: 'a name right before 涨停', text: '白酒板块走强，青禾酒业涨停。', yes: ['青禾酒业/organization'], no: [] },
  { rule: 'every item of a list that ends in a move', text: '午后拉升，金山电子、远航食品、北辰药业涨停。', yes: ['金山电子/organization', '远航食品/organization', '北辰药业/organization'], no: ['北辰药业涨停/organization'] },
  { rule: 'a list closed by 等 and an adverb before the move', text: '医药股活跃，明川医药、海禾生物等早盘跟涨。', yes: ['明川医药/organization', '海禾生物/organization'], no: [] },
  { rule: '触及涨停 is one move, not part of the name', text: '券商股异动，南岭证券触及涨停。', yes: ['南岭证券/organization'], no: ['南岭证券触及/organization'] },
  { rule: 'a percentage move and a risk-warning prefix', text: '尾盘，*ST云帆跌超5%，青禾酒业涨逾3%。', yes: ['*ST云帆/organization', '青禾酒业/organization'], no: [] },
  { rule: 'a share code between the name and the move', text: '港股方面，远航汽车-W(09999.HK)涨7%。', yes: ['远航汽车-W/organization'], no: [] },
  { rule: 'a kind of share before the name is left out', text: '高位股金山电子、远航食品、北辰药业等集体跌停。', yes: ['金山电子/organization'], no: ['高位股金山电子/organization'] },
  { rule: 'a place read inside the name gives way', text: '盘中，湖州丝绸大涨。', found: ['湖州/place/lexicon'], yes: ['湖州丝绸/organization'], no: ['湖州/place'] },
  { rule: 'indexes and sectors are no companies', text: '沪指涨超1%，创业板指跌逾2%，锂电池板块大涨，券商股领涨。', yes: [], no: ['沪指/organization', '创业板指/organization', '锂电池板块/organization', '券商股/organization'] },
  { rule: 'one common word is no company', text: '受此影响，油价大涨，黄金跌停。', yes: [], no: ['油价/organization', '黄金/organization'] },
  { rule: 'a company of the lists ending where the name ends is the name, not the words the layout read before it', text: '他将参与其中，效仿金山甄选（1797.HK）。', found: ['金山甄选/organization/lexicon-company'], yes: ['金山甄选/organization'], no: ['效仿金山甄选/organization'] },
  { rule: 'a word not followed by a move stays as found', text: '金山电子发布公告称业绩增长。', yes: [], no: ['金山电子/organization'] },
  { rule: 'the user’s entry keeps its type', text: '盘中，华兴光电涨停。', found: ['华兴光电/person/user-lexicon'], yes: ['华兴光电/person'], no: ['华兴光电/organization'] },
  { rule: 'a `none` word stays out', text: '盘中，华兴光电涨停。', suppressed: ['华兴光电'], yes: [], no: ['华兴光电/organization'] },
  { rule: 'a plain fall the listed names share, when they are names found otherwise', text: '零售股表现萎靡，普瑞达、金福来、欧兰丹皆下跌。', found: ['普瑞达/person/model', '金福来/person/model', '欧兰丹/person/model'], yes: ['普瑞达/organization', '金福来/organization', '欧兰丹/organization'], no: ['普瑞达/person'] },
  { rule: '… but not after words alone', text: '周二，债券、黄金、加密货币均上涨。', yes: [], no: ['加密货币/organization', '黄金/organization'] },
  { rule: 'a name in Latin letters before a move, 涨近 after it too', text: '隔夜美股，Norvane跌19%，Quillo涨近20%。', yes: ['Norvane/organization', 'Quillo/organization'], no: [] },
  { rule: '涨近 after Han words is a time’s or a sector’s move', text: '美元指数日内跌近0.3%，尾盘又跌近1%。', yes: [], no: ['日内/organization', '尾盘又/organization'] },
  { rule: 'the last word of a wrapped Latin name is no name alone', text: '加密股走强，Marathon\nDigital涨9%。', yes: [], no: ['Digital/organization'] },
  { rule: 'tickers and acronyms are no names', text: '午后，ETF涨超1%。', yes: [], no: ['ETF/organization'] },
  { rule: 'an adverb glued between the name and its move stays out of the name', text: '午后，*ST云帆再度跌停，青禾酒业跳水跌超7%。', yes: ['*ST云帆/organization', '青禾酒业/organization'], no: ['*ST云帆再度/organization', '青禾酒业跳水/organization'] },
  { rule: 'a time or an index with its adverb is no company', text: '连续两天大涨后，道指收跌54点，深成指下挫跌逾2%，盘后涨超10%。', yes: [], no: ['连续两天/organization', '道指收/organization', '道指/organization', '深成指下挫/organization', '盘后/organization'] },
  { rule: 'a sector or a group is no company', text: '日常消费品跌0.92%，造车新势力大涨。', yes: [], no: ['日常消费品/organization', '造车新势力/organization'] },
  { rule: 'a time or a comparison before the move is no company', text: '美油下侧73.70美元，日内跌逾2.8%。盘中，金价较上一交易日涨超1%。', yes: [], no: ['日内/organization', '较上一交易日/organization'] },
  { rule: 'adverbs between the name and its move stay out of it', text: '青禾酒业盘中曾涨超5%，远航汽车早盘即跌逾3%，标普累跌0.42%，北辰药业大涨超6%。', yes: ['青禾酒业/organization', '远航汽车/organization', '北辰药业/organization'], no: ['青禾酒业盘中曾/organization', '远航汽车早盘即/organization', '标普累/organization', '北辰药业大/organization'] },
  { rule: 'a time or a conjunction before the name stays out of it', text: '隔夜青禾酒业涨超5%，而远航汽车累涨4%。', yes: ['青禾酒业/organization', '远航汽车/organization'], no: ['隔夜青禾酒业/organization', '而远航汽车/organization'] },
  { rule: 'a verb read with the name stays out of it', text: '新品发布后，推动特斯拉股价大涨；同时，导致青禾酒业股价下跌。', yes: ['特斯拉/organization', '青禾酒业/organization'], no: ['推动特斯拉/organization', '导致青禾酒业/organization'] },
  { rule: 'verbs before a move are no name', text: '新品将巩固其地位，有利于驱动股价。', yes: [], no: ['有利于驱动/organization', '驱动/organization'] },
  { rule: 'sectors, assets and coins are no companies', text: '光伏、证券跌幅居前，中概大涨，比特币暴涨，布油跌超1%，汽、柴油每吨分别累计涨350元。', yes: [], no: ['光伏/organization', '中概/organization', '比特币/organization', '布油/organization', '柴油每吨分别/organization'] },
  { rule: 'a surrogate pair before the name keeps every span', text: '𠮷祥概念走强，远航食品涨停。', yes: ['远航食品/organization'], no: [] },
];

for (const c of CASES) {
  test(`stock names: ${c.rule}`, () => {
    const tokens = tokenize(c.text, loadSegmenter());
    const suppressed = (c.suppressed ?? []).map((w) => ({ start: c.text.indexOf(w), end: c.text.indexOf(w) + w.length, word: w }));
    const out = findStockNames(c.text, tokens, given(c.text, c.found ?? []), suppressed);
    for (const m of out) assert.equal(c.text.slice(m.start, m.end), m.text, `span of ${m.text}`);
    const got = out.map((m) => `${m.text}/${m.type}`);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}
