import type { QuoteKind, Span } from '../types';
import { findSpeechClauses, reports, type SpeechClause } from './clauses';
import { findSubjectMentions } from './subjects';
import { decideKind } from './kind';
import { AND_SAID, ORG_END, SPEECH_VERB } from './lexicon';
import { BARE_STAFF, parseSpeakerPhrase } from './speakerPhrase';
import { bareRoleAntecedent } from './roleRefs';
import type { QuoteSpan } from './spans';
import { colonAfterClause, colonSpeaker, colonTail, isQuoteOnly, subjectSpeaker } from './fallbacks';
import { parseVerbAfter, personAfter, readAfter } from './after';
import { nearestClause } from './governing';
import { SAID } from './nested';
import { isPersonLike, resolveReference, topicOf, yieldFloor, type State, type Who } from './memory';
import { isCaptionAt, MASK, sentenceStart, skipMarkupBack, type BlockView } from './view';

/** A quote with its kind and speaker decided. */
export interface Attributed {
  span: QuoteSpan;
  kind: QuoteKind;
  speaker: string | null;
  speakerSpan: Span | null;
  via: string | null;
  /** The speaker phrase was found but names no one in particular (`多份诊断报告称`). */
  indefinite: boolean;
  /** … and is an unnamed person (`一名匿名美国高级国防官员`): the quote is sourced, so not `quote.unattributed`. */
  unnamed: boolean;
}

/**
 * A dateline or byline before the first words of the article (`中新网2月1日电（记者 张三）`, or its wrapped `张三)`).
 * The names (记者, 张三, …) are whole runs of 2 or more characters: the same strings as pieces of 2–4, without
 * trying every split of a long run (exponential in a long sentence: 2.3 s over the corpus).
 */
const BYLINE = /^[\s*_]*(?:[^\s，。！？；：“”]{0,20}?电\s*)?[（(]?(?:[\u4e00-\u9fa5·]{2,}(?![\u4e00-\u9fa5·])|\s)*[）)][\s*_]*$/;
/** A quote closed by a full stop right before: a run's next quote begins another sentence. */
const FULL_STOP_BEFORE = /[。.][”」』]$/;
const DIRECT = new RegExp(`(?:${SPEECH_VERB}(?:称|说|道)?[：:，,]?|${AND_SAID.source.slice(0, -1)}[：:，,]?|[：:])$`);

/**
 * Decides kind and speaker of every quote: `“他们同班不同宿舍……”李先生说` → speech, `李先生`, `verb-after`;
 * a later `他补充说` resolves to the last speaker; a follow-on quote in the paragraph is `carried`.
 * `state` holds what earlier paragraphs left (see `units.ts`) and is updated in place.
 */
export function attributeQuotes(text: string, views: BlockView[], spans: QuoteSpan[], state: State): Attributed[] {
  const byBlock: QuoteSpan[][] = views.map(() => []);
  for (const q of spans) byBlock[q.block].push(q);
  const out: Attributed[] = [];
  state.subjects = findSubjectMentions(views, state.persons);
  state.quotedStarts = quotedPersons(views, state.persons);
  for (const view of views) {
    state.blockStart = view.start;
    state.prevBlockLast = state.inBlock;
    state.inBlock = null;
    const clauses = findSpeechClauses(view, state.named);
    const who: (Who | null)[] = [];
    const advance = (until: number): void => {
      for (let k = who.length; k < clauses.length && clauses[k].end <= until; k++) {
        who[k] = resolveClause(clauses[k], state);
        // `卡梅伦告诉记者，英国认为……`: a clause inside what a person before reports leaves them the floor
        // (not inside what an outlet reports: `报道称，奥尼尔说，`)
        const outer = k > 0 ? who[k - 1] : null;
        if (!(outer && outer.via !== 'media' && isPersonLike(outer, state) && reports(view, clauses[k - 1], clauses[k]))) remember(state, who[k]);
      }
    };
    const list = byBlock[view.index];
    for (let j = 0, r = 0, f = 0; j < list.length; j++) {
      const q = list[j];
      advance(q.start);
      // `“……”“……”“……”`: a run of quotes, each read with what precedes its first and follows its last
      if (j === 0 || q.start !== list[j - 1].end) f = j;
      for (r = Math.max(r, j); r + 1 < list.length && list[r + 1].start === list[r].end; ) r++;
      const a = attributeOne(text, q, views, clauses.slice(0, who.length), who, state, clauses.find((c) => c.at >= q.end), list[f], list[r], j > f && !FULL_STOP_BEFORE.test(text.slice(q.start - 2, q.start)) ? out[out.length - (j - f)].kind : undefined);
      if (a.speaker && a.kind === 'speech') remember(state, { name: a.speaker, span: a.speakerSpan!, via: a.via! });
      else if (a.unnamed) yieldFloor(state, q.start);
      out.push(a);
    }
    advance(Infinity);
    // a paragraph ending with a colon and no speech verb before it: who the next paragraph's quotes are carried from
    const tail = colonTail(view, clauses.length ? clauses[clauses.length - 1].end : -1, state);
    if (tail) state.inBlock = tail;
  }
  return out;
}

