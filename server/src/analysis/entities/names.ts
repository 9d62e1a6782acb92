import type { Token } from '../types';
import { CITY_SHORT, KINSHIP, PLACES, PLACE_SHORT, TITLES, TRANSLIT, suffixIn, WordSet } from './builtins';
import { NAME_DOTS, NOT_NAMES, isChineseName, isHan, isTranslit, spanOf, surnameLength, type Candidate } from './shared';

/** Verbs of saying and thinking that follow a speaker's name: `古普塔表示`. */
const SPEECH_VERBS: ReadonlySet<string> = new WordSet(
  '表示 说 称 指出 强调 认为 介绍 透露 告诉 坦言 回应 宣布 补充 解释 证实 承认 警告 呼吁 提到 谈到 说道 写道 发现 看来 回忆 直言 否认 建议 希望 相信 表态 声称 质疑 批评 感叹 笑称 提醒 主张'.split(' '),
);
const NAME_TAGS: ReadonlySet<string> = new WordSet(['nr', 'nrt', 'nrfg', 'x']);
/** Royal titles written after a name: `威廉王子`, `凯特王妃`, `安妮公主`, `菲利普亲王` (not `王储`, written after a country: `沙特王储`). */
const ROYAL_AFTER: ReadonlySet<string> = new WordSet('王子 王妃 公主 亲王 殿下'.split(' '));
/** Titles and forms of address written after a name: `彭真同志`, `周恩来总理`. */
const HONORIFICS: ReadonlySet<string> = new WordSet('同志 烈士 先生 女士 夫人 老师 总理 主席 总统 书记 教授 院士 校长 部长 委员长 将军 元帅'.split(' '));
/** Unknown words ending in a grammar character are not names (`曾在`, `高些`); a name glued to `说`/`是` is (`赵华说`). */
const FUNCTION_END = /[的在了些上起去着过说是对向到]$/;
/** A verb or preposition glued after a three-character name: `赵华说`, `谢超对`, `叶辰成/了`. */
const GLUED_VERB = /[说是称对向]$/;
/** A body's board or office before a title (`董事会/n 主席`, `董事局 主席`): no name, whatever surname it opens with. */
const BODY_END = /[会局部院委厅处]$/;
/** Aspect particles: an unknown word right before one ends in a verb (`钱存/了`, `叶辰成/了`), so it is no two-character name. */
const ASPECT: ReadonlySet<string> = new WordSet(['了', '着', '过', '得']);
/** Grammar characters that are also transliteration characters (`因`, `派`): never a split-off last character of a name. */
const GRAMMAR_TAIL = /^[因派在和与及被把将对向从给为以则便曾已仍却也都就还又才说称是的了]$/;
const afterNumberToken = (t: Token | undefined): boolean => !!t && (t.tag === 'm' || /[0-9０-９]$/.test(t.word));
const isPlaceOrBody = (t: Token | undefined): boolean => !!t && (t.tag === 'ns' || t.tag === 'nt' || PLACES.has(t.word) || CITY_SHORT.has(t.word) || PLACE_SHORT.has(t.word));
const NICKNAME = /^[小老阿][\u4e00-\u9fff]$/;
/**
 * A familiar name the segmenter does not know, `小`/`老` and a common surname (`小王/x`, `老胡/x`): a person
 * wherever it stands. Dictionary words of that shape are nouns (`小费/n`, `老房/n`), and `老钱家族` is old money.
 */
function isFamiliarName(t: Token, next: Token | undefined): boolean {
  return t.tag === 'x' && NICKNAME.test(t.word) && t.word.charAt(0) !== '阿' && surnameLength(t.word.charAt(1), false) === 1 && !/^家/.test(next?.word ?? '');
}

/** A name found at a position: its last token index and how it was recognised. */
interface NameAt {
  end: number;
  /** Where the name ends when it ends inside token `end` (`图斯/nrt 克称/x` → after `克`). */
  endAt?: number;
  shape: 'translit' | 'chinese' | 'split-chinese' | 'nickname';
}

