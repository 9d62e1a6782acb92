/**
 * The speaker named after a sentence-initial quote with no speech verb after it (`speakers.ts` asks
 * before it looks for a later speech clause): the person the sentence goes on with.
 */
import { ENDS_WITH_ROLE, OUTLET_KINDS, OWNS_KIN, RELATIVE_AFTER_NAME, SPEECH_VERB } from './lexicon';
import { isNickname, parseSpeakerPhrase } from './speakerPhrase';
import { SURNAMES } from '../entities/builtins';
import { citedByOutlet, isMentionAt, personBeforeLaterVerb, personBeforeVerb, unnamedRole } from './entitySubject';
import { resolveReference, type State, type Who } from './memory';
import type { QuoteSpan } from './spans';
import { sentenceEnd, skipMarkupForward, type BlockView } from './view';

/** What follows a quote in its sentence. */
export interface After {
  next: string | undefined;
  rest: string;
  /** Document offset of `rest[0]`. */
  at: number;
}

/**
 * `“……”来自上海的王女士上个月……`: a sentence-initial quote with no verb after it, followed at once by
 * a person mention (after a description of up to 30 characters ending in `的`: `另一位在浏阳市从事了十几年
 * 烟花爆竹生产的周星`), is that person's; so is a familiar or masked name before a short predicate ending
 * the sentence (`小刘安慰自己。`, no entity mention). Also a view (`在X看来`) or `说这话时，X`.
 */
export function personAfter(after: After, state: State): Who | null {
  const credit = creditAfter(after, state);
  if (credit !== undefined) return credit;
  const view = VIEW_AFTER.exec(after.rest);
  if (view) {
    // `“……”在北京大学教授焦维新看来，……`: the view that follows the quote is its speaker's
    const p = personBeforeVerb(view[1], after.at + 1, state.named, parseSpeakerPhrase(view[1]));
    return p && p.cls === 'name' ? { name: p.name, span: { start: after.at + 1 + p.start, end: after.at + 1 + p.end }, via: 'subject-after' } : null;
  }
  // `“……”说这话时，谢先生正……`: the person the sentence goes on with
  const skip = SAID_THIS.exec(after.rest)?.[0].length ?? 0;
  const rest = after.rest.slice(skip), at = after.at + skip;
  const lead = /^[^，。！？；：,;!?]{0,30}/.exec(rest)![0];
  for (const m of state.persons) {
    if (m.start < at) continue;
    if (m.start > at + lead.length) break;
    const between = rest.slice(0, m.start - at);
    // not someone's kin (`乐乐二姑说`): an unnamed relative, whom the kin check (`speakerCheck.ts`) gives no one
    if (between === '' || /的$/.test(between)) return OWNS_KIN.test(rest.slice(m.end - at)) ? null : { name: m.text, span: { start: m.start, end: m.end }, via: 'subject-after' };
  }
  // `“……”小刘安慰自己。`, `“……”马某交代。`: interviews' familiar and masked names, which are no entity mentions
  const k = FAMILIAR_AFTER.exec(rest);
  if (k && (isNickname(k[1]) || SURNAMES.has(k[1][0]))) return { name: k[1], span: { start: at + k[0].length - k[1].length, end: at + k[0].length }, via: 'subject-after' };
  // a person named in the first clause but not as its subject (`对于张三的说法，李四表示`) may be the one quoted: no guess
  return lead.length < rest.length && !state.persons.some((m) => m.start >= at && m.start < at + lead.length) ? laterSubject(rest, at, state) : null;
}

/** A credit after a quote: a dash (`——`), a cleft (`说这番话的，是`, group 1), or a sentence saying whose words they were (`这是……的表态`, group 2 its end). */
const CREDIT = /^\s*(?:—{1,2}|-{2}|－{2})\s*|^(说(?:这|这些|这番|这句|此)话的(?:人)?[，,]?(?:是|正是|就是))|^(?:这是|这就是|这便是|以上是)(?=[^，。！？；,;!?]{1,40}?(的(?:表态|说法|原话|回应|发言|讲话|评价|总结|感慨|心声|回答|看法|观点|判断|感受|心里话)[。！？!?]?\s*$))/;

/**
 * `“……”——乌克兰总统泽连斯基`, `“……”这是泽连斯基在视频讲话中的表态。`: the person the credit names, after a title at most
 * (no `的`, no preposition: `这是记者从X那里听到的说法` is someone else's; after a cleft, a description too), the dash's alone on
 * the rest of its sentence but for a gloss; undefined when the quote has no such credit, null when it names no person.
 */