/** Starts of the person mentions inside quotations (masked in the views). */
function quotedPersons(views: readonly BlockView[], persons: readonly { start: number }[]): Set<number> {
  const out = new Set<number>();
  let v = 0;
  for (const m of persons) {
    while (v < views.length && views[v].start + views[v].masked.length <= m.start) v++;
    if (v < views.length && m.start >= views[v].start && views[v].masked[m.start - views[v].start] === MASK) out.add(m.start);
  }
  return out;
}

function remember(state: State, who: Who | null | undefined): void {
  if (!who) return;
  state.last = who;
  state.inBlock = who;
  if (isPersonLike(who, state)) state.lastPerson = who;
  if (who.via === 'media') state.lastMedia = who;
}

/** The clause's speaker; pronouns are resolved here, against what was said before the clause. */
function resolveClause(c: SpeechClause, state: State): Who | null {
  const p = c.phrase;
  // `报道称` with no subject: the report the text is citing, i.e. the last outlet that spoke
  if (!p) return c.unknown ? personAt(c.unknown.at, state) : c.media && !c.outlet && state.lastMedia && state.lastMedia.span.start < c.at ? { ...state.lastMedia, via: 'media' } : null;
  if (p.cls === 'indefinite') {
    // `消息人士称` after `一位波兰政府消息人士透露`, `馆长表示` after `陇西县博物馆馆长介绍`
    const role = bareRoleAntecedent(p.start, state, p.name);
    if (role !== undefined) return role;
    if (p.unnamed || SOMEONE.test(p.name)) yieldFloor(state, p.start);
    return null;
  }
  if (p.cls === 'pronoun') {
    const who = resolveReference(p.start, state, p.name, c.sentence);
    // `上述资深经纪人介绍` after `一位资深经纪人`: someone unnamed has the floor
    if (who === 'unnamed') {
      yieldFloor(state, p.start);
      return null;
    }
    // `该工作人员称` with no one before it: staff, for the body their paragraph named (`bodies.ts`)
    // `对方称` with no body contacted: someone unnamed took the floor
    if (!who && p.name === '对方') yieldFloor(state, p.start);
    return who ?? (BARE_STAFF.test(p.name) ? { name: p.name, span: { start: p.start, end: p.end }, via: 'role' } : null);
  }
  // `界面新闻记者向……了解情况，均获回复“不知道”`: the reporter asks, and the one answering goes unnamed
  if (p.cls === 'role' && REPORTER.test(p.name)) {
    yieldFloor(state, p.start);
    return null;
  }
  const via = c.media || p.cls === 'media' ? 'media' : p.cls === 'role' ? 'role' : 'verb-before';
  return { name: p.name, span: { start: p.start, end: p.end }, via };
}

/**
 * The article's own reporters, unnamed: an outlet's (`界面新闻记者`, `东方晚报记者`, `本报记者`) or none (`记者`, `见习记者`): the
 * narrator, no speaker of a quote (not a phrase that only ends with the word: `周海涛看了看记者`).
 */
