/**
 * The bounds of a person span the model read, made the name's own: grammar characters the segmenter glued
 * after it cut off, a dictionary word it began inside of stepped over (used by `modelFusion.ts`).
 */
import type { Token } from '../types';
import { isChineseName, isTranslit } from './shared';

/** A speech verb right after a name, maybe after an adverb: `严跃进表示`, `于东来曾表示`. */
export const SPEAKS_AFTER = /^(?:曾|也|还|则|又|亦)?(?:表示|说|称|指出|强调|认为|介绍|透露|告诉|坦言|回应|直言|解释|补充)/;

/** Adverbs that follow a subject, negations and `及` (and), never ending a name of three or more characters (`李艾便通知`, `王刚曾任`, `欧阳没太在意`, `朱玲及胡杰`). */
const ADVERB_TAIL = /[便曾已也还又再将却即就都及没不则]/;
/** Words whose first character a person span took (`王海微/博`, `阿尔科保/存`, `张译饰/演`). */
const SPLIT_WORD = /^(?:微博|微信|保存|保护|保持|饰演)$/;
/** `于` before a date or number is `at` (`阿尔科于1972年`); `处` after `从`/`在` is `at the place of` (`从王海处获悉`). */
const DATE_AFTER = /^[0-9０-９一二三四五六七八九十今去前本明上下近同当次]/;
const PLACE_OF_BEFORE = /[从在向到自往]$/;

/** The end of a person span without a grammar character the segmenter glued to it (`王海处` → `王海`, `阿尔科于` → `阿尔科`, `吴越摄` → `吴越`, `张译饰）` → `张译`, `李铁案` → `李铁`, `骆源作的报告` → `骆源`). */
export function withoutGluedTail(text: string, start: number, end: number): number {
  if (end - start < 3) return end;
  const last = text.charAt(end - 1);
  if (ADVERB_TAIL.test(last) || SPLIT_WORD.test(text.slice(end - 1, end + 1))) return end - 1;
  if (last === '于' && DATE_AFTER.test(text.slice(end, end + 1))) return end - 1;
  if (last === '处' && PLACE_OF_BEFORE.test(text.slice(Math.max(0, start - 1), start))) return end - 1;
  // `副主任委员骆源作的关于……的报告`: `作` (made) a report
  if (last === '作' && /^(?:的(?:关于|报告|说明)|报告|了(?:关于|报告))/.test(text.slice(end, end + 4))) return end - 1;
  // `李铁案还未开庭`, `福州赵宇案`: a case named after the person
  if (last === '案') return end - 1;
  // `欧阳三人在车上`: a count of people after the name
  if (last === '人' && /[一二两三四五六七八九十几]/.test(text.charAt(end - 2)) && end - start >= 4) return end - 2;
  // `记者吴越摄_`: a photo credit, `摄` (photographed by) after the name at the end of the credit
  if (last === '摄' && !/[\u3400-\u9fff]/.test(text.charAt(end))) return end - 1;
  // `教导主任（张译饰）`: a cast credit, `饰` (played by) after the actor's name before the bracket closes
  if (last === '饰' && /^[）)、，,]/.test(text.charAt(end))) return end - 1;
  return end;
}

/** Prepositions and verbs of address that stand before a name (`致参议院`, `向外交部`, `从泽/x 连斯基`): the segmenter may glue them to it. */
export const GLUED_BEFORE = /[致向对给与和跟同在从于被把将为据]/;
/**
 * The start of a person span moved past such a word before a transliterated name (`从泽/x 连斯基` → `泽连斯基`); not `于`,
 * itself a transliteration character (`于尔根`); past a child's kin word (`之子吉布兰` → `吉布兰`) and a title's `人`
 * (`主理人吝凯` → `吝凯`).
 */
export const withoutGluedHead = (text: string, start: number, end: number): number => {
  const c = text.charAt(start);
  if (end - start >= 4 && c !== '于' && GLUED_BEFORE.test(c) && isTranslit(text.slice(start + 1, end))) return start + 1;
  // `佐科之子吉布兰`, `长女玛丽亚`: a child's kin word the name follows
  const rest = text.slice(start + 1, end);
  // `主理人吝凯`, `创始人王涵`: a title's last character (`人` begins no name)
  if (c === '人' && /[\u4e00-\u9fff]/.test(text.charAt(start - 1)) && rest.length >= 2) return start + 1;
  return KIN_BEFORE.test(text.slice(Math.max(0, start - 1), start + 1)) && rest.length >= 2 && (isTranslit(rest) || isChineseName(rest, false)) ? start + 1 : start;
};
/** `之子`, `长女`, `次子`: a child named after the kin word (its last character taken into a name by the model). */
const KIN_BEFORE = /^[之长次幼独养][子女]$/;

