import type { EntityMention } from '../types';
import type { Who } from './who';
import { FEMALE_GIVEN, FEMALE_TRANSLIT_END, MALE_GIVEN, MEDIA, ORG_END, OWNS_KIN } from './lexicon';
import { firstAtOrAfter, isChineseName, isTranslit } from '../entities/shared';
import { clauseStart } from './view';
import { SURNAMES } from '../entities/builtins';
import { roleAntecedent } from './roleRefs';
import { STAFF_AFTER } from './staffPhrase';

export type { Who } from './who';

/** What the attribution pass remembers while it walks the article. */
export interface State {
  /** The last speaker of the article so far (for `他说`, `这位官员表示`). */
  last: Who | null;
  /** The last person-like speaker (not an outlet or an organization), for `他`/`她`. */
  lastPerson: Who | null;
  /** The last outlet that spoke (`据路透社报道`), for `报道称`, `文章说` ({@link OUTLET_REF}). */
  lastMedia: Who | null;
  /** The last speaker of the current paragraph (for a follow-on quote). */
  inBlock: Who | null;
  /** The last speaker of the previous paragraph (for `：“……”` on a new line, a quote-only paragraph). */
  prevBlockLast: Who | null;
  persons: EntityMention[];
  /** Person mentions in subject position (`subjects.ts`), for `他`/`她`. */
  subjects: EntityMention[];
  /** Start of the paragraph being read: only its own subjects compete with the last speaker. */
  blockStart: number;
  /** Start offsets of person mentions. */
  personStarts: Set<number>;
  /** Entity mentions, in order: subjects the phrase rules do not read (`欧洲央行表示`, `entitySubject.ts`). */
  named: readonly EntityMention[];
  /** Start offsets of person mentions inside quotations (`“奥斯汀说……”他补充道`): no referents of `他`. */
  quotedStarts: Set<number>;
  /**
   * Where an unnamed person last took the floor (`一位店主表示`): `他` after it is that person, no one named before;
   * -1 none, `FLOOR_CARRIED_IN` (-0.5, `units.ts`) when they spoke last in the unit before.
   */
  unnamedAt: number;
  /** The person mention carried in (`persons[0]`, before the unit) opens the paragraph before, after the last person who spoke. */
  topic: boolean;
  /** The text the offsets above point into (the unit's). */
  text: string;
}

/**
 * An unnamed person speaks at `at` (`一位零食批发店老板表示`): the people named before no longer hold the
 * floor, so a later `他也表示`, a follow-on quote or a quote in narration is no longer theirs.
 */
export function yieldFloor(state: State, at: number): void {
  state.last = null;
  state.lastPerson = null;
  state.inBlock = null;
  state.unnamedAt = at;
}

/**
 * Resolves `他`/`其`/`这位官员` at `at`: the last speaker, else the last person mention before it:
 * after `古普塔表示：“……”`, `他补充说` → `古普塔`. `他`/`她` prefer a person named in their own sentence, then
 * one named as a subject in their paragraph after the last speaker, then the person opening the
 * paragraph before when no one came before them in their unit ({@link topicOf}).
 */
export function resolvePronoun(at: number, state: State, pronoun = '其', sentence = -1): Who | null {
  const who = resolveReference(at, state, pronoun, sentence);
  return who === 'unnamed' ? null : who;
}

/**
 * {@link resolvePronoun}, telling apart a role reference whose introduction named someone unnamed
 * (`一位资深经纪人……上述资深经纪人介绍`: `'unnamed'`, who takes the floor) from no referent found (null).
 */
export function resolveReference(at: number, state: State, pronoun: string, sentence = -1): Who | 'unnamed' | null {
  // `北京朝阳医院一位呼吸科专家……这位专家说`: the body or person the role was introduced with
  const role = roleAntecedent(at, state, pronoun);
  return role === null ? 'unnamed' : role ?? referent(at, state, pronoun, sentence);
}

