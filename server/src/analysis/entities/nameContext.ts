import type { EntityMention, Token } from '../types';
import { PLACES, PLACE_SHORT, SURNAME_CODES, SURNAME_RARE_CODES, SURNAMES, TITLES, suffixIn, WordSet } from './builtins';
import { BYLINE_CREDITS, isChineseName, isHan, isTranslit, surnameLength, type Candidate } from './shared';
import { findPseudonymLists } from './pseudonymLists';

/** Separators of a list of names: `陶世安、徐运平`, `别列日纳亚／西卡鲁利泽`. */
const LIST_SEPARATORS: ReadonlySet<string> = new WordSet(['、', '／', '/']);
/** Grammar characters that end a name rather than continue it (`焦兵又`, `王刚在`). */
const GRAMMAR_CHARS = /[的了在是和与及等说也都就还又才被把将对向从给为以则即便曾已仍却因着过们家呢吗吧啊]/;
/** Tags of words that cannot be the next part of a name, so they end one. */
export const BOUNDARY_TAGS: ReadonlySet<string> = new WordSet(['v', 'p', 'c', 'd', 'r', 'm', 'f', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'y', 'e', 't', 'vd', 'ad']);
/** Words after a listed name: relations (`张友香父子`), `等`. */
const AFTER_LIST = /^(?:等|等人|父子|母子|父女|母女|夫妇|兄弟|姐妹|二人|两人|三人)$/;
/** Speech verbs written as one character, glued by the segmenter to a name's last character (`高云/nr 江说/x`). */
const GLUED_SPEECH = /^[\u4e00-\u9fff][说称道]$/;
/** Forms of address after a surname alone: `李老师`, `陈小姐`, `胡老`. Titles of office (`唐外长`) are not among them. */
export const ADDRESS_TERMS: ReadonlySet<string> = new WordSet('先生 女士 小姐 老师 老 师傅 大夫 阿姨 大爷 大妈 老先生 老太太 警官 医生 法官 律师 教授 经理'.split(' '));
/**
 * Occupations a surname is addressed by as well (`裴警官`, `汤律师`, `黄教授`), but also titles before a full name
 * (`律师赵良善`) and, after a country's initial, its people (`韩医生` of `韩媒`: Korean doctors).
 */
const OCCUPATION_ADDRESS: ReadonlySet<string> = new WordSet('警官 医生 法官 律师 教授 经理'.split(' '));
/** Countries' one-character initials, also surnames (`韩`, `朝`): before an occupation, its people. */
const COUNTRY_INITIAL = /[中美俄乌日韩朝英法德意印巴以伊越泰菲澳加荷]/;
/** Characters every form of address holds one of: a paragraph without them has none. */
const ANY_ADDRESS = /[先女姐老师夫阿大官医律授理]/;

/** True when token `t` ends a name before it: end of text, punctuation, a grammar word, a title or `等`. */
function endsName(t: Token | undefined): boolean {
  if (!t || !isHan(t.word)) return true;
  return BOUNDARY_TAGS.has(t.tag) || AFTER_LIST.test(t.word) || TITLES.has(t.word) || !!suffixIn(t.word, TITLES) || ADDRESS_TERMS.has(t.word);
}

/**
 * A name listed after another, starting at token `i` and ending before a name boundary: a run of
 * transliteration tokens (`西卡/ns 鲁利泽/x`) or a surname and given name cut into one to three
 * tokens (`徐/nr 运/n 平/n`, `曾/d 秀/ag 君/nz`). Returns the last token index.
 */
function listedNameAt(tokens: Token[], i: number): number {
  let chars = 0, translit = true;
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const w = tokens[j].word;
    if (!isHan(w) || (GRAMMAR_CHARS.test(w) && j > i)) return -1;
    chars += w.length;
    translit &&= isTranslit(w);
    if (chars > 8 || (!translit && chars > 4)) return -1;
    if (!endsName(tokens[j + 1])) continue;
    const word = tokens.slice(i, j + 1).map((t) => t.word).join('');
    // one dictionary noun is a thing listed (`金耳环、金戒指`, `高智商、高学历`), not a name the segmenter cut
    if (PLACES.has(word) || PLACE_SHORT.has(word) || (j === i && tokens[i].tag === 'n' && !translit)) return -1;
    const shaped = (translit && chars >= 3) || (chars <= 3 && isChineseName(word, true) && !GRAMMAR_CHARS.test(word.slice(1)));
    return shaped ? j : -1;
  }
  return -1;
}

