// Words quoted twice in one article are one speaker's (server/src/analysis/quotes/repeated.ts): quotes written
// for these tests, table-driven.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveRepeated } from '../../server/src/analysis/quotes/repeated';
import { unattributedFinding } from '../../server/src/analysis/quotes/messages';
import type { Quote } from '../../server/src/analysis/types';

/** Quotes of `[words, speaker]` at made-up offsets, 100 apart; a speaker's span is 10 before its quote. */
function quotes(specs: [string, string | null][]): Quote[] {
  return specs.map(([text, speaker], i) => {
    const start = 100 * i + 20;
    return { start, end: start + text.length + 2, text, inner: { start: start + 1, end: start + 1 + text.length }, mark: '“', kind: 'speech', speaker, speakerSpan: speaker ? { start: start - 10, end: start - 10 + speaker.length } : null, speakerVia: speaker ? 'verb-before' : null };
  });
}

const CASES: { name: string; specs: [string, string | null][]; want: (string | null)[] }[] = [
  { name: 'a section head quoting someone takes the speaker of the same words below', specs: [['扫码支付对外国人是一个挑战', null], ['扫码支付对外国人是一个挑战。', '大卫']], want: ['大卫', '大卫'] },
  { name: 'the same words given again after their speaker', specs: [['世界那么大，我想去看看。', '顾少强'], ['世界那么大，我想去看看', null], ['世界那么大，我想去看看', null]], want: ['顾少强', '顾少强', '顾少强'] },
  { name: 'two speakers for the same words: neither is sure', specs: [['扫码支付对外国人是一个挑战', null], ['扫码支付对外国人是一个挑战。', '大卫'], ['扫码支付对外国人是一个挑战。', '李明']], want: [null, '大卫', '李明'] },
  { name: 'a phrase shorter than six characters is anyone’s', specs: [['不可思议', null], ['不可思议。', '大卫']], want: [null, '大卫'] },
  { name: 'a speaker found is kept', specs: [['扫码支付对外国人是一个挑战', '李明'], ['扫码支付对外国人是一个挑战。', '大卫']], want: ['李明', '大卫'] },
  { name: 'other words take nothing', specs: [['扫码支付对外国人是一个挑战', null], ['现金支付对外国人更方便。', '大卫']], want: [null, '大卫'] },
  // a pull quote broken over two bold heads excerpts a longer quote below (thirty-ninth round)
  { name: 'a pull quote broken over two heads takes the speaker of the quote below that holds its words', specs: [['扫码支付对外国人，**\n\n**是一个不小的挑战。', null], ['我们发现，扫码支付对外国人，是一个不小的挑战。所以要改进。', '大卫']], want: ['大卫', '大卫'] },
  { name: '… not when two quotes with different speakers hold them', specs: [['扫码支付对外国人，**\n\n**是一个不小的挑战。', null], ['扫码支付对外国人，是一个不小的挑战。所以要改进。', '大卫'], ['我认为扫码支付对外国人，是一个不小的挑战。', '李明']], want: [null, '大卫', '李明'] },
  { name: '… and only across a paragraph break (a soft wrap is no excerpt)', specs: [['扫码支付对外国人，\n是一个不小的挑战。', null], ['我们发现，扫码支付对外国人，是一个不小的挑战。', '大卫']], want: [null, '大卫'] },
];

for (const c of CASES) {
  test(`repeated words: ${c.name}`, () => {
    const qs = quotes(c.specs);
    const findings = qs.filter((q) => !q.speaker).map(unattributedFinding);
    const out = resolveRepeated(qs, findings);
    assert.deepEqual(out.quotes.map((q) => q.speaker), c.want);
    for (const q of out.quotes) if (q.speaker && !qs.find((x) => x.start === q.start)!.speaker) assert.equal(q.speakerVia, 'repeated');
    // a quote given a speaker loses its `quote.unattributed` finding; the others keep theirs
    assert.deepEqual(out.findings.map((f) => f.start), out.quotes.filter((q) => !q.speaker).map((q) => q.start));
  });
}