const REPORTER = /^(?:本报|本台|本刊|[\u4e00-\u9fa5]{1,8}?(?:新闻|日报|晚报|早报|时报|商报|报|网|社|电视台|卫视|周刊|财经|客户端))?(?:特约|见习|实习)?(?:记者|通讯员)$/;

function attributeOne(source: string, q: QuoteSpan, views: BlockView[], clauses: SpeechClause[], who: (Who | null)[], state: State, later: SpeechClause | undefined, runFirst: QuoteSpan, runLast: QuoteSpan, runKind?: QuoteKind): Attributed {
  const view = views[q.block];
  const o = q.start - view.start;
  const sStart = sentenceStart(view.masked, o);
  const before = view.masked.slice(sStart, skipMarkupBack(view.masked, o));
  const after = readAfter(q, views[q.endBlock]);
  const text = source.slice(q.inner.start, q.inner.end);
  const sentenceInitial = /^[\s*_：:]*$/.test(before) || BYLINE.test(before);
  const verbAfter = parseVerbAfter(after, text, state, sentenceInitial);
  const near = nearestClause(clauses, view.start + sStart, view, state.named);
  const next = runLast === q ? after.next : readAfter(runLast, views[runLast.endBlock]).next;
  // (a quote inside another is direct after a verb of saying proper, read as written: the view masks the outer quote's)
  const kind = decideKind({ inner: text, depth: q.depth, before: before.slice(-6), next, inRun: runFirst !== runLast, runKind, sentenceInitial, verbAfter: !!verbAfter, governed: near >= 0 && !clauses[near].outlet, direct: q.depth > 0 ? SAID.test(source.slice(Math.max(0, q.start - 4), q.start)) : DIRECT.test(runFirst === q ? before : view.masked.slice(sStart, skipMarkupBack(view.masked, runFirst.start - view.start))) });
  const none: Attributed = { span: q, kind, speaker: null, speakerSpan: null, via: null, indefinite: false, unnamed: false };
  if (kind === 'term' || q.depth > 0) return none;
  const ctx: Choice = { initial: sentenceInitial, after: verbAfter, near: near >= 0 ? { clause: clauses[near], who: who[near] } : null, before, view, sStart, q, quoteRun: { start: runFirst.start, end: runLast.end } };
  const pick = chooseSpeaker(ctx, state) ?? (sentenceInitial ? personAfter(after, state) ?? laterClause(later, view.start + sStart, q, state, view) : null) ?? (near < 0 ? topicSpeaker(ctx, state) : null);
  if (!pick) return none;
  if (pick === 'indefinite' || pick === 'unnamed') return { ...none, indefinite: true, unnamed: pick === 'unnamed' };
  return { ...none, speaker: pick.name, speakerSpan: pick.span, via: pick.via };
}

interface Choice {
  initial: boolean;
  after: Who | 'indefinite' | 'unnamed' | null;
  near: { clause: SpeechClause; who: Who | null } | null;
  before: string;
  view: BlockView;
  sStart: number;
  q: QuoteSpan;
  /** The run of quotes back to back that holds `q` (`“……”“……”`), or `q` alone. */
  quoteRun: Span;
}

