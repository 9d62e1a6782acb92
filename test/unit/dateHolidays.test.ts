import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { holidayTable } from '../../scripts/buildHolidays';
import { findDateExpressions, resolveDates } from '../../server/src/analysis/dates/index';

const table = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../server/src/analysis/dates/holidays.json'), 'utf8'));

test('the lunar holiday and solar term table is what lunar-javascript computes (else: npm run lexicons)', () => {
  assert.deepEqual(table, holidayTable(), 'server/src/analysis/dates/holidays.json is stale: run npm run lexicons');
});

test('the table agrees with published calendars', () => {
  // the State Council's holiday notices and the almanac: [holiday, year, date]
  const known: [string, number, string][] = [
    ['春节', 2015, '2015-02-19'], ['春节', 2024, '2024-02-10'], ['春节', 2025, '2025-01-29'], ['春节', 2030, '2030-02-03'],
    ['端午', 2024, '2024-06-10'], ['端午', 2025, '2025-05-31'], ['中秋', 2023, '2023-09-29'], ['中秋', 2025, '2025-10-06'],
    ['元宵', 2024, '2024-02-24'], ['清明', 2024, '2024-04-04'], ['清明', 2019, '2019-04-05'], ['七夕', 2024, '2024-08-10'],
    ['重阳', 2024, '2024-10-11'], ['腊八', 2024, '2024-01-18'], ['冬至', 2024, '2024-12-21'], ['立秋', 2025, '2025-08-07'],
  ];
  for (const [name, y, want] of known) assert.equal(table.days[name][y - table.firstYear], want, `${name} ${y}`);
});

function dates(text: string, pub: string): [string, string | null][] {
  return resolveDates(text, findDateExpressions(text), { value: pub, source: 'setting', span: null }).dates.map((d) => [d.text, d.value]);
}

test('holidays of the other months: lunar ones, solar terms, fixed days and the nth weekday of a month', () => {
  const cases: [string, string, [string, string | null][]][] = [
    ['今年七夕，花店生意火爆。', '2024-08-12', [['今年七夕', '2024-08-10']]],
    ['重阳节前夕，志愿者看望社区老人。', '2024-10-09', [['重阳节前夕', '2024-10-11']]],
    ['腊八这天，寺院向市民施粥。', '2024-01-19', [['腊八', '2024-01-18']]],
    ['冬至当天，北京迎来降雪。', '2024-12-22', [['冬至当天', '2024-12-21']]],
    ['立秋以来，气温仍然居高不下。', '2025-08-20', [['立秋以来', '2025-08-07']]],
    ['母亲节当天，鲜花销量大增。', '2024-05-13', [['母亲节当天', '2024-05-12']]],
    ['父亲节前夕，商场推出促销活动。', '2025-06-10', [['父亲节前夕', '2025-06-15']]],
    ['感恩节前夕，美国多地出现寒潮。', '2024-11-26', [['感恩节前夕', '2024-11-28']]],
    ['双11期间，快递业务量激增。', '2024-11-15', [['双11', '2024-11-11']]],
    ['万圣节当晚，街头人潮涌动。', '2024-11-01', [['万圣节', '2024-10-31'], ['当晚', '2024-10-31TEV']]],
    ['2008年中秋，他回到家乡。', '2024-02-20', [['2008年中秋', '2008-09-14']]],
  ];
  for (const [text, pub, want] of cases) assert.deepEqual(dates(text, pub), want, text);
});

test('a name, a dish or a title holding a holiday word is no date', () => {
  for (const s of ['王重阳是全真教的创始人。', '他喝了一碗腊八粥。', '《夏至未至》是一部电视剧。', '门口挂着双12号的门牌。']) assert.deepEqual(dates(s, '2024-11-20'), [], s);
});

test('a solar term alone is the custom, not a day; after a year or before a word for the day it is a date', () => {
  for (const s of ['民间称一年中没有立春的年份为寡年。', '腊日定为冬至后第三个戌日。']) assert.deepEqual(dates(s, '2024-02-20'), [], s);
  assert.deepEqual(dates('哥哥去年冬至还去过。', '2024-02-20'), [['去年冬至', '2023-12-22']]);
});

test('a holiday after 每年 or 每逢 is every one, no date; 恰逢 is that one', () => {
  for (const s of ['每年春节前，他都要回老家。', '每逢春节、中秋，总有人上门送礼。', '微信每逢情人节、七夕节这种节日都会推出新功能。']) assert.deepEqual(dates(s, '2024-02-20'), [], s);
  assert.deepEqual(dates('2月恰逢春节假期，供应季节性回落。', '2024-02-20'), [['2月', '2024-02'], ['春节假期', '2024-02-10']]);
});