/** What a pronoun that is no role reference stands for, as {@link resolvePronoun} describes. */
function referent(at: number, state: State, pronoun: string, sentence: number): Who | null {
  if (pronoun.length === 1 && SURNAMES.has(pronoun)) return bySurname(at, state, pronoun);
  // `海涅……反称……，他宣称`: a person named earlier in the pronoun's own sentence is its referent, unless
  // after a preposition ({@link OBLIQUE}: `在马斯克生日时，他把车赠给马斯克`, the subject is someone else)
  if (sentence >= 0 && /^[他她]$/.test(pronoun)) {
    for (const m of state.persons) {
      if (m.start >= at) break;
      if (m.start < sentence || state.quotedStarts.has(m.start)) continue;
      // `一名热情的特朗普支持者被请上台，他感谢着特朗普`: the name only describes someone unnamed, who is `他`
      if (COUNTED_BEFORE.test(state.text.slice(sentence, m.start))) return null;
      // `一名女孩急火火地跑来向张杰求救，她说`: someone counted opens the clause and the name is after a preposition in it
      if (isOblique(m, state) && COUNTED_OPENS.test(clauseBefore(state.text, sentence, m.start))) return null;
      // (`诸如希拉里等人批评……，他表示`: one of a group named as an example is not the subject either; nor is one owning
      // the kin who speaks: `阚某芳的姐姐介绍，……她表示`)
      if (!isOblique(m, state) && !OWNS_KIN.test(state.text.slice(m.end, m.end + 4)) && state.text.charAt(m.end) !== '等') return asPronoun(m);
    }
  }
  // `记者致电金海岸公司，对方表示`: the other party of a call or a talk, the body contacted in its own sentence
  if (pronoun === '对方') return contacted(at, state, sentence);
  // `记者联系到了X的工作人员，她向记者证实……`: staff reached in the pronoun's sentence, for their body
  if (sentence >= 0 && /^[他她]$/.test(pronoun)) {
    const staff = contactedStaff(at, state, sentence);
    if (staff) return staff;
  }
  if (pronoun === GLOSS_TAIL) return lastMention(at, state);
  // `曾预言……的卡内基国际和平基金会如今已改变了论调，他们的最新报告指出`: a body named earlier in the pronoun's own sentence
  // (not with people counted or named by a plural between: `特斯拉起诉了两名前员工，他们表示`)
  if (sentence >= 0 && pronoun === '他们') {
    const body = state.named.find((m) => m.start >= sentence && m.start < at && m.type === 'organization' && !state.quotedStarts.has(m.start) && !isOblique(m, state));
    if (body && !state.persons.some((m) => m.start >= sentence && m.start < at) && !PEOPLE.test(state.text.slice(body.end, at))) return { name: body.text, span: { start: body.start, end: body.end }, via: 'pronoun' };
  }
  if (pronoun === OUTLET_REF) return state.lastMedia && state.lastMedia.span.start < at ? { ...state.lastMedia, via: 'media' } : null;
  // `一位店主表示……但他也表示`: the unnamed speaker is still the one meant
  if (state.unnamedAt > -1 && state.unnamedAt < at && !state.persons.some((m) => m.start > state.unnamedAt && m.start < at && !state.quotedStarts.has(m.start))) return null;
  if (/^(?:其|他们|她们)$/.test(pronoun)) return lastSpeakerOrSubject(at, state, pronoun);
  // `该负责人还说`, `上述工作人员解释说`: the staff who spoke last, for the body they speak for
  // (also a body named before its staff and a verb after a quote: `“……”浦发银行杭州支行某员工称。`)
  if (STAFF_REF.test(pronoun) && state.last && state.last.span.start < at && (state.last.via === 'role' || STAFF_AFTER.test(state.text.slice(state.last.span.end, state.last.span.end + 8)))) return { ...state.last };
  // `记者向X分局了解情况，该工作人员承认`: staff no one spoke for before are the body reached in their own sentence, not a
  // person named earlier
  const reached = STAFF_REF.test(pronoun) && sentence >= 0 ? contacted(at, state, sentence) : null;
  if (reached) return { ...reached, via: 'role' };
  // `上述保安部负责人` whose introduction its paragraph does not hold: staff of a body, not the last person named
  // (`这位华易基金会工作人员`: the body the phrase names)
  if (QUALIFIED_STAFF_REF.test(pronoun) && !STAFF_REF.test(pronoun)) {
    const body = state.named[firstAtOrAfter(state.named, at)];
    return body && body.type === 'organization' && body.end <= at + pronoun.length ? { name: body.text, span: { start: body.start, end: body.end }, via: 'role' } : null;
  }
  const prev = state.lastPerson && state.lastPerson.span.start < at && fitsGender(state.lastPerson.name, pronoun) ? state.lastPerson : null;
  // a person named as a subject after the last speaker is the more likely referent
  const subject = /^[他她]$/.test(pronoun) ? lastMention(at, state, pronoun, state.subjects) : null;
  if (!subject && (!prev || prev.span.start < 0)) {
    const topic = topicOf(state, pronoun, at);
    if (topic) return topic;
  }
  if (subject && subject.span.start < state.blockStart) return prev ? { ...prev, via: 'pronoun' } : subject;
  if (subject && (!prev || subject.span.start > prev.span.start)) return subject;
  return prev ? { ...prev, via: 'pronoun' } : lastMention(at, state, pronoun);
}