/** The attribution rules in order of confidence (README.md explains each). */
function chooseSpeaker(c: Choice, state: State): Who | 'indefinite' | 'unnamed' | null {
  if (c.initial && c.after) return c.after;
  const own = c.near && (c.after === null || c.after === undefined) ? colonAfterClause(c.view, c.q.start, c.sStart, c.near, state) : null;
  if (own) return own;
  // `针对部分网友质疑“……”`, `引发网友啧啧称奇，“……”`, after a clause too (`报道中，评论区有网友呼唤：“……”`): the crowd said it
  const tail = Math.max(0, c.before.length - 16), crowd = CROWD_BEFORE.exec(c.before.slice(tail));
  if (crowd && (!c.near || c.near.clause.end <= c.view.start + c.sStart + tail + crowd.index)) return 'unnamed';
  if (c.near?.who) return c.near.who;
  if (c.near?.clause.phrase || c.near?.clause.rejected) return c.near.clause.phrase?.unnamed ? 'unnamed' : 'indefinite';
  if (c.after) return c.after;
  const colonAt = skipMarkupBack(c.view.masked, c.q.start - c.view.start) - 1;
  if (!c.near && /[：:]/.test(c.view.masked[colonAt] ?? '')) {
    if (c.initial && state.prevBlockLast && colonAt <= c.sStart) return { ...state.prevBlockLast, via: 'verb-before' };
    const colon = colonSpeaker(c.view, colonAt, c.sStart, state);
    if (colon) return colon;
  }
  if (!c.near && !c.initial) {
    const subject = subjectSpeaker(c.view, c.sStart, c.q.start - c.view.start, state);
    if (subject) return subject;
  }
  // `一位受访者觉得，……，“……”`: a sentence about someone unnamed carries no one's words in
  if (!c.near && !c.initial && aboutSomeoneUnnamed(c)) return 'unnamed';
  // `导演吴昊天看了投资人一眼，觉得对方太狂了。“……”`: a person opening the sentence before, named after the last speaker
  if (c.initial && !c.near && state.inBlock) return subjectSince(c, state, state.inBlock) ?? { ...state.inBlock, via: 'carried' };
  if (state.inBlock) return { ...state.inBlock, via: 'carried' };
  if (state.prevBlockLast && isQuoteOnly(c.view, c.quoteRun.start, c.quoteRun.end)) return { ...state.prevBlockLast, via: 'carried' };
  // `并补充说“……”`: a verb whose subject was dropped keeps the last speaker
  if (c.near && state.last) return { ...state.last, via: 'carried' };
  return null;
}

/** What may stand before a sentence's subject (after a quote): markup and a short description with no verb's particle or clause break. */
const OPENS = /^[\s*_]*[^，,：:；;了着过]{0,6}$/;

/** The subject opening the sentence before the quote's in its paragraph, named after `last` spoke. */
function subjectSince(c: Choice, state: State, last: Who): Who | null {
  const prev = c.sStart > 0 ? sentenceStart(c.view.masked, c.sStart - 1) : -1;
  if (prev < 0) return null;
  const from = c.view.start + prev, to = c.view.start + c.sStart;
  for (const m of state.subjects) {
    if (m.start >= to) break;
    // opening the sentence after a short description at most (`导演`; not after a verb: `举报信中列举了X`), and
    // someone other than the last speaker (not a piece of their name)
    if (m.start >= from && m.start > last.span.end && !last.name.includes(m.text) && OPENS.test(c.view.masked.slice(prev, m.start - c.view.start).split(MASK).pop()!)) return { name: m.text, span: { start: m.start, end: m.end }, via: 'subject' };
  }
  return null;
}

/** A crowd in the clause right before the quote (no comma or full stop between): `部分网友质疑`, `引发网友热议，`. */
const CROWD_BEFORE = /(?:网友|网民|观众|读者|民众(?!党)|群众)[^，。！？；：,“”]{0,6}[，,：:]?[\s*_]*$/;

/** The quote's sentence opens with an unnamed person or a crowd (`一位受访者觉得`, `不少人认为`). */
function aboutSomeoneUnnamed(c: Choice): boolean {
  const first = c.view.masked.slice(c.sStart, c.q.start - c.view.start).split(/[，,]/)[0];
  return !!first && (/^[\s*_]*(?:[一两几][位名个]|有些|有的|不少|很多|许多)/.test(first) || parseSpeakerPhrase(first)?.cls === 'indefinite');
}

/**
 * Last of all, a speech quote no rule attributes and no speech clause governs, set in narration (`……成为陈若琳每天都在思考的课题。“有时候想不到，也会很苦恼。”`):
 * the person the paragraph is about — the last person named as a subject in it before the quote —
 * else the person opening the paragraph before, named after the last speaker (`topicOf`), else the last
 * person who spoke, via `topic`.
 */