/** The transliterated name run starting at `i` (`苏拉/ns 布/nr ·/x 古普塔/nr`), if any. */
export function translitRunAt(tokens: Token[], i: number): NameAt | null {
  let j = i, parts = 0, named = 0, dots = 0, chars = 0;
  while (j < tokens.length) {
    const t = tokens[j];
    // A last character the segmenter split off (`弗兰克/nr 林/ng`), but not a grammar word (`克林顿/nr 派/v`, `季莫申科/nr 因/p`).
    const tailChar = parts > 0 && t.word.length === 1 && !NAME_DOTS.has(t.word) && !GRAMMAR_TAIL.test(t.word);
    if (!isTranslit(t.word) || PLACES.has(t.word) || CITY_SHORT.has(t.word) || (PLACE_SHORT.has(t.word) && t.tag === 'ns') || (!tailChar && !/^(nr|nrt|nrfg|x|ns|nz)$/.test(t.tag))) break;
    parts++;
    chars += t.word.length;
    if (NAME_TAGS.has(t.tag)) named++;
    const dot = tokens[j + 1];
    if (dot && NAME_DOTS.has(dot.word) && tokens[j + 2] && isTranslit(tokens[j + 2].word)) { dots++; j += 2; continue; }
    j++;
  }
  if (parts === 0 || named === 0 || (parts === 1 && NOT_NAMES.has(tokens[i].word))) return null;
  const strong = tokens.slice(i, j).some((t) => t.tag === 'nr' || t.tag === 'nrt');
  const ok = dots > 0 || (parts >= 2 && chars >= 3 && strong) || (chars >= 3 && tokens[i].tag === 'x') || tokens[i].tag === 'nrt';
  if (!ok) return null;
  const tail = tokens[j];
  if (tail && tail.tag === 'x' && tail.word.length === 2 && TRANSLIT.has(tail.word.charAt(0)) && SPEECH_VERBS.has(tail.word.charAt(1)))
    return { end: j, endAt: tail.start + 1, shape: 'translit' };
  return { end: j - 1, shape: 'translit' };
}

/** A name of any shape starting at `i` (used after a title or a kinship word). */
export function nameAt(tokens: Token[], i: number): NameAt | null {
  let t = tokens[i];
  if (t && /^[/／:：\s]$/.test(t.word)) t = tokens[++i];
  if (!t || !isHan(t.word)) return null;
  const run = translitRunAt(tokens, i);
  if (run) return run;
  const loose = NAME_TAGS.has(t.tag) || ((t.tag === 'ns' || t.tag === 'nz') && !PLACES.has(t.word));
  if (t.tag === 'x' && t.word.length === 3 && GLUED_VERB.test(t.word) && isChineseName(t.word.slice(0, 2), true)) return { end: i, endAt: t.start + 2, shape: 'chinese' };
  if (loose && !(t.tag === 'x' && FUNCTION_END.test(t.word)) && (isChineseName(t.word, true) || isTranslit(t.word)) && t.word.length <= 4) return { end: i, shape: 'chinese' };
  if (t.word.length === 3 && isChineseName(t.word, false) && !FUNCTION_END.test(t.word)) return { end: i, shape: 'chinese' };
  if (NICKNAME.test(t.word) && /^(?:nr|nrt|nrfg|nz)$/.test(t.tag)) return { end: i, shape: 'nickname' };
  if (isSplitName(t, tokens[i + 1])) return { end: i + 1, shape: 'split-chinese' };
  return null;
}

/** Tags a given name split off by the segmenter may carry (`傅/nr 前哨/n`, `张/q 李昊/x`). */
const GIVEN_TAGS: ReadonlySet<string> = new WordSet(['x', 'n', 'nr', 'ng', 'nz', 'nrfg', 'a', 'ag']);
const NOT_SURNAME_TAGS: ReadonlySet<string> = new WordSet(['v', 'p', 'c', 'd', 'r', 'm', 'f', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'y', 'e', 't']);

/** A surname token followed by a one- or two-character given name: `傅/nr 前哨/n`. */
function isSplitName(s: Token, g: Token | undefined): boolean {
  return !!g && surnameLength(s.word, true) === s.word.length && !NOT_SURNAME_TAGS.has(s.tag) && isHan(g.word) && g.word.length <= 2 && GIVEN_TAGS.has(g.tag) && !TITLES.has(g.word) && !SPEECH_VERBS.has(g.word);
}

function nameSpan(tokens: Token[], i: number, n: NameAt, rule: string, priority: number): Candidate {
  const c = spanOf(tokens, i, n.end, 'person', rule, priority);
  if (n.endAt !== undefined) c.end = n.endAt;
  return c;
}

/** `15/m 万人/x`: a number before a surname-shaped word makes it a quantity. */
function afterNumber(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1];
  return !!p && (p.tag === 'm' || /[0-9０-９]$/.test(p.word));
}

/** A name ending at token `j` (used before a speech verb): `古普塔`, `傅/nr 前哨/n`, `董军/x`. */
export function nameEndingAt(tokens: Token[], j: number): { start: number } | null {
  const t = tokens[j];
  if (!t || !isHan(t.word)) return null;
  let i = j;
  while (i > 0 && (isTranslit(tokens[i - 1].word) || NAME_DOTS.has(tokens[i - 1].word))) i--;
  for (; i <= j; i++) {
    const run = translitRunAt(tokens, i);
    if (run && run.end === j) return { start: i };
  }
  if (NAME_TAGS.has(t.tag) && isChineseName(t.word, true)) return { start: j };
  const prev = tokens[j - 1];
  if (prev && isSplitName(prev, t)) return { start: j - 1 };
  return null;
}

