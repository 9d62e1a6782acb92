/**
 * Expressions that name a kind of day or a habit, not a day on the calendar (issue 16): holidays listed as kinds or
 * after `每年`, both halves of a year in one sentence with no year, a year's start or end alone in a habit. A pass over
 * one paragraph's recognised expressions (`recognize.ts`), before resolution.
 */
import { yearless, type DateExpression } from './expression';
import { sameSentence, sentenceAround } from './sentenceContext';

/** What may stand between two holidays of a list: `元旦、端午节`, `“七一”“八一”、中秋`, `春节和清明节`, `元旦端午中秋`. */
const HOLIDAY_GAP = /^[、，,和与及“”"\s]{0,3}$/;
/** After a list of two holidays, what makes it kinds of day: `春节、国庆等`, `元旦、中秋两个节日`, `情人节、七夕节这种`. */
const KINDS_AFTER = /^[”"]?(?:等|这?[两三四五六七八九]个|这种|这类|这样的|之类)/;
/** Before a holiday, what makes it every one: `每年春节前`, `每逢春节、中秋`. */
const EVERY_BEFORE = /(?:每逢|每年|每到)$/;
/** Words that make what follows in their sentence a habit, not a date: `每年都是年底给`, `年初通常是……`. */
const HABITUAL = /每年|每逢|每到|通常|一般|往往|总是|惯例|如果/;

/** A holiday with no year, month or day written: `中秋`, `国庆节假期`. */
const isBareHoliday = (e: DateExpression): boolean => yearless(e) && !!e.from!.holiday;
/** A half of a year written with no year (`上半年`, `下半年`). */
const isBareHalf = (e: DateExpression): boolean => yearless(e) && (e.from!.yearPart === 'H1' || e.from!.yearPart === 'H2');

/** `found` (one paragraph's expressions, in order) without the kinds of day and habits (see the module's comment). */
export function withoutKinds(text: string, found: DateExpression[]): DateExpression[] {
  return withoutHabitualEdges(text, withoutHalfKinds(text, withoutHolidayKinds(text, found)));
}

/**
 * Holidays listed as kinds of day (`建议增加元旦、端午节、中秋节三个节日高速免费`, `春节、清明节、劳动节、国庆节等四个国家法定节假日`):
 * three or more in a row, or two and `等`, a count or `这种` after them, place nothing on the calendar and are dropped,
 * as are holidays after `每年` or `每逢` (every one). `春节和元宵节期间`, `恰逢春节` keep theirs.
 */
function withoutHolidayKinds(text: string, found: DateExpression[]): DateExpression[] {
  let drop: Set<DateExpression> | null = null;
  for (let i = 0; i < found.length; ) {
    let j = i;
    if (isBareHoliday(found[i])) while (j + 1 < found.length && isBareHoliday(found[j + 1]) && HOLIDAY_GAP.test(text.slice(found[j].end, found[j + 1].start))) j++;
    const n = j - i + 1;
    const kinds = n >= 3 || (n === 2 && KINDS_AFTER.test(text.slice(found[j].end, found[j].end + 4)));
    if (kinds || (isBareHoliday(found[i]) && EVERY_BEFORE.test(text.slice(Math.max(0, found[i].start - 2), found[i].start)))) for (let k = i; k <= j; k++) (drop ??= new Set()).add(found[k]);
    i = j + 1;
  }
  return drop ? found.filter((e) => !drop.has(e)) : found;
}

/**
 * Both halves of a year in one sentence with no year written (`白领员工一年评价两次，分为上半年和下半年`, `他上半年考公、下半年考研`)
 * are kinds of half-year, no dates; a half alone is a date (`上半年，公司营收增长`).
 */
function withoutHalfKinds(text: string, found: DateExpression[]): DateExpression[] {
  let drop: Set<DateExpression> | null = null;
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i], b = found[i + 1];
    if (isBareHalf(a) && isBareHalf(b) && a.from!.yearPart !== b.from!.yearPart && sameSentence(text, a.end, b.start)) (drop ??= new Set()).add(a).add(b);
  }
  return drop ? found.filter((e) => !drop.has(e)) : found;
}

/** `年初`, `年底` written alone (`focusEdge`) in a sentence that speaks of a habit or a condition: no date. */
function withoutHabitualEdges(text: string, found: DateExpression[]): DateExpression[] {
  return found.some((e) => e.from?.focusEdge) ? found.filter((e) => !e.from?.focusEdge || !HABITUAL.test(sentenceAround(text, e.start, e.end))) : found;
}