function creditAfter(after: After, state: State): Who | null | undefined {
  const c = CREDIT.exec(after.rest);
  if (!c) return undefined;
  const from = after.at + c[0].length, end = after.at + (c[2] === undefined ? after.rest.length : after.rest.length - c[2].length);
  const m = state.persons.find((p) => p.start >= from && p.end <= end);
  // (after a cleft, a description may stand before the name: `说这番话的，是一位年过七旬的老兵张建国`)
  const between = after.rest.slice(c[0].length, m ? m.start - after.at : 0);
  if (!m || !(c[1] ? /^[^从向对跟给把被，,]{0,24}$/ : /^[^的从向对跟给把被]{0,15}$/).test(between)) return null;
  const tail = after.rest.slice(m.end - after.at, end - after.at);
  const ok = c[2] === undefined ? /^\s*(?:（[^）]*）|\([^)]*\))?\s*[。！？!?]?\s*$/.test(tail) : !/[的从向对跟给把被]/.test(tail.slice(0, 1));
  return ok ? { name: m.text, span: { start: m.start, end: m.end }, via: 'subject-after' } : null;
}

/** A relative named by whose relative they are, after the name: `乐乐二姑`, `王先生的妻子`. */

/** How many clauses naming no one the sentence may open with before the person it goes on with. */
const LEADING_CLAUSES = 2;

/**
 * `“……”在和卫健局谈判多轮后，2月27日上午，长沙县人民医院医生陈钊（化名）依然……`: after a clause or two
 * naming no one (a time, a circumstance), a clause that opens with a person mention — maybe after a
 * description ending in `的` or a role (`医院医生`) — names the one whose words the quote were. A person
 * elsewhere in that clause (`对李某而言`), an owner (`李某的律师`) or one of a list names no one.
 */
function laterSubject(rest: string, at: number, state: State): Who | null {
  let from = 0;
  for (let n = 0; n <= LEADING_CLAUSES; n++) {
    const comma = rest.slice(from).search(/[，,]/);
    if (comma < 0) return null;
    from += comma + 1;
    const end = from + (rest.slice(from).search(/[，,；;：:“”]/) + 1 || rest.length - from + 1) - 1;
    const m = state.persons.find((p) => p.start >= at + from && p.start < at + end);
    if (!m) {
      // `“……”刚打开页面，小刘就被……`: a familiar name (a common surname) opening the clause, no entity mention
      const f = FAMILIAR_OPENS.exec(rest.slice(from, end));
      if (f && SURNAMES.has(f[1][1])) return { name: f[1], span: { start: at + from, end: at + from + 2 }, via: 'subject-after' };
      continue;
    }
    const before = rest.slice(from, m.start - at);
    // not an owner (`李某的律师`) nor one of a list (`刘涛、刘诗诗亮相`, `肖某某和肖母选择`)
    const ok = (before === '' || /的$/.test(before) || ENDS_WITH_ROLE.test(before)) && before.length <= 30 && !/^[的和与及、跟同]/.test(rest.slice(m.end - at));
    return ok ? { name: m.text, span: { start: m.start, end: m.end }, via: 'subject-after' } : null;
  }
  return null;
}
/** A familiar name (`小刘`, `老张`) opening a clause, then an adverb or a preposition of its predicate (`小刘就被`, `老张也在`). */
const FAMILIAR_OPENS = /^([小老][\u4e00-\u9fa5])(?=[就也都又还便才却已正被把在对向给将则])/;
/** A familiar (`小刘`) or masked (`马某`) name opening the rest of the sentence, before a short predicate that ends it. */
const FAMILIAR_AFTER = /^(?:[^，。！？；：,;!?“”]{0,12}的)?([小老阿][\u4e00-\u9fa5]|[\u4e00-\u9fa5]某{1,2})(?=[^，。！？；：,;!?“”的]{1,8}$)/;
const VIEW_AFTER = /^在([^，。！？；：,;!?\u25a1“”]{1,40}?)(?:看来|眼中|眼里)[，,]/;
const SAID_THIS = /^(?:说(?:这|这些|这番|此|完这|完这些)话(?:的)?时(?:候)?|说罢|说完|话音刚落)[，,]\s*/;


/** What follows a quote's closing mark in its sentence (markup skipped), up to 90 characters. */
export function readAfter(q: QuoteSpan, view: BlockView): After {
  const e = skipMarkupForward(view.masked, q.end - view.start);
  return { next: view.masked[e], rest: view.masked.slice(e, Math.min(sentenceEnd(view.masked, e), e + 90)), at: view.start + e };
}

/** A date or time opening the clause after a quote (`“……”1月3日，参议员布朗宣布`): the speaker comes after it. */
const DATE_LEAD = '(?:(?:当地时间)?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:[上下]午|晚间?|早间?)?|[今昨前]天|当天|当日|近日|日前|昨日|今日|近期)[，,]';
/**
 * The question or matter answered, opening the clause after a quote (`“……”面对记者的追问，`, `对于网友的质疑，`, `对此，`):
 * the speaker comes after it.
 */