/**
 * Names listed after a recognised person (`记者陶世安、徐运平报道`, `李亚莉、曾秀君以…`): each item
 * shaped like a name and followed by a name boundary is a person too.
 */
export function findListedNames(tokens: Token[], mentions: readonly EntityMention[]): Candidate[] {
  const out: Candidate[] = [];
  let k = 0;
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    while (k < tokens.length && tokens[k].start < m.end) k++;
    if (tokens[k]?.start !== m.end) continue;
    let at = k;
    while (at < tokens.length - 1 && LIST_SEPARATORS.has(tokens[at].word)) {
      const end = listedNameAt(tokens, at + 1);
      if (end < 0) break;
      out.push({ start: tokens[at + 1].start, end: tokens[end].end, type: 'person', rule: 'listed-name', priority: 2 });
      at = end + 1;
    }
  }
  return out;
}

/**
 * Three-character names the segmenter cut after two (`汪明/x 新/a 经常`, `赵国/nr 钧/q 少将`,
 * `高云/nr 江说/x`): a two-character person mention grows over one more character when a name
 * boundary (a title, an adverb, a verb) follows it. Mentions are changed in place.
 */
export function completeGivenNames(text: string, tokens: Token[], mentions: EntityMention[]): void {
  let k = 0;
  mentions.forEach((m, n) => {
    if (m.type !== 'person' || m.rule === 'user-lexicon' || m.text.length !== 2 || !SURNAME_CODES[m.text.charCodeAt(0)]) return;
    while (k < tokens.length && tokens[k].start < m.end) k++;
    const c = tokens[k], next = mentions[n + 1];
    if (!c || c.start !== m.end || (next && next.start < m.end + 2) || GRAMMAR_CHARS.test(c.word.charAt(0)) || !isHan(c.word)) return;
    const single = c.word.length === 1 && !BOUNDARY_TAGS.has(c.tag) && isBoundaryAfterName(tokens[k + 1]);
    if (single || (c.tag === 'x' && GLUED_SPEECH.test(c.word))) {
      m.end += 1;
      m.text = text.slice(m.start, m.end);
    }
  });
}

/** A word that follows a full name: a title or form of address, a speech verb, an adverb, a verb of two characters. */
function isBoundaryAfterName(t: Token | undefined): boolean {
  if (!t || !isHan(t.word)) return false;
  if (TITLES.has(t.word) || ADDRESS_TERMS.has(t.word) || !!suffixIn(t.word, TITLES) || t.word === '同志') return true;
  return (t.tag === 'd' || t.tag === 'v') && t.word.length >= 2 && !GRAMMAR_CHARS.test(t.word.charAt(0));
}

/**
 * A surname with a form of address is how the article names the person (`李/nr 老师/n` → `李老师`,
 * `陈小姐/nr` → `陈小姐`): the annotation guideline lists the pair (`李先生`), never the bare surname.
 */
export function findAddressedSurnames(text: string, tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  if (!ANY_ADDRESS.test(text)) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i], w = t.word;
    const plain = tokens[i + 1] && PLAIN_ADDRESS.has(tokens[i + 1].word);
    // `解/v 女士`, `赖/nr 女士`, `从解/x 女士`: a surname the segmenter read as a verb, a rare one, one glued to the word before
    const at = plain ? plainAddressed(w, t.tag) : -1;
    if (at >= 0) { out.push({ start: t.start + at, end: tokens[i + 1].end, type: 'person', rule: 'addressed-surname', priority: 2 }); continue; }
    if (!SURNAME_CODES[w.charCodeAt(0)] || !isHan(w)) continue;
    const glued = w.length > 1 && ADDRESS_TERMS.has(w.slice(1));
    const apart = w.length === 1 && !BOUNDARY_TAGS.has(t.tag) && !!tokens[i + 1] && ADDRESS_TERMS.has(tokens[i + 1].word);
    if (!glued && !apart) continue;
    const end = glued ? t.end : tokens[i + 1].end;
    if (OCCUPATION_ADDRESS.has(text.slice(t.start + 1, end)) && !occupationAddress(text, t.start, end)) continue;
    out.push({ start: t.start, end, type: 'person', rule: 'addressed-surname', priority: 2 });
  }
  return out;
}

