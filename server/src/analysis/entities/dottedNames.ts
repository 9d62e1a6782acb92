import type { Token } from '../types';
import { COMPANIES, PLACES, PLACE_SHORT, TITLES, suffixIn, WordSet } from './builtins';
import { isHan, isTranslit, type Candidate } from './shared';
import { BOUNDARY_TAGS } from './nameContext';

/** Characters glued after a name's last character by the segmenter: `马斯说/x`, `特在/d`. */
const GLUED_AFTER = /^[说称在是和与的也都就还又及]$/;
/** Tags of the part before a name dot that the segmenter misread (`彼得/nrt`, `差猜/v`, `芭芭拉/z`). */
const FIRST_PART_TAGS: ReadonlySet<string> = new WordSet(['nr', 'nrt', 'nrfg', 'nz', 'x', 'z', 'v', 'n', 'ns', 'ng', 'j']);

/**
 * Foreign names written with a name dot (`彼得·皮奥`, `塞·威廉姆斯`, `瓦尔特·沙佛尔霍夫`): the dot is
 * evidence enough, so the parts around it are taken whatever the segmenter tagged them, up to a
 * grammar word, a title or punctuation; a grammar character glued to the last part stays out
 * (`科斯马斯说`). Priority 0: where another rule finds the same span, its rule is kept.
 */
export function findDottedNames(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  if (!ANY_NAME_DOT.test(text)) return out;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!NAME_DOT_WORDS.has(tokens[i].word) || (out.length > 0 && out[out.length - 1].end > tokens[i].start)) continue;
    const start = firstPartStart(tokens, i);
    if (start < 0) continue;
    let end = -1, lastStart = -1;
    for (let k = i; k < tokens.length && NAME_DOT_WORDS.has(tokens[k].word); ) {
      const part = namePartAt(tokens, k + 1);
      if (!part) break;
      [end, lastStart] = [part.end, tokens[k + 1].start];
      if (part.glued) break;
      k = part.next;
    }
    // a photographer's credit closing a caption's bracket (`弗兰克·罗比雄摄）`): the name ends before `摄`
    if (text.charAt(end - 1) === '摄' && /^(?:[）)\s]|$)/.test(text.charAt(end))) end--;
    if (end - lastStart >= 2 && end - start <= 16 && !NAMED_THING_AFTER.test(text.charAt(end)) && !namesCompany(text.slice(start, end)))
      out.push({ start, end, type: 'person', rule: 'dotted-name', priority: 0 });
  }
  return out;
}

/**
 * A part after a dot opens with a company of the lists (`棱镜·腾讯小满工作室`, `深网·腾讯新闻`): a studio's or a
 * channel's name, no person's.
 */
function namesCompany(name: string): boolean {
  for (const part of name.split(/[·・•‧]/).slice(1)) for (let n = 2; n <= Math.min(4, part.length); n++) if (COMPANIES.has(part.slice(0, n))) return true;
  return false;
}

/** Outlets' last characters (`大众日报`, `新华网`). */
const OUTLET_END = /[报网社台]$/;
/** Demonstratives, prepositions and speech verbs that open a phrase after a name, not a name's next part (`诺曼/称其/x`). */
const GRAMMAR_OPENING = /^[这那以和与对为在是的被把将称说]/;

/** Heads of named things after a dotted name (`基石·渝皓杯`, `龙湖•天街`): cups, prizes, buildings. */
const NAMED_THING_AFTER = /^[杯赛奖号牌楼城街园府苑]$/;
const NAME_DOT_WORDS: ReadonlySet<string> = new WordSet(['·', '・', '•', '‧']);
const ANY_NAME_DOT = /[·・•‧]/;

/** Transliteration characters with a grammar character glued after them: `特在`, `马斯说`. */
const isGluedTail = (w: string): boolean => w.length >= 2 && w.length <= 4 && GLUED_AFTER.test(w.charAt(w.length - 1)) && isTranslit(w.slice(0, -1));

/** Where the part before the dot at `i` starts: transliteration tokens (`卡/n 莱维/nrt`), else one name-like word (`彼得`, `的塞` → `塞`), or -1. */
function firstPartStart(tokens: Token[], i: number): number {
  let j = i - 1, chars = 0;
  while (j >= 0 && isTranslit(tokens[j].word) && chars + tokens[j].word.length <= 5) chars += tokens[j--].word.length;
  if (chars > 0) return tokens[j + 1].start;
  const t = tokens[i - 1];
  // Estates and brands are written `广州•御…`, `龙湖•天…`: a place before the dot makes no person.
  if (PLACES.has(t.word) || PLACE_SHORT.has(t.word)) return -1;
  if (t.word.length === 2 && t.word.charAt(0) === '的' && isHan(t.word)) return t.start + 1;
  // an outlet before the dot names its channel (`大众日报·大众新闻客户端`), no person
  if (t.word.length >= 3 && OUTLET_END.test(t.word)) return -1;
  if (!isHan(t.word) || !FIRST_PART_TAGS.has(t.tag) || t.word.length > 4 || TITLES.has(t.word) || suffixIn(t.word, TITLES)) return -1;
  return t.start;
}

/** The name part after a dot, from token `j`: transliteration tokens and short name-tagged ones (`托马/nrt 肖/nr`). */
function namePartAt(tokens: Token[], j: number): { end: number; next: number; glued: boolean } | null {
  const t = tokens[j];
  if (!t || !isHan(t.word) || t.word.length > 5 || TITLES.has(t.word)) return null;
  if (isGluedTail(t.word)) return { end: t.end - 1, next: j + 1, glued: true };
  if (BOUNDARY_TAGS.has(t.tag) && !isTranslit(t.word)) return null;
  let k = j + 1;
  while (k < tokens.length && tokens[k].end - t.start <= 8 && continuesName(tokens[k])) k++;
  const n = tokens[k];
  if (n && isGluedTail(n.word)) return { end: n.end - 1, next: k + 1, glued: true };
  return { end: tokens[k - 1].end, next: k, glued: false };
}

function continuesName(t: Token): boolean {
  if (!isHan(t.word) || BOUNDARY_TAGS.has(t.tag) || TITLES.has(t.word)) return false;
  // a word ending in a grammar character is the name's last sound glued to it (`基在/x`) or the
  // sentence going on (`疑在/x`): never the name's next part
  if (t.word.length > 1 && GLUED_AFTER.test(t.word.charAt(t.word.length - 1)) && !isTranslit(t.word)) return false;
  // an unknown word opening with a demonstrative, a preposition or a speech verb is the sentence going on (`科顿/这一/x 离谱行为`,
  // `拉卡/以约/x`, `诺曼/称其/x`)
  if (t.tag === 'x' && GRAMMAR_OPENING.test(t.word) && !isTranslit(t.word)) return false;
  return isTranslit(t.word) || (/^(?:nr|nrt|nz|x)$/.test(t.tag) && t.word.length <= 2);
}
