import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLatinGlosses, findLatinNames, joinWrappedLatinNames } from '../../server/src/analysis/entities/latinNames';
import { findBlocks, proseBlocks } from '../../server/src/analysis/structure';
import { given } from '../helpers/entities';
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
];

for (const c of CASES) {
  test(`latin name: ${c.rule}`, () => {
    const got = names(c.text);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

test('latin gloss: an organization’s bracketed Latin name is that organization, a person’s is not', () => {
  const text = '据英国天空新闻台（Sky News）报道，球员埃文斯（Tom Evans）表示';
  const at = (s: string, type: EntityMention['type']): EntityMention => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s, type, rule: 't' };
  };
  const got = findLatinGlosses(text, [at('英国天空新闻台', 'organization'), at('埃文斯', 'person')]);
  assert.deepEqual(got.map((m) => `${m.text}/${m.type}`), ['Sky News/organization']);
  for (const m of got) assert.equal(text.slice(m.start, m.end), m.text);
});

/** Names a hard line wrap cut in two, read across the wrap by `joinWrappedLatinNames` (sentences written for these tests). */
const WRAPS: { rule: string; text: string; given: string[]; want: string[] }[] = [
  { rule: 'an organization head on the next line joins the name and replaces its piece', text: '总部位于纽约的Harbor\nCapital今年开设了办事处。', given: ['Capital/organization/model'], want: ['Harbor\nCapital/organization'] },
  { rule: 'a kind of company before the first half', text: '风险投资公司Q\nLattice将总部迁至旧金山。', given: [], want: ['Q\nLattice/organization'] },
  { rule: 'a blank line is a paragraph break, not a wrap', text: '他加入了风险投资公司Silver\n\nCapital是另一家。', given: [], want: [] },
  { rule: 'a name without evidence stays as the paragraphs gave it', text: '新款Phone\nMax在店里。', given: [], want: [] },
  { rule: 'a longer mention reaching out of the name keeps its span', text: '他是Harbor\nCapital集团的人。', given: ['Capital集团/organization/model'], want: ['Capital集团/organization'] },
];

for (const c of WRAPS) {
  test(`wrapped latin name: ${c.rule}`, () => {
    const blocks = findBlocks(c.text);
    const got = joinWrappedLatinNames(c.text, proseBlocks(blocks), given(c.text, c.given));
    for (const m of got) assert.equal(c.text.slice(m.start, m.end), m.text);
    assert.deepEqual(got.map((m) => `${m.text}/${m.type}`), c.want);
  });
}
