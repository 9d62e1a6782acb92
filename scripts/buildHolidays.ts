// Generates server/src/analysis/dates/holidays.json: the Gregorian dates of the lunar-calendar holidays
// and of the solar terms news dates by, 2000–2050, computed with lunar-javascript (6tail/lunar-javascript,
// MIT; a development dependency only: the server reads the table). Written by `npm run lexicons`;
// test/unit/dateHolidays.test.ts fails when the table and the generator disagree.
import * as fs from 'node:fs';
import * as path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Lunar } = require('lunar-javascript') as { Lunar: LunarStatic };

interface SolarDay { getYear(): number; toYmd(): string }
interface LunarDay { getSolar(): SolarDay; getJieQiTable(): Record<string, SolarDay> }
interface LunarStatic { fromYmd(y: number, m: number, d: number): LunarDay }

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2050;

/** Lunar holidays by their lunar month and day; the year offset is the lunar year's against the Gregorian one it falls in. */
const LUNAR: Record<string, [number, number, number]> = {
  春节: [0, 1, 1], 元宵: [0, 1, 15], 端午: [0, 5, 5], 七夕: [0, 7, 7], 中秋: [0, 8, 15], 重阳: [0, 9, 9],
  // `腊八` of a Gregorian year: the eighth of the twelfth month before that year's Spring Festival (January)
  腊八: [-1, 12, 8],
};
/** Solar terms that are days news dates by, not common words (`大雪`, `雨水`, `霜降` are left out). */
const TERMS = ['清明', '立春', '立夏', '立秋', '立冬', '春分', '秋分', '夏至', '冬至'];

/** `{ firstYear, days: { 春节: ['2000-02-05', …], … } }`: one ISO date per Gregorian year from FIRST_YEAR. */
export function holidayTable(): { firstYear: number; lastYear: number; days: Record<string, string[]> } {
  const days: Record<string, string[]> = {};
  for (const [name, [offset, m, d]] of Object.entries(LUNAR)) {
    days[name] = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) days[name].push(Lunar.fromYmd(y + offset, m, d).getSolar().toYmd());
  }
  for (const term of TERMS) {
    days[term] = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      // a lunar year's table holds the terms around it, some twice (`冬至` and `DONG_ZHI`): the one in year y
      const found = [y, y + 1].flatMap((ly) => Object.entries(Lunar.fromYmd(ly, 1, 1).getJieQiTable()))
        .filter(([k, s]) => s.getYear() === y && (k === term || k === PINYIN[term]))
        .map(([, s]) => s.toYmd());
      if (!found.length) throw new Error(`no ${term} in ${y}`);
      days[term].push(found[0]);
    }
  }
  return { firstYear: FIRST_YEAR, lastYear: LAST_YEAR, days };
}

/** The table's second keys for terms a lunar year holds twice. */
const PINYIN: Record<string, string> = { 冬至: 'DONG_ZHI', 立春: 'LI_CHUN', 春分: 'CHUN_FEN', 清明: 'QING_MING', 立夏: 'LI_XIA', 夏至: 'XIA_ZHI', 立秋: 'LI_QIU', 秋分: 'QIU_FEN', 立冬: 'LI_DONG' };

if (process.argv[1] && path.basename(process.argv[1]).startsWith('buildHolidays')) {
  const out = path.resolve(__dirname, '../server/src/analysis/dates/holidays.json');
  const table = holidayTable();
  fs.writeFileSync(out, `${JSON.stringify(table)}\n`);
  console.log(`wrote ${Object.keys(table.days).length} holidays × ${LAST_YEAR - FIRST_YEAR + 1} years to ${path.relative(process.cwd(), out)}`);
}