/**
 * Person names from shape and context: `罗森/x 伯格/nr` (transliteration run), `刘振立/x`
 * (unknown word shaped surname + given name), `发言人汪文斌` (title + name), `傅前哨称` (name +
 * speech verb), `儿子小康` (kinship + nickname).
 */
export function findPersons(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const run = translitRunAt(tokens, i);
    // After a number a transliterated word is a unit (`1/m 卢比`, `5/m 马克`), not a name.
    if (run && !(afterNumber(tokens, i) && run.end === i)) out.push(nameSpan(tokens, i, run, 'translit-name', 1));
    else if (t.tag === 'x' && isChineseName(t.word, false) && !afterNumber(tokens, i)) {
      // `任` before a place or a body is the verb "serve as": `王宏任/贵州省委` → `王宏`, `曾任/上海市` → nothing.
      const serves = t.word.endsWith('任') && isPlaceOrBody(tokens[i + 1]);
      const aspect = ASPECT.has(tokens[i + 1]?.word ?? '');
      const glued = (GLUED_VERB.test(t.word) || serves || aspect) && t.word.length === 3;
      if (glued || (!serves && !aspect && !FUNCTION_END.test(t.word))) out.push({ ...spanOf(tokens, i, i, 'person', 'surname-name', 1), end: t.end - Number(glued) });
    }
    else if (isFamiliarName(t, tokens[i + 1])) out.push(spanOf(tokens, i, i, 'person', 'familiar-name', 1));
    // (a title the segmenter cut in two counts whole: `首席/n 执行官/n`)
    const titled = TITLES.has(t.word) || !!suffixIn(t.word, TITLES) || (i > 0 && TITLES.has(tokens[i - 1].word + t.word));
    // a name between a title and a speech verb (`首席执行官/高翔/表示`) is the framed one below, the surer reading
    const framed = titled || FRAME_ROLE.test(t.word) ? framedNameAfter(tokens, i) : null;
    if (titled || KINSHIP.has(t.word)) {
      const n = nameAt(tokens, i + 1);
      const first = /^[/／:：\s]$/.test(tokens[i + 1]?.word ?? '') ? i + 2 : i + 1;
      const span = n && nameSpan(tokens, first, n, KINSHIP.has(t.word) ? 'kinship-name' : 'title-name', 4);
      if (span && !(framed && framed.start === span.start && framed.end === span.end)) out.push(span);
    }
    if (HONORIFICS.has(t.word) && i > 0 && isChineseName(tokens[i - 1].word, false) && tokens[i - 1].tag !== 'm' && !BODY_END.test(tokens[i - 1].word) && !afterNumberToken(tokens[i - 2]))
      out.push(spanOf(tokens, i - 1, i - 1, 'person', 'name-title', 3));
    else if (HONORIFICS.has(t.word) && i > 1 && isSplitName(tokens[i - 2], tokens[i - 1])) out.push(spanOf(tokens, i - 2, i - 1, 'person', 'name-title', 3));
    // a royal title after a transliterated name the segmenter reads as a name (`威廉王子`, `凯特王妃`, `安妮公主`; not
    // `威尔士/ns 亲王`; rule `royal-name`, as sure as a list): the model read some as bodies
    else if (ROYAL_AFTER.has(t.word) && i > 0 && tokens[i - 1].word.length >= 2 && NAME_TAGS.has(tokens[i - 1].tag) && isTranslit(tokens[i - 1].word) && !PLACES.has(tokens[i - 1].word)) out.push(spanOf(tokens, i - 1, i - 1, 'person', 'royal-name', 4));
    if (SPEECH_VERBS.has(t.word) && i > 0) {
      const n = nameEndingAt(tokens, i - 1);
      if (n) out.push(spanOf(tokens, n.start, i - 1, 'person', 'name-verb', 4));
    }
    if (framed) out.push(framed);
  }
  return out;
}