/**
 * `其`, `他们`: the last speaker of any kind, else the last person named; for `其`, a person named as a subject in its
 * own paragraph after that speaker first (`王自如又因一次采访登上了热搜。其在受访时表示` → `王自如`).
 */
function lastSpeakerOrSubject(at: number, state: State, pronoun: string): Who | null {
  const subject = pronoun === '其' ? lastMention(at, state, '', state.subjects) : null;
  if (subject && subject.span.start >= state.blockStart && (!state.last || subject.span.start > state.last.span.start)) return subject;
  return state.last && state.last.span.start < at ? { ...state.last, via: 'pronoun' } : lastMention(at, state);
}

/** People counted or named by a plural, whom `他们` would stand for rather than a body named before them. */
const PEOPLE = /[数几两一二三四五六七八九十百千万\d]+[名位个](?![月年日])|们|员工|民众|网友|难民|群众|居民|村民|家属|学生|工人|乘客|游客|粉丝|市民|消费者|用户|专家|人士|果粉/;

/** Someone counted, not named, opening the sentence's first clause before a name (`一名热情的|特朗普支持者`). */
const COUNTED_BEFORE = /^[\s*_]*(?:[^，,。！？；]{0,8}[，,])?(?:另|还有|有)?一[位名个][^，,]{0,8}$/;


/** A clause opening with someone counted, not named (`一名十七八岁的女孩……`, `另一位顾客`). */
const COUNTED_OPENS = /^[\s*_]*(?:另|还有|有)?一[位名个]/;
/** The clause holding `at`, from its start (`view.ts` `clauseStart`, not before the sentence's) to `at`. */
const clauseBefore = (text: string, sentence: number, at: number): string => text.slice(clauseStart(text, at, sentence), at);

/**
 * Prepositions before a name that make it no subject: `在马斯克生日时`, `对拜登而言` (but `在沃西基的描述中`
 * names a source: a name before `的` stays a referent).
 */
const OBLIQUE = /[在当于据对向给被让把为从自跟和与同]/;
/** Verbs and prepositions of a topic right before a name (`当被问及特朗普的法律问题时，她说`): the name is what is talked about, `的` or not. */
const TOPIC_BEFORE = /(?:问及|问到|谈及|谈到|提及|提到|说起|谈起|提起|关于|对于)$/;
/** Whether person `m` of `text` stands after a preposition or a topic's verb ({@link OBLIQUE}, {@link TOPIC_BEFORE}): no subject. */
export const obliqueIn = (text: string, m: { start: number; end: number }): boolean =>
  m.start > 0 && ((OBLIQUE.test(text.charAt(m.start - 1)) && text.charAt(m.end) !== '的') || TOPIC_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start)));
const isOblique = (m: EntityMention, state: State): boolean => obliqueIn(state.text, m);

