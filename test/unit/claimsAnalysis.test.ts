// Claims inside the article analysis (issue 18): what analyzeArticle gives, in UTF-16 spans of the
// document as written (Traditional text included), equal to findClaims over the same results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article';
import { findClaims } from '../../server/src/analysis/claims/index';
import { findSentences } from '../../server/src/analysis/sentences';
import { DocumentCache } from '../../server/src/analysis/reuse/documentCache';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { loadSegmenter } from '../helpers/segmenter';
import { loadScriptConverter } from '../../server/src/node/scriptConverter';

const segment = loadSegmenter();
const convert = loadScriptConverter();

function spansRead(text: string, a: ArticleAnalysis): void {
  for (const c of a.claims) {
    assert.equal(text.slice(c.start, c.end), c.text);
    for (const n of c.numbers) assert.equal(text.slice(n.start, n.end), n.text);
    for (const m of c.entities) assert.ok(a.mentions.includes(m), `${m.text} is one of the analysis's mentions`);
    for (const d of c.dates) assert.ok(a.dates.includes(d), `${d.text} is one of the analysis's dates`);
  }
}

/** [article, the claim sentences' texts with their kinds and numbers (text, value, unit)] */
const CASES: [string, [string, string[], [string, number, string | null][]][]][] = [
  [
    '# 南京火灾致15人遇难\r\n\r\n𠮷祥小区火灾造成15人遇难、44人受伤。现场天气晴朗。\r\n\r\n他说：“去年同期增长了5%。',
    [
      ['南京火灾致15人遇难', ['statistic', 'causal'], [['15人', 15, '人']]],
      ['𠮷祥小区火灾造成15人遇难、44人受伤。', ['statistic', 'causal'], [['15人', 15, '人'], ['44人', 44, '人']]],
      ['他说：“去年同期增长了5%。', ['statistic', 'attributed'], [['5%', 5, '%']]],
    ],
  ],
  ['据了解，该市共有三千余家企业参与，规模为全省最大。', [['据了解，该市共有三千余家企业参与，规模为全省最大。', ['statistic', 'ranking', 'attributed'], [['三千余家', 3000, '家']]]]],
  ['一名男子走进了派出所。两人随后发生争执。', []],
];

for (const [text, want] of CASES) {
  test(`analysis claims: ${text.slice(0, 16)}…`, () => {
    const a = analyzeArticle(text, { segment });
    spansRead(text, a);
    const got = a.claims.map((c) => [c.text, c.kinds, c.numbers.map((n) => [n.text, n.value, n.unit])]);
    assert.deepEqual(got, want);
    assert.deepEqual(a.claims, findClaims(text, findSentences(text, a.blocks), a.mentions, a.dates, a.quotes));
  });
}

test('claims are ordered by position and scored', () => {
  const a = analyzeArticle('国家统计局称，1月CPI同比上涨0.3%。这是首次上涨。', { segment });
  assert.deepEqual(a.claims.map((c) => c.start), [...a.claims].map((c) => c.start).sort((x, y) => x - y));
  assert.ok(a.claims[0].score > a.claims[1].score, 'more kinds and a number score higher');
});

test('claims of a Traditional article are told in its own characters and offsets', () => {
  const text = '# 臺灣地震致9人罹難\n\n據了解，這是25年來最大的地震，共造成1,000多人受傷。';
  const a = analyzeArticle(text, { segment, convert });
  spansRead(text, a);
  assert.ok(a.claims.length >= 2, JSON.stringify(a.claims.map((c) => c.text)));
  assert.ok(a.claims.some((c) => c.text.includes('據了解') && c.kinds.includes('ranking')));
});

test('a cached analysis after an edit gives the claims a fresh one gives', () => {
  const cache = new DocumentCache();
  let text = '# 标题\n\n截至目前已有51人死亡。\n\n第二段没有数字。\n\n第三段：票价比去年高。';
  analyzeArticle(text, { segment, cache });
  text = text.replace('第二段', '第二段新增了3家企业，');
  const cached = analyzeArticle(text, { segment, cache });
  assert.deepEqual(cached.claims, analyzeArticle(text, { segment }).claims);
  assert.ok(cached.claims.some((c) => c.text.includes('3家企业')));
});
