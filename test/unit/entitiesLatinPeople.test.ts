import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findLatinNames, isLatinSurname } from '../../server/src/analysis/entities/latinNames';
import { confirmWaiting } from '../../server/src/analysis/entities/waiting';
import { analyzeArticle } from '../../server/src/analysis/article';
import { given, typedMentions } from '../helpers/entities';
import { loadSegmenter } from '../helpers/segmenter';
import type { EntityMention } from '../../server/src/analysis/types';

/** Candidates as `text/type/rule`. */
const found = (text: string): string[] => findLatinNames(text).map((c) => `${text.slice(c.start, c.end)}/${c.type}/${c.rule}`);

/** People named in Latin letters in Chinese text (sentences written for these tests; the names are invented). */
const CASES: { rule: string; text: string; yes: string[]; no: string[] }[] = [
  { rule: 'an occupation ending in 师 before a full name', text: '该行策略师Marla Okonjo表示，市场将回暖。', yes: ['Marla Okonjo/person/latin-name'], no: [] },
  { rule: 'an occupation ending in 家 or 官', text: '研究科学家Tavi Brunner和首席投资官Odile Ferrant出席。', yes: ['Tavi Brunner/person/latin-name', 'Odile Ferrant/person/latin-name'], no: [] },
  { rule: 'a title before a single surname', text: '公司发言人Brennick表示，调整是为了竞争。', yes: ['Brennick/person/latin-name'], no: [] },
  { rule: 'a title before a name cut by a hard wrap', text: '该行分析师Dana\nWexley表示，需求稳定。', yes: ['Dana\nWexley/person/latin-name'], no: [] },
  { rule: 'a given name and a surname, without a title', text: '独立顾问联盟的Chris Wendover称，市场平淡。', yes: ['Chris Wendover/person/latin-given-name'], no: [] },
  { rule: 'a given name over a wrap before speech', text: '市场分析师表示：Louise\nHartley认为金价还会涨。', yes: ['Louise\nHartley/person/latin-given-name'], no: [] },
  { rule: 'a firm over a wrap is no person', text: '他曾在Davis\nPolk工作。', yes: [], no: ['Davis\nPolk/person/latin-given-name'] },
  { rule: 'a brand with its website is no person', text: '图片来源：Louis Varenne官网截图', yes: [], no: ['Louis Varenne/person/latin-given-name'] },
  { rule: 'a gloss of a thing is no person', text: '袭击了“星虹”号(Star Iris)。', yes: [], no: ['Star Iris/person/latin-given-name'] },
  { rule: 'a gloss of a transliterated name is a person', text: '参议员乔什·霍利 (Josh Harlan)问道。', yes: ['Josh Harlan/person/latin-given-name'], no: [] },
  { rule: '一家 is no occupation', text: '位于此处的一家Roomly民宿起火。', yes: [], no: ['Roomly/person/latin-name'] },
  { rule: 'a single surname-shaped word waits for the article', text: 'Wendover表示，市场平淡。Temu也回应了。', yes: ['Wendover/person/latin-surname', 'Temu/person/latin-surname'], no: [] },
  { rule: 'an initial is no surname', text: '生物学家Cara N.\nLove一直在研究。', yes: [], no: ['Cara N/person/latin-name'] },
];

for (const c of CASES) {
  test(`latin person: ${c.rule}`, () => {
    const got = found(c.text);
    for (const y of c.yes) assert.ok(got.includes(y), `${y} in ${got.join(' ')}`);
    for (const n of c.no) assert.ok(!got.includes(n), `${n} not in ${got.join(' ')}`);
  });
}

test('latin surname: kept where the article names the person in full, dropped elsewhere', () => {
  const text = 'Chris Wendover称，市场平淡。Wendover表示，不会降息。Temu表示，将扩张。';
  const at = (word: string, from: number, rule: string): EntityMention => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length, text: word, type: 'person', rule };
  };
  const ms = [at('Chris Wendover', 0, 'latin-given-name'), at('Wendover', 15, 'latin-surname'), at('Temu', 0, 'latin-surname')];
  assert.deepEqual(confirmWaiting(ms).map((m) => m.text), ['Chris Wendover', 'Wendover']);
});

test('latin surname: a list without one is returned as it is', () => {
  const ms = given('Chris Wendover称', ['Chris Wendover/person/latin-given-name']);
  assert.equal(confirmWaiting(ms), ms);
  assert.ok(isLatinSurname({ rule: 'latin-surname' }) && !isLatinSurname({ rule: 'latin-name' }));
});

test('latin surname: a single word fills only a gap the other rules left', () => {
  // the bracketed gloss of a person is that person whole, not its words one by one
  assert.ok(typedMentions('名将德格鲁特（Diede de Groot）夺冠').includes('Diede de Groot/person'));
});

test('latin surname: over a whole article, the short form of a full name is a person, a bare word is not', () => {
  const text = '# 标题\n\n独立顾问联盟的Chris Wendover称，市场平淡。\n\nWendover表示，不会降息。Temu表示，将扩张。\n';
  const a = analyzeArticle(text, { segment: loadSegmenter() });
  const people = a.mentions.filter((m) => m.type === 'person').map((m) => m.text);
  assert.ok(people.includes('Wendover'), people.join(' '));
  assert.ok(!people.includes('Temu'), people.join(' '));
});
