import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRegisteredNames } from '../../server/src/analysis/entities/registeredNames';
import { findEntityMentions } from '../../server/src/analysis/entities/index';
import { tokenize } from '../../server/src/analysis/tokens';
import { loadEntityModel, loadSegmenter } from '../helpers/segmenter';

/**
 * Companies by their registered names, the legal form `有限公司` and what stands before it (sentences written
 * for these tests; the firms' own names are made up, so no lexicon holds them).
 */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'an unknown name, its trade and the legal form', text: '涉事企业为沁岚新材料股份有限公司，已停产整顿。', yes: ['沁岚新材料股份有限公司'], no: [] },
  { rule: 'a place in brackets after the name', text: '据悉，沁岚（深圳）科技有限公司已召回全部产品。', yes: ['沁岚（深圳）科技有限公司'], no: [] },
  { rule: 'the name opens with its place: what the sentence says before it is no part', text: '王某时任上海珀宇资产管理有限公司法定代表人。', yes: ['上海珀宇资产管理有限公司'], no: ['时任上海珀宇资产管理有限公司'] },
  { rule: 'a preposition the segmenter glued onto the name is left out', text: '法院已对沁岚祁衡控股集团有限公司立案。', yes: ['沁岚祁衡控股集团有限公司'], no: ['对沁岚祁衡控股集团有限公司'] },
  { rule: 'a branch in a city after the legal form is part of the name', text: '据沁岚银行股份有限公司深圳市分行介绍，网点照常营业。', yes: ['沁岚银行股份有限公司深圳市分行'], no: [] },
  { rule: 'places and trades alone, or a qualifier before common words, make a kind', text: '他投资了一家网络科技有限公司，又入股一家私募基金管理有限公司。', yes: [], no: ['网络科技有限公司', '基金管理有限公司'] },
  { rule: 'a partnership by its legal form', text: '股东为宁波灵均投资管理合伙企业（有限合伙）。', yes: ['宁波灵均投资管理合伙企业（有限合伙）'], no: [] },
  { rule: 'a place in brackets right before the legal form', text: '据悉，沁岚控股（北京）有限公司再被强制执行。', yes: ['沁岚控股（北京）有限公司'], no: [] },
  { rule: 'a company the lists know, cut by the segmenter, opens the name', text: '你打海底捞餐饮股份有限公司的客服电话试试。', yes: ['海底捞餐饮股份有限公司'], no: [] },
  { rule: 'a hyphen inside the name', text: '一汽-大众汽车有限公司宣布召回部分车辆。', yes: ['一汽-大众汽车有限公司'], no: ['大众汽车有限公司'] },
  { rule: 'a party to a deal by its side, or an invitation glued on, is no part of the name', text: '卖方沁岚地产（香港）有限公司表示，两人都是应沁岚文化传媒（上海）有限公司邀请出席。', yes: ['沁岚地产（香港）有限公司', '沁岚文化传媒（上海）有限公司'], no: ['卖方沁岚地产（香港）有限公司', '应沁岚文化传媒（上海）有限公司'] },
  { rule: 'a withheld name is none', text: '环评单位南京某设计有限公司被罚款。', yes: [], no: ['南京某设计有限公司', '某设计有限公司'] },
  { rule: 'a zone the firm sits in is no part of its name', text: '江苏海安经济技术开发区沁岚轻合金科技有限公司发生事故。', yes: ['沁岚轻合金科技有限公司'], no: [] },
];

for (const c of CASES) {
  test(`registered names: ${c.rule}`, () => {
    const tokens = tokenize(c.text, loadSegmenter());
    const got = findRegisteredNames(c.text, tokens).map((m) => c.text.slice(m.start, m.end));
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')} (${tokens.map((t) => `${t.word}/${t.tag}`).join(' ')})`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

test('registered names: the registered name stands whole against the model reading a place inside it', () => {
  // the model alone reads `深圳` here as an organization
  const text = '因存在安全隐患，沁岚（深圳）科技有限公司按照规定召回产品。';
  const got = findEntityMentions(text, tokenize(text, loadSegmenter()), new Map(), loadEntityModel() ?? undefined).map((m) => `${m.text}/${m.type}`);
  assert.deepEqual(got, ['沁岚（深圳）科技有限公司/organization']);
});
