/**
 * Person mentions in subject position: the person a later `他`/`她` most likely points back to when
 * they were named after the last speaker (`市民李婷今年买了金条。她说：“……”` → `李婷`), while a person
 * named as an object (`古普塔表示，他与奥斯汀通了电话。他说`) is not one.
 */
import type { Block, EntityMention } from '../types';
import { DOCUMENT_NOUNS, GLOSS_AFTER, LEADING } from './lexicon';
import { clauseStart, isCaptionAt, MASK, type BlockView } from './view';

/** Words before a name that make it no subject: prepositions, conjunctions, verbs of the clause. */
const NOT_SUBJECT = /[与和跟同对向给把被让在从将由及或为说称问找叫请见像于]|诸如|包括|例如|比如/;

/** A thing owned, no person (`的公司`, `的工厂`, `的作品`): its owner is the one a later `他` points back to. */
const OWNS_THING = /^的(?:公司|企业|工厂|门店|店铺|店|品牌|产品|作品|视频|账号|微博|文章|研究|项目|生意|房子|车)/;

/** A report or a document as the one speaking (`报道称，`, `公告称，`): its content is the article's narration. */
const DOCUMENT_SPEAKS = new RegExp(`(?:${DOCUMENT_NOUNS})(?:还|也|中|则|补充)?(?:透露|表示|称|说|指出|介绍|写道|提到|证实|宣布)[，,]$`);

/** `据他介绍，` opening the sentence: every clause after it is what was said (`据他介绍，前一天，绍伊古……`). */
const REPORT_FRAME = /^[\s*_]*据[^，,。！？]{0,16}?(?:介绍|透露|称|说|表示|报道|了解|消息)[，,]/;

/** A speech verb and its comma, anywhere before in the sentence (`奎因透露，查尔斯……，而哈里王子……`). */
const REPORTED = /(?:透露|表示|称|说|指出|认为|强调|介绍|坦言|直言|回应|写道|提到|证实|宣布|承认)[，,]/g;

/**
 * The clause starting at `from` lies in what a person said: in a sentence opened by a report frame
 * ({@link REPORT_FRAME}), or after a speech verb and its comma earlier in the sentence, right before the
 * clause (`奎因透露，查尔斯因健康状况……`) or clauses before (`……，而哈里王子因此……。他补充道` is still 奎因); a
 * person opening it is a topic of their words, not a subject a later `他` points back to. Not what a report
 * or a document says (`报道称，`, {@link DOCUMENT_SPEAKS}): that is the article's narration.
 */
function inReport(masked: string, from: number): boolean {
  let s = from;
  while (s > 0 && !/[。！？!?\n]/.test(masked[s - 1])) s--;
  if (s >= from) return false;
  const sentence = masked.slice(s, from);
  if (REPORT_FRAME.test(sentence)) return true;
  for (const m of sentence.matchAll(REPORTED)) if (!DOCUMENT_SPEAKS.test(sentence.slice(Math.max(0, m.index - 12), m.index + m[0].length))) return true;
  return false;
}

/**
 * The mentions among `persons` (in document order, spans relative to the views) that open a clause,
 * after leading adverbs and a short description (`来自上海的`, `市民`), outside masked quotations and
 * not owning what follows (`李婷的丈夫`), and not after another person of their clause (`普京回应了拜登的年龄`:
 * a clause has one subject, the first).
 */
export function findSubjectMentions(views: readonly BlockView[], persons: readonly EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  let v = 0;
  let before = -1;
  for (const m of persons) {
    if (m.start < 0) continue;
    while (v < views.length && views[v].start + views[v].masked.length <= m.start) v++;
    if (v >= views.length) break;
    const view = views[v];
    const o = m.start - view.start;
    const previous = before;
    // `李婷的丈夫`, `希拉里等人`, `赵小兰之父`: the subject is someone else, maybe named right after
    // (`曾某群的大儿子刘凤阳向记者回忆`: 刘凤阳)
    // (a person owning a thing that opens the clause, `赵郑龙的公司近千名员工中……。他说`, is still who a later `他` means)
    const owner = /[的等之]/.test(view.masked[m.end - view.start] ?? '') && !OWNS_THING.test(view.masked.slice(m.end - view.start, m.end - view.start + 4));
    if (o >= 0 && view.masked[o] !== MASK && !owner) before = m.start;
    if (o < 0 || view.masked[o] === MASK || owner) continue;
    const from = clauseStart(view.masked, o);
    if (previous >= view.start + from) continue;
    let prefix = view.masked.slice(from, o).replace(/^[\s*_]+/, '');
    // `X谴责……，并重申Y的要求`: a clause opened by `并` goes on with the subject before it
    const goesOn = prefix.startsWith('并');
    prefix = prefix.slice(LEADING.exec(prefix)?.[0].length ?? 0);
    // `共和党籍的众议院议长约翰逊`: 和 of 共和 is no conjunction; `退役少将X`: 将 of a rank no preposition
    if (prefix.length <= 12 && !goesOn && !NOT_SUBJECT.test(prefix.replace(/的$/, '').replace(/共和|[少中上大]将/g, '')) && !/[他她它]/.test(prefix) && !inReport(view.masked, from)) out.push(m);
  }
  return out;
}

/** {@link LEADING} at a position (sticky), for {@link opensBlock}. */
const LEADING_AT = new RegExp(LEADING.source.replace(/^\^/, ''), 'y');

/**
 * `张淳茉（化名）一家是……`: whether mention `m` opens `block` (after markup, leading adverbs and a short
 * description) as its subject, not owning what follows.
 */
export function opensBlock(text: string, block: Block, m: EntityMention): boolean {
  // not a caption (`_赵某 图自……_`)
  if (block.kind !== 'paragraph' || isCaptionAt(text, block.content.start) || m.start < block.content.start || m.end > block.content.end) return false;
  // the fold asks for every unit after a person: read by position, and the cheapest test first
  let at = block.content.start;
  while (at < m.start && isSpaceOrStar(text.charCodeAt(at))) at++;
  LEADING_AT.lastIndex = at;
  if (LEADING_AT.test(text)) {
    // adverbs running into the name itself (`另`, `更`): read the words before the name alone
    if (LEADING_AT.lastIndex > m.start) at += LEADING.exec(text.slice(at, m.start))?.[0].length ?? 0;
    else at = LEADING_AT.lastIndex;
  }
  if (m.start - at > 12) return false;
  // not one owning what follows (`王五（化名）的丈夫`), nor a byline's name before its closing bracket
  const gloss = GLOSS_AFTER.exec(text.slice(m.end, m.end + 26))?.[0].length ?? 0;
  if (/[的等、）)]/.test(text[m.end + gloss] ?? '') || /[）)]/.test(text[m.end] ?? '')) return false;
  const prefix = text.slice(at, m.start);
  // not a byline (`（记者 张三）`, `环球时报记者 张三`)
  return !/[，。！？；：“”「」,、（(]|记者|编辑|作者|通讯员|摄影/.test(prefix) && !NOT_SUBJECT.test(prefix.replace(/的$/, '')) && !/[他她它]/.test(prefix);
}

/** `\s` or `*`, by code unit. */
function isSpaceOrStar(c: number): boolean {
  return c === 0x2a || c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;
}
