// ROC era years and full-width digits (issue 19): recognised in the Simplified view (`民國` → `民国`).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findDateExpressions, resolveDates } from '../../server/src/analysis/dates/index';

/** [text (Simplified view), expression, expected TIMEX3 value or null when not a date] */
const CASES: [string, string, string | null][] = [
  ['民国113年4月17日', '民国113年4月17日', '2024-04-17'],
  ['民国113年', '民国113年', '2024'],
  ['民国38年', '民国38年', '1949'],
  ['113年4月17日发布', '113年4月17日', '2024-04-17'],
  ['１１３年４月１７日', '１１３年４月１７日', '2024-04-17'],
  ['民国１１２年度预算', '民国１１２年度', '2023'],
  ['２０２４年４月１７日', '２０２４年４月１７日', '2024-04-17'],
];
for (const [text, expr, want] of CASES) {
  test(`${text} → ${want}`, () => {
    const { dates } = resolveDates(text, findDateExpressions(text), { value: '2024-04-20', source: 'setting', span: null });
    const d = dates.find((x) => x.text === expr);
    assert.ok(d, JSON.stringify(dates.map((x) => x.text)));
    assert.equal(text.slice(d.start, d.end), d.text);
    assert.equal(d.value, want);
  });
}

/** A bare 3-digit number of years with no month after it is a duration or a count, not an ROC year. */
for (const text of ['建校113年', '共有113年历史', '2113年4月']) {
  test(`${text}: no ROC year`, () => {
    const dates = findDateExpressions(text);
    const roc = dates.filter((d) => /^(?<![0-9])[0-9]{3}年/.test(text.slice(d.start, d.end)));
    assert.deepEqual(roc, []);
  });
}