function topicSpeaker(c: Choice, state: State): Who | null {
  // a picture's caption describing it (`_……反对派议员桌上的标语——“……”_`) quotes what the picture shows, no one the story is
  // about; a caption that is only a quote (`_“……”_`) pulls out the story's words
  if (isCaptionAt(c.view.masked, 0) && c.view.masked.length - (c.q.end - c.q.start) > 4) return null;
  let best: (typeof state.subjects)[number] | null = null;
  for (const m of state.subjects) {
    if (m.start >= c.q.start) break;
    if (m.start >= state.blockStart) best = m;
  }
  if (best) return { name: best.text, span: { start: best.start, end: best.end }, via: 'topic' };
  const body = bodyBefore(c, state);
  if (body) return body;
  const topic = topicOf(state, '', c.q.start);
  if (topic) return { ...topic, via: 'topic' };
  if (state.lastPerson && state.lastPerson.span.start < c.q.start) return { ...state.lastPerson, via: 'topic' };
  return null;
}

/**
 * `玺悦台将责任丢给了中介公司。“……”`: a quote opening its sentence after a sentence of its paragraph that
 * opens with an organization (named with a body's head, not one of a list) is that organization's words.
 */
function bodyBefore(c: Choice, state: State): Who | null {
  if (!c.initial || c.sStart === 0) return null;
  const from = sentenceStart(c.view.masked, c.sStart - 1);
  const at = c.view.start + from + /^[\s*_]*/.exec(c.view.masked.slice(from, c.sStart))![0].length;
  const m = state.named.find((x) => x.start >= at);
  // a body by its name's head (`……公司`, `……局`, `玺悦台`): a name typed a body in one reading only (`乐乐二姑`) is not taken
  if (!m || m.start !== at || m.type !== 'organization' || !ORG_END.test(m.text) || /^[、和与及跟同]/.test(c.view.masked.charAt(m.end - c.view.start))) return null;
  return { name: m.text, span: { start: m.start, end: m.end }, via: 'topic' };
}

/**
 * `“……”在珠江俊园，骑行居民朱先生看到通知后表示，“……”`: a quote opening its sentence, with no verb right
 * after it, is said by the one named in the first speech clause after it in the same sentence.
 */
function laterClause(c: SpeechClause | undefined, sentence: number, q: QuoteSpan, state: State, v: BlockView): Who | null {
  if (!c || c.sentence !== sentence || c.outlet || !c.phrase || c.at < q.end) return null;
  const p = c.phrase;
  if (p.cls === 'role' && p.role !== undefined) return { name: p.name, span: { start: p.start, end: p.end }, via: 'subject-after' };
  // a name the entity analysis found ending the phrase, maybe before a gloss (`居民朱先生` → `朱先生`,
  // `文雅婷（化名）`), not a fragment the rules took (`车管员才会`)
  const ends = (x: { end: number }): boolean => x.end === p.end || /^\s*[（(][^（）()]*[）)]\s*$/.test(v.masked.slice(x.end - v.start, p.end - v.start));
  const m = p.cls === 'name' ? state.named.find((x) => x.start >= p.start && x.end <= p.end && x.type !== 'place' && ends(x)) : undefined;
  return m ? { name: m.text, span: { start: m.start, end: m.end }, via: 'subject-after' } : null;
}

/**
 * `景俊海透露`: a word the lists do not know, opening its sentence before a speech verb, is a speaker when
 * a person mention starts it; otherwise it names no one (`经纬纺机称`, `会议要求`: no speaker rather than
 * the last one carried).
 */
function personAt(at: number, state: State): Who | null {
  const m = state.personStarts.has(at) ? state.persons.find((x) => x.start === at) : undefined;
  return m ? { name: m.text, span: { start: m.start, end: m.end }, via: 'verb-before' } : null;
}

/** `有国内用户`, `有知情人士`, `有网友`: someone unnamed who spoke, holding the floor as a counted person does. */
const SOMEONE = /^有(?:[一两几][位名个])?[\u4e00-\u9fa5]{1,6}(?:用户|人士|网友|人|者|员工|家长|学生|市民|居民|村民|业主|车主|玩家|消费者|顾客|乘客|游客)$/;