/** An organization span that is a person's name and `处` after `从`/`在` (`从马克龙处获悉`, `在张伟处`): where that person is, no body. */
export function personAtPlaceOf(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.charAt(end - 1) !== '处' || !PLACE_OF_BEFORE.test(text.charAt(start - 1))) return false;
  const name = text.slice(start, end - 1);
  return (name.length >= 3 && isTranslit(name)) || isChineseName(name, false);
}

/** Tags of dictionary words whose last character cannot begin a name after them (`调查/vn 利耶夫` → not `查利耶夫`), unless it is a surname. */
const WORD_TAGS = new Set(['v', 'vn', 'vd', 'n', 'a', 'ad', 'd', 'p', 'c', 'u', 'uj', 'ul', 'r', 'f', 't', 'm']);

/** The start of a person span moved past a dictionary word it begins inside of (`调查利耶夫` → `利耶夫`). */
export function withoutWordTail(text: string, tokens: readonly Token[], start: number, end: number): number {
  const t = tokens.find((x) => x.start < start && start < x.end);
  // a Chinese name whose surname the segmenter read into the word before stays whole (`民代王/鸿薇`)
  return t && t.end < end && WORD_TAGS.has(t.tag) && !isChineseName(text.slice(start, end), false) ? t.end : start;
}

/** Tags the segmenter gives a surname standing alone as a word before a given name it does not know (`卿/nr 素华称/x`, `项/n 姚兴开/x`). */
const LONE_SURNAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrfg', 'n', 'ng', 'x']);
/** Where a clause or line begins: a name's surname may stand right after. */
const CLAUSE_BREAK = /[，,。；;：:！？!?、（(“”\n]/;

/**
 * The start of a two-character person span moved back over a surname the model left out (`，卿素华称` →
 * `卿素华`, `，项姚兴开着车` → `项姚兴`): a surname of the lists, rare ones too, that the segmenter reads as a
 * word of its own (a name or a noun, not `但`/`和`/`由`/`于`, which it tags as conjunctions and
 * prepositions), at the start of a clause, before a given name the dictionary does not know as a word (not
 * `连/nr 拜登/nrt`), and a Chinese name with it.
 */
export function withSurnameBefore(text: string, tokens: readonly Token[], start: number, end: number): number {
  if (end - start !== 2 || start < 1) return start;
  if (start > 1 && !CLAUSE_BREAK.test(text.charAt(start - 2))) return start;
  const t = tokens.find((x) => x.end === start);
  if (!t || t.start !== start - 1 || !LONE_SURNAME_TAGS.has(t.tag)) return start;
  // a name the dictionary knows whole stands without it (`连/nr 拜登/nrt`: `连` is `even` there)
  const word = tokens.find((x) => x.start === start);
  if (word && word.end === end && word.tag !== 'x') return start;
  return isChineseName(text.slice(start - 1, end), true) ? start - 1 : start;
}

/**
 * The end of a two-character person span moved over one Han character the dictionary does not know, a word
 * of its own (`郭明/x 錤/x 称` → `郭明錤`, `钟/nr 睒/x 睒/x` → `钟睒睒`, `林孝/x 埈/x` → `林孝埈`): the dictionary
 * holds every common character as a word (grammar characters, `的`, `在`), so one it does not know is a rare one,
 * as given names have, and the model, which has seldom seen it, stops before it.
 */
export function withUnknownLast(text: string, tokens: readonly Token[], start: number, end: number): number {
  if (end - start !== 2) return end;
  const t = tokens.find((x) => x.start === end);
  if (!t || t.end !== end + 1 || t.tag !== 'x' || !/[\u3400-\u9fff]/.test(t.word)) return end;
  return isChineseName(text.slice(start, end + 1), true) ? end + 1 : end;
}