/** The forms of address that follow only a surname (not a title: `律师`): `女士`, `先生`, `小姐`. */
const PLAIN_ADDRESS: ReadonlySet<string> = new WordSet(['女士', '先生', '小姐']);
/** Grammar words the segmenter glues to a surname after them (`据宿/x`, `从解/x`, `处窦/x`). */
const BEFORE_SURNAME = /^[据从向对给被让和与跟同在于但而至处]$/;

/**
 * Where in the word `w` before `女士`/`先生`/`小姐` a surname begins that the rest of the rule does not read, or -1: `解/v`,
 * `祝/v` (a verb's tag, common surnames), `赖/nr`, `宿` (rare surnames, not a preposition or a conjunction), `从解/x`,
 * `据宿/x` (a grammar word glued to it).
 */
function plainAddressed(w: string, tag: string): number {
  const c = w.charCodeAt(w.length - 1);
  if (w.length === 1) return (SURNAME_CODES[c] && (tag === 'v' || tag === 'vn')) || (!SURNAME_CODES[c] && SURNAME_RARE_CODES[c] && !BOUNDARY_TAGS.has(tag)) ? 0 : -1;
  return w.length === 2 && tag === 'x' && BEFORE_SURNAME.test(w[0]) && (SURNAME_CODES[c] || SURNAME_RARE_CODES[c]) ? 1 : -1;
}

/** A surname and an occupation at `start`–`end` address someone: not a country's people, nor a title before a name (`律师赵良善`). */
function occupationAddress(text: string, start: number, end: number): boolean {
  return !COUNTRY_INITIAL.test(text.charAt(start)) && !SURNAME_CODES[text.charCodeAt(end)];
}

/** `（化名）`: the article gives the name before it as a pseudonym. */
const PSEUDONYM = /[（(]化名[）)]/g;
/** The words right before the mark: Han characters (one Latin letter may lead: `A先生`), back to `的`, a digit or punctuation. */
const BEFORE_MARK = /(?:(?<![A-Za-z])[A-Za-z](?=[\u4e00-\u9fa5]))?[\u4e00-\u9fa5]{1,8}$/;
const ADDRESSED = /(?:先生|女士|小姐|老师|阿姨)$/;
/** People by what they are: no pseudonym (`一名女子（化名）`), nor a name starting inside one (`患者|李`). */
const ROLES = '(?:女子|男子|女士|先生|小姐|老师|医生|护士|司机|师傅|老板|患者|记者|作者|学生|孩子|老人|女孩|男孩|员工|工人)';
const ROLE_WORD = new RegExp(`^${ROLES}$`);
const ENDS_IN_ROLE = new RegExp(`${ROLES}$`);

/**
 * A name the article marks as a pseudonym (`酒商王鑫（化名）`, `运营白酒店铺的麦子（化名）`, `员工张忠新（化名）`,
 * `打假人窦先生（化名）`): a person, however common the words (`麦子`, `木然`). The name is what follows
 * the last `的`; in a longer run of a title and a name, a compound surname and two characters (`欧阳先生`),
 * the familiar form (`女方小丽` → `小丽`), a surname with its address (`窦先生`), a common surname and two
 * characters (`张忠新`, not when the middle one is a common surname too: `酒商王鑫` → `王鑫`), else the
 * last two characters; not a role word (`一名女子`) nor a name starting inside one (`患者李`).
 */
export function findPseudonyms(text: string): Candidate[] {
  if (!text.includes('化名')) return [];
  const out = findPseudonymLists(text);
  for (const m of text.matchAll(PSEUDONYM)) {
    const before = text.slice(Math.max(0, m.index! - 12), m.index);
    const run = BEFORE_MARK.exec(before.slice(before.lastIndexOf('的') + 1))?.[0];
    if (!run) continue;
    const n = nameLength(run);
    if (n < 2 || ROLE_WORD.test(run.slice(run.length - n)) || ENDS_IN_ROLE.test(run.slice(0, run.length - n + 1))) continue;
    out.push({ start: m.index! - n, end: m.index!, type: 'person', rule: 'pseudonym', priority: 5 });
  }
  return out;
}