const MATTER_LEAD = '(?:对此|(?:面对|对于|针对|关于|谈及|谈到|说起|提及|(?:在|当)?被问及|问及)[^，。！？；：“”「」\\u25a1,;!?]{1,24})[，,]';
/** A speaker phrase and a speech verb after a quote; an outlet named in marks may stand in the phrase (`美国“海事观察”网站15日称`). */
const VERB_AFTER = new RegExp(`^[，,]?\\s*(?:${DATE_LEAD})?(?:${MATTER_LEAD})?((?:[^，。！？；：“”「」\\u25a1,;!?]|“[^“”，。！？；：\\u25a1]{1,20}”(?=${OUTLET_KINDS})){1,60}?)${SPEECH_VERB}`);

/** A kind of outlet or body right after a quote, no comma between: the quote is its name (`“Tsargrad”新闻网`). */
const OUTLET_KIND_AFTER = new RegExp(`^(?:${OUTLET_KINDS}|公司|集团|平台)`);

/** Someone's relative named by whose relative they are, no `的`: `乐乐二姑`, `鹏鹏妈妈` (an unnamed person). */
const KIN_OF = new RegExp(`^[\\u4e00-\\u9fa5]{2,4}?${RELATIVE_AFTER_NAME}$`);

/** The speaker named after a quote, before a speech verb (`“……”李先生说`), or how no one in particular said it. */
export function parseVerbAfter(after: After, inner: string, state: State, initial: boolean): Who | 'indefinite' | 'unnamed' | null {
  const { next, rest } = after;
  // `“Tsargrad”新闻网称`, `“WARRIOR MAVEN”网站`: the quote names the outlet a kind noun after it speaks of
  if (OUTLET_KIND_AFTER.test(rest) && !/[，。！？；：,.!?;:]/.test(inner) && inner.length <= 20) return null;
  const short = !(/[，。！？；：…]/.test(inner) || inner.length >= 8 || ((next === undefined || /[，,]/.test(next)) && inner.length >= 6));
  // a short quote opening its sentence is words when a person named right after a comma says it (`“太过分了”，吕德耀称，`;
  // not a term inside a clause: `谈及……的“高端需求”，赵燕菁表示`)
  if (short && !(initial && inner.length >= 3 && /^[，,]/.test(rest))) return null;
  const m = VERB_AFTER.exec(rest);
  // `“……”另据下川口村支书透露`: another source, not the quote's (but `另一名行业人士表示` says the quote)
  if (!m || opensNextReply(rest, m) || /^\s*另(?:外)?据/.test(m[1])) return null;
  if (short) return namedSpeakerAfter(m, after.at, state);
  // `“……”乐乐二姑说`: someone's relative, unnamed, has the floor
  if (KIN_OF.test(m[1].trim())) return 'unnamed';
  const off = after.at + m[0].indexOf(m[1]);
  let p = personBeforeVerb(m[1], off, state.named, parseSpeakerPhrase(m[1]));
  if (!p || (p.cls === 'name' && !isMentionAt(state.named, off + p.start))) {
    // the clause after the quote, past a leading comma: `，星海道远研究院负责人陈思远告诉记者`
    const lead = /^[，,]?\s*/.exec(rest)![0].length, end = rest.slice(lead).search(/[，。！？；：,;!?“”「」\u25a1]/);
    p = personBeforeLaterVerb(rest.slice(lead, end < 0 ? undefined : lead + end), after.at + lead, state.named) ?? p;
  }
  if (!p) return null;
  const cited = p.cls === 'media' ? citedByOutlet(rest, m[0].length, after.at, state.named) : null;
  if (cited) return cited;
  p = unnamedRole(p, off, state.named);
  // `“……”不少网友表示`: said, by no one in particular (no speaker carried from before)
  if (p.cls === 'indefinite') return p.unnamed ? 'unnamed' : 'indefinite';
  if (p.cls === 'pronoun') return resolveReference(off + p.start, state, p.name);
  return { name: p.name, span: { start: off + p.start, end: off + p.end }, via: p.cls === 'media' ? 'media' : 'verb-after' };
}

/** A reply or a question and a colon opening the next quotation (`“……”儿子回答：“……”`, `“……”大姐回复：“……”`). */
/** (`答` and `问` end `回答`, `追问`, `反问`, `质问` too.) */
const REPLY_VERB = /(?:答道|问道|回复|回应|答|问)$/;
const OPENS_QUOTE = /^[\s*_]*[：:]\s*[“「]/;

/**
 * `“……”儿子回答：“……”`: the one replying or asking after a quote, with a colon and a quotation of their own, speaks the
 * next one; the quote before is what they answer, someone else's (a dialogue).
 */
function opensNextReply(rest: string, m: RegExpExecArray): boolean {
  return OPENS_QUOTE.test(rest.slice(m[0].length)) && REPLY_VERB.test(m[0]);
}

/** A person mention that is the whole subject before the verb after a short quote (`，吕德耀称`), or null. */
function namedSpeakerAfter(m: RegExpExecArray, at: number, state: State): Who | null {
  const off = at + m[0].indexOf(m[1]);
  const x = state.named.find((n) => n.start === off && n.type === 'person');
  return x && x.end === off + m[1].length ? { name: x.text, span: { start: x.start, end: x.end }, via: 'verb-after' } : null;
}
