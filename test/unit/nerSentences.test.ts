// The entity model's training sentences from hand-annotated articles (scripts/nerSentences.ts):
// which occurrences get which tags, table-driven.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { annotatedSentences, type GoldEntity } from '../../scripts/nerSentences';

const TYPES = ['PER', 'LOC', 'ORG'];
/** `[text/TYPE]` around every tagged span, read back from the BIOES ids. */
function render(text: string, gold: Uint8Array): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const tag = gold[i], role = (tag - 1) % 4, type = TYPES[Math.floor((tag - 1) / 4)];
    if (tag && (role === 0 || role === 3)) out += '[';
    out += text[i];
    if (tag && (role === 2 || role === 3)) out += `/${type}]`;
  }
  return out;
}

const cases: { name: string; text: string; entities: GoldEntity[]; optional?: 'tag' | 'outside' | 'skip'; want: string[] }[] = [
  {
    name: 'a required place wins over the optional chain around it; the optional region takes what is left',
    text: '湖南永州发生地震，永州市民平安。',
    entities: [{ text: '湖南永州', type: 'place', optional: true }, { text: '永州', type: 'place' }, { text: '湖南', type: 'place', optional: true }],
    optional: 'tag',
    want: ['[湖南/LOC][永州/LOC]发生地震，[永州/LOC]市民平安。'],
  },
  {
    name: 'optional entries left outside (the default) still hold their characters',
    text: '美军在美国南部演习。美国表示。',
    entities: [{ text: '美军', type: 'organization', optional: true }, { text: '美国', type: 'place' }, { text: '美', type: 'place', optional: true }],
    want: ['美军在[美国/LOC]南部演习。', '[美国/LOC]表示。'],
  },
  {
    name: 'skip: a sentence with an optional entry is left out',
    text: '美军在美国南部演习。美国表示。',
    entities: [{ text: '美军', type: 'organization', optional: true }, { text: '美国', type: 'place' }],
    optional: 'skip',
    want: ['[美国/LOC]表示。'],
  },
  {
    name: 'a longer name before a shorter one inside it',
    text: '中国人民银行在中国发布数据',
    entities: [{ text: '中国', type: 'place' }, { text: '中国人民银行', type: 'organization' }],
    want: ['[中国人民银行/ORG]在[中国/LOC]发布数据'],
  },
  {
    name: 'image lines and blank lines are left out; a paragraph is cut after 。！？',
    text: '# 王毅会见马克龙\n\n![图](a.png)\n王毅说：好！马克龙点头。\n',
    entities: [{ text: '王毅', type: 'person' }, { text: '马克龙', type: 'person' }],
    want: ['# [王毅/PER]会见[马克龙/PER]', '[王毅/PER]说：好！', '[马克龙/PER]点头。'],
  },
  {
    name: 'an entry of another kind is no tag; a name twice in a sentence is tagged twice',
    text: '新华社报道，新华社记者在春晚现场。',
    entities: [{ text: '新华社', type: 'organization' }, { text: '春晚', type: 'event' }],
    want: ['[新华社/ORG]报道，[新华社/ORG]记者在春晚现场。'],
  },
];

for (const c of cases) {
  test(`annotatedSentences: ${c.name}`, () => {
    assert.deepEqual(annotatedSentences(c.text, c.entities, c.optional).map((s) => render(s.text, s.gold)), c.want);
  });
}