/** Roles before a name that the titles list leaves out, taken only with a speech verb after the name (`研究总监严跃进表示`). */
const FRAME_ROLE = /(?:总监|股东|制片人|合伙人|董事|理事|会长|社长|总编|主管|高管|工程师|经济学家|科学家|博士|讲师|老师|策略师|监事|专员|干事|工作人员|业内人士|专业人士)$/;
/** Tags of a dictionary word that may still be a name between a role and a speech verb: nouns, time nouns. */
const COMMON_NAME_TAGS: ReadonlySet<string> = new WordSet(['n', 't', 'nz']);
/** Time nouns that are dates, not names: `周一`, `星期三`, `今天`, `年初`. */
const DATE_WORD = /^(?:周|星期|礼拜)|[年月日天时期末初底]$/;
/** Tags of a one-character word that is grammar, not a surname (`和/法官`, `向/朋友`, `曾/对此`). */
const GRAMMAR_TAGS: ReadonlySet<string> = new WordSet(['p', 'c', 'd', 'r', 'u', 'uj', 'ul', 'f', 'm']);
/** Tags of a word that cannot end a name: common nouns and grammar (`记者/查询` is one verb, `和/法官` a noun after a conjunction). */
const NOT_GIVEN_TAGS: ReadonlySet<string> = new WordSet(['n', 'ns', 'nt', 'nz', 'r', 'p', 'c', 'uj', 'ul', 'u']);

/**
 * The segmenter's words of a framed name: not one dictionary word other than a name (`查询/v`,
 * `明确/ad`), beginning with a surname cut off or an unknown word (not `和/c`, `查询/v 后/f`), no common
 * noun or title after it (`严/a 跃进/v`, `武立/x 中/f` are names the segmenter cut).
 */
function framedParts(parts: readonly Token[]): boolean {
  const first = parts[0];
  // `股东/信中/再次/强调`: a place word ends a noun (`信中`, `文中`), not a two-character name
  // a name that is also a common noun (`唐朝/t`, `高峰/n`): the frame is the evidence, but no date (`周一/t`)
  if (parts.length === 1) return (NAME_TAGS.has(first.tag) || (COMMON_NAME_TAGS.has(first.tag) && !DATE_WORD.test(first.word))) && !(first.word.length === 2 && /[中内里上下]$/.test(first.word));
  if (first.word.length === 1 ? GRAMMAR_TAGS.has(first.tag) : !NAME_TAGS.has(first.tag)) return false;
  // `信/n 中/f`: a noun and a place word, not a surname and a given name
  if (parts.length === 2 && first.word.length === 1 && parts[1].word.length === 1 && parts[1].tag === 'f') return false;
  return parts.slice(1).every((t) => !NOT_GIVEN_TAGS.has(t.tag) && !TITLES.has(t.word) && !KINSHIP.has(t.word));
}

/** `对/记者`, `向/媒体`: whom the speaker told, between the name and the speech verb. */
const ADDRESSEE: ReadonlySet<string> = new WordSet('记者 新闻记者 媒体 本报 笔者 外界'.split(' '));

/**
 * Where the speech verb after a framed name stands: past an adverb (`曾`) and whom it was said to (`对/记者`),
 * the outlet's name maybe before (`对/每经/记者`, `向/界面/新闻记者`: two words at most).
 */
function verbAfterName(tokens: Token[], v: number): number {
  if (BEFORE_VERB.has(tokens[v]?.word ?? '')) v++;
  if (!/^[对向]$/.test(tokens[v]?.word ?? '')) return v;
  for (let k = v + 1; k <= v + 3 && k < tokens.length; k++) {
    if (ADDRESSEE.has(tokens[k].word)) return k + 1;
    if (!isHan(tokens[k].word)) break;
  }
  return v;
}

/** Adverbs between a speaker's name and the speech verb: `于东来曾表示`, `王强也说`. */
const BEFORE_VERB: ReadonlySet<string> = new WordSet('曾 也 还 则 又 都 亦 再次 随后 当时 此前 早前 日前 近日 曾经 同时 进一步'.split(' '));

/**
 * A name held between a title and a speech verb, whatever the segmenter made of it: `研究总监/严/跃进/表示` →
 * `严跃进` (rule `title-name-verb`). Both ends are set by the words around it, so the name needs only a surname
 * (rare ones too) and one or two characters more; not a surname the segmenter read as grammar (`创始人/于/东来/曾/表示`:
 * `董事长/于/上周/表示` reads the same).
 */
function framedNameAfter(tokens: Token[], i: number): Candidate | null {
  let length = 0;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (!isHan(tokens[k].word)) return null;
    length += tokens[k].word.length;
    if (length > 3) return null;
    const v = verbAfterName(tokens, k + 1);
    if (length < 2 || !SPEECH_VERBS.has(tokens[v]?.word ?? '')) continue;
    const parts = tokens.slice(i + 1, k + 1);
    const name = parts.map((t) => t.word).join('');
    return isChineseName(name, true) && !TITLES.has(name) && !FUNCTION_END.test(name) && framedParts(parts) ? spanOf(tokens, i + 1, k, 'person', 'title-name-verb', 4) : null;
  }
  return null;
}