/** Verbs of reaching someone (`致电`, `联系上了`, `拨通`), right before the one reached. */
const CONTACT = /(?:致电|联系(?:上|到)?(?:了)?|拨通(?:了)?|拨打(?:了)?|打通(?:了)?|采访(?:了)?|询问(?:了)?|电话联系(?:了)?)(?:[一两][位名])?$/;

/**
 * `对方`: the other party of a call or a talk, in `对方`'s own sentence (from `sentence`; none when the
 * caller does not know where that starts): the person or organization right after a verb of reaching
 * (`致电X`, `联系上了司机王建国`), else the last organization named, not an outlet, whose reporter made the call
 * (`新京报记者致电金海岸公司`); null when there is none: the last speaker is usually the one talking to them.
 */
function contacted(at: number, state: State, sentence: number): Who | null {
  if (sentence < 0) return null;
  let found: EntityMention | null = null;
  for (const m of state.named) {
    if (m.end > at) break;
    if (m.start < sentence) continue;
    const before = state.text.slice(Math.max(sentence, m.start - 12), m.start);
    // `联系上了司机王建国`: a short title between the verb and the name
    if ((m.type === 'organization' || m.type === 'person') && (CONTACT.test(before) || CONTACT.test(before.replace(/[\u4e00-\u9fa5]{1,4}$/, '')))) return asPronoun(m);
    if (m.type === 'organization' && !/outlet|media/.test(m.rule) && !MEDIA.test(m.text)) found = m;
  }
  return found ? asPronoun(found) : null;
}

/** The organization reached right before its unnamed staff in the sentence (`联系到了X的工作人员`), else null. */
function contactedStaff(at: number, state: State, sentence: number): Who | null {
  for (const m of state.named) {
    if (m.end > at) break;
    if (m.start < sentence || m.type !== 'organization') continue;
    const before = state.text.slice(Math.max(sentence, m.start - 12), m.start);
    if (CONTACT.test(before) && STAFF_AFTER.test(state.text.slice(m.end, at))) return asPronoun(m);
  }
  return null;
}

/**
 * `黄仁勋……黄在演讲中表示`: the person a surname alone stands for, the last Chinese name before `at` (the unit's, the one carried
 * in, the last speakers) that opens with it; null when none does (`黄` then names no one).
 */
function bySurname(at: number, state: State, surname: string): Who | null {
  // the surname opens a name the phrase rules cut (`吴|向阳说`: `向` read as a preposition): that name
  const here = state.persons.find((m) => m.start === at);
  if (here) return asPronoun(here);
  let best: Who | null = null;
  for (const m of state.persons) if (m.start < at && !state.quotedStarts.has(m.start) && m.text.length >= 2 && m.text[0] === surname && isChineseName(m.text, false)) best = asPronoun(m);
  if (best) return best;
  const spoke = [state.last, state.lastPerson].find((w) => w && w.name.length >= 2 && w.name[0] === surname && isChineseName(w.name, false));
  return spoke ? { ...spoke, via: 'pronoun' } : null;
}

/** A mention as what a pronoun stands for. */
const asPronoun = (m: EntityMention): Who => ({ name: m.text, span: { start: m.start, end: m.end }, via: 'pronoun' });

/**
 * `张某（化名）一家是……。¶“……”她说`: the person opening the paragraph before, named after the last speaker,
 * when no one in this unit came before `at`: no person named, no one (named or not) who spoke.
 */
export function topicOf(state: State, pronoun: string, at: number): Who | null {
  if (state.unnamedAt > -1 || (state.last && state.last.span.start >= 0)) return null;
  const m = state.topic && /^[他她]?$/.test(pronoun) ? state.persons[0] : undefined;
  if (!m || m.start >= 0 || !fitsGender(m.text, pronoun) || state.persons.some((p, i) => i > 0 && p.start < at && !isOblique(p, state))) return null;
  return asPronoun(m);
}

