import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAirlines, findCompanyHeads } from '../../server/src/analysis/entities/companyHeads';
import { tokenize } from '../../server/src/analysis/tokens';
import { loadSegmenter } from '../helpers/segmenter';

/**
 * Companies named by a word the segmenter does not know and a company's kind of business (sentences
 * written for these tests; the names are made up, so the dictionary has none of them).
 */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'an unknown word before a kind of business', text: '他创立的沁岚资本目前由其爱人主持。', yes: ['沁岚资本'], no: [] },
  { rule: 'an unknown word before a think tank or an asset manager', text: '沁岚智库在报告中表示，房企退市增多。', yes: ['沁岚智库'], no: [] },
  { rule: 'cars, technology, property', text: '据悉，祁衡汽车已停产，珀宇科技也在裁员，沁岚地产亦然。', yes: ['祁衡汽车', '珀宇科技', '沁岚地产'], no: [] },
  { rule: 'an index or a sector is no company', text: '珀宇科技指数大涨，祁衡汽车板块走强。', yes: [], no: ['珀宇科技', '祁衡汽车'] },
  { rule: 'a known word before the kind is left to the other rules', text: '这是一家汽车集团，也有人做房地产。', yes: [], no: ['汽车集团'] },
  { rule: 'a preposition or a date glued before the name is left out of it', text: '记者向宏润集团了解情况，2012年1月11日宏润集团与他签约。', yes: [], no: ['向宏润集团', '日宏润集团'] },
  { rule: 'a counted kind is no name', text: '两大科技巨头都来了。', yes: [], no: ['两大科技'] },
  { rule: '投资 after an unknown word where its founder, a share or a fund kind says it is a company', text: '量化私募沁岚投资创始人王琛表示，宝武及珀宇投资持股六成。', yes: ['沁岚投资', '珀宇投资'], no: [] },
  { rule: '… and not where it is a verb', text: '外商来镇投资，后来沁岚投资了工厂。', yes: [], no: ['来镇投资', '沁岚投资'] },
];

for (const c of CASES) {
  test(`company heads: ${c.rule}`, () => {
    const tokens = tokenize(c.text, loadSegmenter());
    const got = findCompanyHeads(c.text, tokens).map((m) => c.text.slice(m.start, m.end));
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')} (${tokens.map((t) => `${t.word}/${t.tag}`).join(' ')})`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

/** Airlines named by their place and `航空` (sentences written for these tests). */
const AIRLINES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'a place and `航空` before grammar, a count or a verb', text: '贵阳航空的航班已恢复，挪威航空一架客机返航，智利航空表示欢迎。', yes: ['贵阳航空', '挪威航空', '智利航空'], no: [] },
  { rule: 'not before a noun it qualifies, nor a trade or a show', text: '中国航空业复苏，德国航空系统老化，珠海航空展开幕，美国航空航天局发射卫星。', yes: [], no: ['中国航空', '德国航空', '珠海航空', '美国航空'] },
];

for (const c of AIRLINES) {
  test(`airlines: ${c.rule}`, () => {
    const tokens = tokenize(c.text, loadSegmenter());
    const got = findAirlines(tokens).map((m) => c.text.slice(m.start, m.end));
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')} (${tokens.map((t) => `${t.word}/${t.tag}`).join(' ')})`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}
