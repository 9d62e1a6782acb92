/**
 * Where the clause before a speech verb starts in a paragraph whose long quotations are masked (`□`,
 * quotes/view.ts): table-driven, every sentence written for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseStart, clauseStartOverTerms } from '../../server/src/analysis/quotes/view';

/** [masked paragraph, the verb after the clause, the clause clauseStartOverTerms gives] */
const CASES: [string, string, string][] = [
  // a quotation embedded in the clause, a word on both sides of its marks: part of the clause
  ['近日，学者周建国接受“□□□□□□□□□□□□□□”访谈时表示，', '表示', '学者周建国接受“□□□□□□□□□□□□□□”访谈时'],
  ['刘淑华在“□□□□□□□□□□□□”节目中说，', '说', '刘淑华在“□□□□□□□□□□□□”节目中'],
  // a quotation opening the sentence is someone's words, not part of the clause after it
  ['“□□□□□□□□□□□□”周建国说。', '说', '周建国'],
  // … nor one after a clause break
  ['他表示，“□□□□□□□□□□□□”随后又说', '说', '随后又'],
  // … nor one a `的` describes: the quotation names someone, the clause is what follows it
  ['X上以爆料出名的“□□□□□□□□□□□□”也发文表示，', '表示', '也发文'],
];

for (const [masked, verb, want] of CASES) {
  test(`clause before ${verb}: ${want}`, () => {
    const to = masked.lastIndexOf(verb);
    assert.equal(masked.slice(clauseStartOverTerms(masked, to, 0), to), want);
  });
}

test('clauseStart alone stops at a masked quotation', () => {
  const s = '学者周建国接受“□□□□□□□□□□□□□□”访谈时表示，';
  assert.equal(s.slice(clauseStart(s, s.indexOf('表示'), 0), s.indexOf('表示')), '访谈时');
});