/** A name the text introduces as one (`他名叫孙子见，`, `一位名叫王刚的男子`): a common surname and one or two characters, then a boundary. */
const NAMED_AS = /(?:名叫|名为|叫做|本名|原名|真名)([\u4e00-\u9fa5]{2,3}?)(?=[，。、；：！？,;:!?\s（(的是]|$)/g;

/**
 * A person the text introduces by name (`他名叫孙子见`): the words are a name however common they read
 * (`孙子` is a word), when they open with a common surname; `名为“……”` (a quoted title) is no person.
 */
export function findIntroducedNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  if (!/名叫|名为|叫做|本名|原名|真名/.test(text)) return out;
  for (const m of text.matchAll(NAMED_AS)) {
    const name = m[1];
    if (!SURNAMES.has(name[0]) || GRAMMAR_CHARS.test(name.slice(1)) || ROLE_WORD.test(name)) continue;
    const start = m.index! + m[0].length - name.length;
    out.push({ start, end: start + name.length, type: 'person', rule: 'introduced-name', priority: 5 });
  }
  return out;
}

/** How many characters at the end of `run` (the words before `（化名）`) are the name; see {@link findPseudonyms}. */
function nameLength(run: string): number {
  const len = run.length;
  if (len >= 4 && surnameLength(run.slice(len - 4), false) === 2) return 4;
  if (len <= 2 || (len === 3 && (SURNAMES.has(run[0]) || /[A-Za-z小老阿]/.test(run[0])))) return len;
  const c3 = run[len - 3], c2 = run[len - 2];
  if (/[小老阿]/.test(c2)) return 2;
  return ADDRESSED.test(run) || (SURNAMES.has(c3) && !SURNAMES.has(c2)) ? 3 : 2;
}

/** Three-character names the segmenter cut after two, before a title or speech verb: `李铁/nr 辰/ng 校长`. */
export function findCutNames(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i], c = tokens[i + 1];
    if (t.word.length !== 2 || !/^(?:nr|x|nz)$/.test(t.tag) || !isChineseName(t.word, false)) continue;
    if (c.word.length !== 1 || !isHan(c.word) || GRAMMAR_CHARS.test(c.word) || BOUNDARY_TAGS.has(c.tag)) continue;
    const n = tokens[i + 2];
    if (n && (TITLES.has(n.word) || ADDRESS_TERMS.has(n.word) || n.word === '同志' || /^(?:说|表示|指出|认为)$/.test(n.word)))
      out.push({ start: t.start, end: c.end, type: 'person', rule: 'cut-name', priority: 2 });
  }
  return out;
}

/** A byline's credit before a name: `作者：`, `特派记者 `, `编辑|`. */
const BYLINE_BEFORE = new RegExp(`(?:${BYLINE_CREDITS})[\\s：:|｜]*$`);
/** What ends a name in a byline: a space, a line end or a separator. */
const BYLINE_END = /^(?:[\s|｜/／】）)]|$)/;

/**
 * A two-character Chinese name in a byline grown to the character before the byline's next space or
 * line end (`作者：叶曼至` → `叶曼至`, not `叶曼`): the layout, not the reading, says where the name ends.
 */
export function completeBylineNames(text: string, mentions: EntityMention[]): void {
  for (const m of mentions) {
    if (m.type !== 'person' || m.rule === 'user-lexicon' || m.end - m.start !== 2) continue;
    const next = text.charAt(m.end);
    if (!isHan(next) || GRAMMAR_CHARS.test(next) || !BYLINE_END.test(text.slice(m.end + 1, m.end + 2))) continue;
    if (!BYLINE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) || !isChineseName(m.text + next, true)) continue;
    if (mentions.some((o) => o.start === m.end)) continue;
    m.end += 1;
    m.text = text.slice(m.start, m.end);
  }
}
