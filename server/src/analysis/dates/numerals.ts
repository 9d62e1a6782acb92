/** Arabic (ASCII or full-width) and Chinese numerals as they appear in dates. */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Character class source of a numeral character usable in a date (`0-9`, `０-９`, `〇一…十`). */
export const NUM_CHAR = '0-9０-９〇零○Ｏ一二两三四五六七八九十';

/**
 * Parses a date numeral: `17` → 17, `１７` → 17, `十一` → 11, `二十三` → 23, `二〇二四` → 2024, `三十一` → 31.
 * Returns NaN for anything else.
 */
export function parseNumeral(s: string): number {
  if (s.length === 0) return NaN;
  let ascii = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) ascii += String.fromCharCode(c - 0xff10 + 48);
    else if (c >= 48 && c <= 57) ascii += s[i];
    else { ascii = ''; break; }
  }
  if (ascii.length === s.length) return Number(ascii);
  return parseChinese(s);
}

/** `十一` → 11, `二十` → 20, `二〇二四` → 2024 (digit by digit when there is no 十). */
function parseChinese(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const d = DIGITS[s[i]];
      if (d === undefined) return NaN;
      n = n * 10 + d;
    }
    return n;
  }
  if (s.indexOf('十', ten + 1) >= 0 || s.length > 3) return NaN;
  const tens = ten === 0 ? 1 : DIGITS[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : DIGITS[s.slice(ten + 1)];
  if (tens === undefined || ones === undefined) return NaN;
  return tens * 10 + ones;
}