/** A demonstrative and staff of a department or kind (`上述保安部负责人`, `该院工作人员`). */
const QUALIFIED_STAFF_REF = /^(?:这|该|那|上述|前述)(?:位|名|个)?[\u4e00-\u9fa5]{1,6}?(?:工作人员|负责人|发言人|客服人员|值班人员|员工|职员)$/;
/** A demonstrative and staff (`该负责人`, `这位工作人员`, `上述发言人`): staff again, not a person named. */
const STAFF_REF = /^(?:这|该|那|上述|前述)(?:位|名|个)?(?:相关|有关)?(?:工作人员|负责人|发言人|客服人员|客服|值班人员|官员|人士|员工|职员)$/;

/** `她` is not `张先生`, `他` is not `王女士`: address forms and kin words that give a gender. */
function fitsGender(name: string, pronoun: string): boolean {
  // `赵家表示`: a family (a surname and 家) is `他们`, not `他` or `她`
  if ((pronoun === '他' || pronoun === '她') && name.length === 2 && name[1] === '家' && SURNAMES.has(name[0])) return false;
  // a Chinese given name with a character only men's (`翟伟栋`) or women's (`尚娟`) names use, a transliteration with a woman's ending (`伊万诺娃`)
  if (pronoun === '她') return !/(?:先生|男士|大爷|老伯|父亲|爸爸|丈夫|儿子|哥哥|弟弟|男子|男孩|国王|王子)$/.test(name) && !(isChineseName(name, false) && MALE_GIVEN.test(name.slice(1)));
  if (pronoun === '他') return !/(?:女士|小姐|太太|夫人|阿姨|大妈|母亲|妈妈|妻子|女儿|姐姐|妹妹|女子|女孩|王妃|王后|女王)$/.test(name) && !(isChineseName(name, false) && FEMALE_GIVEN.test(name.slice(1))) && !FEMALE_TRANSLIT_END.test(name);
  return true;
}

/**
 * The end of a gloss standing for the name before it (`Smith）表示` when the line broke inside
 * `约翰·史密斯（John\nSmith）`): resolved to the last person mention, like a pronoun.
 */
export const GLOSS_TAIL = '）';

/** The report or article itself as subject (`报道称`, `文章说`, `该报指出`): it stands for the last outlet that spoke. */
export const OUTLET_REF = '报道';

function lastMention(at: number, state: State, pronoun = '', among: readonly EntityMention[] = state.persons): Who | null {
  let best: EntityMention | null = null;
  for (const m of among) {
    if (m.start >= at) break;
    if (fitsGender(m.text, pronoun) && !state.quotedStarts.has(m.start)) best = m;
  }
  return best ? asPronoun(best) : null;
}

/**
 * Speakers a personal pronoun can point back to: not outlets, not organizations, and, for a phrase
 * read before a verb, one that is a person mention or shaped like a person's name (`李明雨`,
 * `古普塔`, `王先生`, `小李`, `Miki`); a clause fragment the rules took for a subject
 * (`家长根据传统观念`) is remembered as the last speaker but is no referent of `他`/`她`.
 */
export function isPersonLike(who: Who, state?: State): boolean {
  if (who.via === 'media' || ORG_END.test(who.name)) return false;
  if (!state || who.via !== 'verb-before' && who.via !== 'verb-after' && who.via !== 'colon' && who.via !== 'subject') return true;
  // the entity analysis typed it a body or a place (`特斯拉`, shaped like a transliterated name)
  const m = state.named[firstAtOrAfter(state.named, who.span.start)];
  if (m && m.start === who.span.start && m.end === who.span.end && m.type !== 'person') return false;
  return state.personStarts.has(who.span.start) || PERSON_SHAPED.test(who.name) || isTranslit(who.name) || isChineseName(who.name, true);
}

/** Latin names (all Latin, not `BBA等豪华品牌`), nicknames with a letter (`大S`), `·` names, forms of address and kin names (`王先生`, `小李`, `老张`, `四哥`, `肖母`). */
const PERSON_SHAPED = /^[A-Za-z][A-Za-z .'\-]*$|^[\u4e00-\u9fa5][A-Z]$|[·•]|^[\u4e00-\u9fa5]{1,2}(?:先生|女士|小姐|太太|老师|师傅|阿姨|大爷|大妈|老伯|哥|姐|叔|婶|嫂|母|父|爷|奶)$|^[小老阿][\u4e00-\u9fa5]$/;
