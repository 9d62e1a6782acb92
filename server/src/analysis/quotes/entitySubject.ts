import type { EntityMention } from '../types';
import { ENDS_WITH_ROLE, leadLength, opensPredicate, parseSpeakerPhrase, startsPredicate, subjectBounds, type SpeakerPhrase } from './speakerPhrase';
import type { Who } from './who';
import { COUNTRY_INITIALS, GLOSS_AFTER, LEADING, MEDIA, SPEECH_VERB, STAFF } from './lexicon';
import { firstAtOrAfter, isChineseName, mentionExactly, overlapsMention } from '../entities/shared';
import { ORG_SUFFIXES, suffixIn } from '../entities/builtins';
import { NAMED_IN_MARKS, organizationOver, personAfterTitle, personInName, quotedBody } from './phraseNames';
import { documentOwnerSpan } from './documentPhrase';
import { markedSubject, openingThenWhen } from './markedSubject';

/**
 * Speakers the phrase rules (`speakerPhrase.ts`) do not read, from what the entity analysis found.
 * `named`: entity mentions in order; `offset`: where `clause` starts in their offsets.
 */


/** The first mention starting in `from..end` and ending at `end` that `ok` accepts. */
function endingAt(named: readonly EntityMention[], from: number, end: number, ok: (m: EntityMention) => boolean): EntityMention | undefined {
  for (let i = firstAtOrAfter(named, from); i < named.length && named[i].start < end; i++) if (named[i].end === end && ok(named[i])) return named[i];
  return undefined;
}


/** A verb with an aspect marker before a name ending the clause (`指着`, `看了看`): the name is its object. */
const OBJECT_AFTER_VERB = /[\u4e00-\u9fa5][着了过]$/;

/** What after a name makes it qualify the subject rather than be it: `普京的发言人`, `普京和`. */
export const QUALIFIES = /^[的之和与及、跟同或]/;

const phrase = (m: EntityMention, offset: number): SpeakerPhrase => ({ name: m.text, start: m.start - offset, end: m.end - offset, cls: 'name' });
const mentionPhrase = (m: EntityMention | undefined, offset: number): SpeakerPhrase | null => (m ? phrase(m, offset) : null);
const VERBS = new RegExp(SPEECH_VERB, 'g');

/**
 * The words before a person in the clause make a title, not a report of what someone else said
 * (`同样认为胡尔`|称); one-character verbs other than 称 and 说 are parts of names there (`时空道宇`).
 */
function titleOnly(clause: string, m: EntityMention, offset: number): boolean {
  for (const v of clause.slice(0, m.start - offset).matchAll(VERBS)) if (v[0].length > 1 || v[0] === '称' || v[0] === '说') return false;
  return true;
}

/**
 * The clause's subject is an organization or a country found there (`欧洲央行`, `美联储在声明中`), or ends
 * in a person or organization found there after words of a title or description the lists do not know
 * (`德国物理学家马克斯·普朗克曾`, `韩国最大在野党共同民主党`): that one.
 */
export function entitySubject(clause: string, offset: number, named: readonly EntityMention[]): SpeakerPhrase | null {
  const b = named.length ? subjectBounds(clause) : null;
  if (!b) return null;
  const start = offset + b.start;
  const m = endingAt(named, start, offset + b.end, (x) => x.start === start || (x.type !== 'place' && titleOnly(clause, x, offset) && !clause.slice(b.start, x.start - offset).includes('的')));
  return m ? phrase(m, offset) : null;
}

/**
 * A person found right before the verb (`时空道宇前瞻实验室负责人侯冰`|告诉): the speaker, when the phrase
 * rules read a name there that is no mention (they cut the phrase at `前`, leaving `时空`); someone counted,
 * then named (`一名小回收酒商木然（化名）`), is that name; with nothing read, an organization there after a
 * description (`日本最大在野党立宪民主党`, cut at `在` by the rules), or a person before an adverb
 * (`……的业主张女士这样`, {@link personThenPredicate}).
 */
export function personBeforeVerb(clause: string, offset: number, named: readonly EntityMention[], read: SpeakerPhrase | null): SpeakerPhrase | null {
  // `账号名为“布莱恩·克拉森斯坦”的媒体人`, `官方账号“兔兔快递员”`: the name in marks the clause gives its subject
  const inMarks = NAMED_IN_MARKS.exec(clause);
  const marked = inMarks ? inMarks[1] ?? inMarks[2] : '';
  if (inMarks && !/[，。！？；,!?;]/.test(marked)) {
    const start = inMarks.index + inMarks[0].indexOf('“') + 1;
    return { name: marked, start, end: start + marked.length, cls: 'name' };
  }
  const cutName = read && (read.cls === 'name' || read.cls === 'role' || read.cls === 'indefinite') ? nameAtCut(clause, offset, named, read.end) : null;
  if (cutName) return cutName;
  const cutBody = read?.cls === 'name' || read?.cls === 'media' ? bodyOverCut(clause, offset, named, read) : null;
  if (cutBody) return cutBody;
  // `一名小回收酒商木然（化名）`: someone counted, then named
  const named2 = read?.cls === 'indefinite' ? personThenPredicate(clause, offset, named, { glossEnd: true, predicate: false }) : undefined;
  if (named2) return phrase(named2, offset);
  // `英伟达的报告中还写道`: a document whose owner the entity analysis found, though the phrase rules did not
  const owner = read?.cls === 'indefinite' ? mentionAt(named, offset + read.start, documentOwnerSpan(read.name)) : undefined;
  if (owner) return phrase(owner, offset);
  // `俄罗斯总统新闻秘书佩斯科夫`|表示, `法官之一南希·阿布杜`|说, `丹尼尔·埃克（Daniel Ek）本月`|表示: a title, `之一` or a time the
  // phrase rules took into the name of a person found there
  const inner = read?.cls === 'name' || read?.cls === 'role' ? personInName(clause, offset, named, read) : undefined;
  if (inner) return phrase(inner, offset);
  // `俄“Tsargrad”新闻网`|称: the body named in marks
  const quoted = read && (read.cls === 'name' || read.cls === 'media') ? quotedBody(clause, offset, named, read) : undefined;
  if (quoted) return { ...phrase(quoted, offset), cls: read!.cls };
  if (read && (read.cls !== 'name' || isMentionAt(named, offset + read.start))) return read;
  // `台“海巡署”当晚才发新闻稿`|承认: a body or person named in marks
  const inMarksSubject = read ? undefined : markedSubject(clause, offset, named);
  if (inMarksSubject) return phrase(inMarksSubject, offset);
  // `以色列总理办公室发表声明`|称: a name the phrase rules read after a title (`总理` + `办公室`) that ends a body's name is the body
  // (a body's head, not a person's name the model ran a body over: `德国防长皮斯托里乌斯`)
  const body = read && suffixIn(read.name, ORG_SUFFIXES) !== null ? organizationOver(named, offset + read.start, offset + read.end) : undefined;
  if (body) return phrase(body, offset);
  // `王建国指着李女士`|说: the one ending the clause after a verb is its object; the clause's subject speaks
  const last = read ? undefined : endingAt(named, offset, offset + clause.trimEnd().length, (x) => x.type === 'person');
  const opening = last && OBJECT_AFTER_VERB.test(clause.slice(0, last.start - offset)) ? entityOpening(clause, offset, named) : null;
  if (opening && opening.start < last!.start - offset) return opening;
  const m = endingAt(named, offset, offset + clause.trimEnd().length, (x) => titleOnly(clause, x, offset)
    && (x.type === 'person' ? !read || x.start >= offset + read.end : x.type === 'organization' && !read && !clause.slice(0, x.start - offset).includes('的')))
    ?? (read ? undefined : personThenPredicate(clause, offset, named, { glossEnd: true, predicate: true }));
  return m ? phrase(m, offset) : read ?? entitySubject(clause, offset, named) ?? mentionPhrase(openingThenWhen(clause, offset, named), offset);
}

/**
 * The last person found in the clause, after a description, who is its subject: one an adverb or adjunct
 * follows (`predicate`: `太仓置换成功的业主张女士这样`|告诉, `……名将张怡宁曾评价X`|：), or one ending the clause
 * with a gloss in brackets (`glossEnd`: `……酒商王鑫（化名）`|向作者提到, before a speech verb only).
 */
export function personThenPredicate(clause: string, offset: number, named: readonly EntityMention[], accept: { glossEnd: boolean; predicate: boolean }): EntityMention | undefined {
  const end = clause.trimEnd().length;
  let i = firstAtOrAfter(named, offset);
  while (i < named.length && named[i].end <= offset + clause.length) i++;
  for (i--; i >= 0 && named[i].start >= offset; i--) {
    const x = named[i];
    // a role the entity analysis took for a name (`董秘`) is no one's name
    if (x.type !== 'person' || ENDS_WITH_ROLE.test(x.text) || STAFF.test(x.text)) continue;
    // `王鑫（化名）向作者提到`: a gloss in brackets after the name is stepped over
    const gloss = GLOSS_AFTER.exec(clause.slice(x.end - offset))?.[0].length ?? 0;
    const after = x.end - offset + gloss;
    const ok = after === end ? accept.glossEnd : accept.predicate && opensPredicate(clause, after, end);
    if (ok && titleOnly(clause, x, offset) && !prepositionBefore(clause, x.start - offset)) return x;
  }
  return undefined;
}

/** Words that make the name after them an object or a time's: prepositions, a day (`12日与美国总统`|拜登). */
const PREPOSITION = /[与跟向给把被让]|对(?!外)|[0-9０-９][日号]|当天|同日/;
/** A preposition or a day stands before `at` after the clause's last `的`: the name there is no subject. */
function prepositionBefore(clause: string, at: number): boolean {
  const lead = at > 0 ? clause.lastIndexOf('的', at - 1) : -1;
  const head = clause.slice(lead + 1, at);
  return PREPOSITION.test(lead >= 0 ? head : head.replace(/^[\s*_]*/, '').replace(LEADING, ''));
}

/**
 * `商会副会长|曾凡忠在接受采访时`: the rules cut the subject at the first character of a name that is
 * also an adverb or preposition (曾, 于, 向), or inside one (`肖|向功`); a person found there, with the predicate
 * after it, is the speaker.
 */
function nameAtCut(clause: string, offset: number, named: readonly EntityMention[], cut: number): SpeakerPhrase | null {
  const k = firstAtOrAfter(named, offset + cut);
  // (or inside one, two characters or more before its end: `主任肖|向功指出`, `季诺维|也夫强调`; not a name the
  // entity analysis ran over a grammar word, `尹鸿|在`)
  const m = named[k]?.start === offset + cut ? named[k] : k > 0 && named[k - 1].end >= offset + cut + 2 ? named[k - 1] : undefined;
  if (!m || m.start < offset || m.type !== 'person') return null;
  const after = m.end - offset, end = clause.trimEnd().length;
  return after === end || (after < end && opensPredicate(clause, after, end)) ? phrase(m, offset) : null;
}

/**
 * `青川县希望小学此前`|表示, `中国评论通讯社`|报道: the rules cut the subject at a word of speech inside an
 * organization's name (`希望`, `评论`); the organization found from the subject's start over the cut, with the
 * predicate after it, is the speaker.
 */
function bodyOverCut(clause: string, offset: number, named: readonly EntityMention[], read: SpeakerPhrase): SpeakerPhrase | null {
  const m = named[firstAtOrAfter(named, offset + read.start)];
  if (!m || m.start !== offset + read.start || m.type !== 'organization' || m.end <= offset + read.end) return null;
  const after = m.end - offset, end = clause.trimEnd().length;
  if (after > end || (after < end && !opensPredicate(clause, after, end))) return null;
  return { ...phrase(m, offset), cls: MEDIA.test(m.text) ? 'media' : 'name' };
}

/** The mention spanning exactly `span` (relative to `at`), if any. */
const mentionAt = (named: readonly EntityMention[], at: number, span: { start: number; end: number } | null): EntityMention | undefined =>
  span ? mentionExactly(named, at + span.start, at + span.end) : undefined;

/** Whether a mention starts at `at`. */
export function isMentionAt(named: readonly EntityMention[], at: number): boolean {
  return named[firstAtOrAfter(named, at)]?.start === at;
}

/**
 * `星海道远研究院负责人陈思远告诉记者`: the first speech verb of the clause (`道`) sits inside a name; a
 * person found right before a later one (`告诉`) is the speaker. Null when there is none.
 */
export function personBeforeLaterVerb(clause: string, offset: number, named: readonly EntityMention[]): SpeakerPhrase | null {
  for (const v of clause.matchAll(VERBS)) {
    if (!v.index) continue;
    const before = clause.slice(0, v.index);
    const m = endingAt(named, offset, offset + before.trimEnd().length, (x) => x.type === 'person' && titleOnly(before, x, offset));
    if (m) return phrase(m, offset);
  }
  return null;
}

/**
 * `普京听取了绍伊古的报告，并向官兵表示祝贺，称……`: an earlier clause of the sentence, which the rules do
 * not read as a speaker phrase, opening with a person or organization found there: the subject the later
 * verbs without one share. Not when the name only qualifies the subject (`普京的发言人`, `普京和`).
 */
export function entityOpening(clause: string, offset: number, named: readonly EntityMention[]): SpeakerPhrase | null {
  if (!named.length) return null;
  // a name whose first character is also a preposition or adverb (`于某`, `曾某`, `向某`) opens the clause too
  const b = subjectBounds(clause) ?? afterTime(clause) ?? { start: leadLength(clause) };
  const m = named[firstAtOrAfter(named, offset + b.start)];
  // `日本指挥家小泽征尔去世`, `指挥家小泽征尔去世`: a person after a title (and the place whose title it is)
  const titled = m && (m.type === 'place' || m.start !== offset + b.start) ? personAfterTitle(clause, offset, offset + b.start, named) : undefined;
  if (titled && !QUALIFIES.test(clause.slice(titled.end - offset))) return phrase(titled, offset);
  if (m && m.start !== offset + b.start) return titledOpening(clause, offset, b.start, m);
  if (!m) return null;
  if (QUALIFIES.test(clause.slice(m.end - offset))) return coordinated(clause, offset, named, m);
  return phrase(m, offset);
}

/** `王琛、蔡枚杰在社交平台进行反驳`: people joined by `、`/`和` opening the clause are its subject, all of them. */
function coordinated(clause: string, offset: number, named: readonly EntityMention[], first: EntityMention): SpeakerPhrase | null {
  if (first.type !== 'person') return null;
  let k = firstAtOrAfter(named, first.start), last = first;
  while (/^[、和]$/.test(clause.charAt(last.end - offset)) && named[k + 1]?.start === last.end + 1 && named[k + 1].type === 'person') last = named[++k];
  if (last === first || QUALIFIES.test(clause.slice(last.end - offset)) || !startsPredicate(clause, last.end - offset)) return null;
  return { name: clause.slice(first.start - offset, last.end - offset), start: first.start - offset, end: last.end - offset, cls: 'name' };
}

/**
 * `初代跳水女皇高敏曾在……的同时，也谈到`: a person after a title opening the clause (the phrase rules read
 * the title and the name as that person), before the predicate.
 */
function titledOpening(clause: string, offset: number, start: number, m: EntityMention): SpeakerPhrase | null {
  const end = m.end - offset;
  if (m.type !== 'person' || end - start > 16 || !startsPredicate(clause, end)) return null;
  const p = parseSpeakerPhrase(clause.slice(start, end));
  return p && p.cls === 'name' && start + p.start <= m.start - offset && start + p.end === end ? phrase(m, offset) : null;
}

/** `今年2月朝鲜宣布……`: where the subject starts after a time that opens the clause. */
function afterTime(clause: string): { start: number } | null {
  const t = TIME_LEAD.exec(clause);
  return t && t[0].length < clause.length ? { start: t[0].length } : null;
}
const TIME_LEAD = /^[\s*_]*(?:(?:当地时间|(?:今年|去年|前年|[0-9０-９一二三四五六七八九十]{1,4}年)[初底末]?|本月|上月|当天|当日|同日|同一天|日前|近日|此前|随后|[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}[日号]|[初底末中])?|[0-9０-９一二三四五六七八九十]{1,3}[日号]|[上下]午|晚间|凌晨)[，,]?)+/;

/**
 * `车厂老板`, `有一位附近商户`: a role phrase (no staff of a body: those name it) in which the entity
 * analysis found no person or organization is an unnamed person, a source but no speaker, as the
 * guideline has it; `外交部发言人`, with `外交部` found, and `庄某的父亲` stay roles.
 */
export function unnamedRole(p: SpeakerPhrase, offset: number, named: readonly EntityMention[]): SpeakerPhrase {
  if (p.cls !== 'role' || p.role !== undefined) return p;
  // `庄某的父亲`, `王先生的妻子`: someone's relative, named by the person the analysis may not list (a masked name)
  const owner = /^(.{1,8}?)的/.exec(p.name);
  if (owner && (/某/.test(owner[1]) || isChineseName(owner[1], true))) return p;
  if (overlapsMention(named, offset + p.start, offset + p.end, 'place') || officeOfPlace(p, offset, named)) return p;
  return { ...p, cls: 'indefinite', unnamed: true };
}

/** The head or an official of a body, right after it: `县长`, `馆长`, `负责人` (not `律师`, `一位村民`). */
const OFFICE = /^的?(?:[县市省区镇乡村州]长|[馆院校局所站厂行社会处科部司厅署]长|(?:副|常务)?主任|负责人|发言人|(?:党委|党支部)?书记|官员|领导|(?:副)?总统|(?:副)?总理|首相|外长|防长|财长|(?:总)?检察长|议长|国务卿|(?:外交|国防|财政)部长|总参谋长|总司令|央行行长|驻[\u4e00-\u9fa5]{1,5}大使)$/;
/** A country's one-character name before its office (`乌总检察长`, `俄外长`). */
const COUNTRY_INITIAL = new RegExp(`^[${COUNTRY_INITIALS}]`);

/**
 * `陇西县县长`, `陇西县博物馆馆长`, `俄罗斯外长`, `乌总检察长`: an office of the place, facility or country the
 * phrase opens with (the entity analysis types facilities as places) is the body's role, not an unnamed person.
 */
function officeOfPlace(p: SpeakerPhrase, offset: number, named: readonly EntityMention[]): boolean {
  const m = named[firstAtOrAfter(named, offset + p.start)];
  if (m && m.start === offset + p.start && m.type === 'place') return OFFICE.test(p.name.slice(m.end - m.start));
  return COUNTRY_INITIAL.test(p.name) && OFFICE.test(p.name.slice(1)) && !overlapsMention(named, offset + p.start, offset + p.end);
}

const SPEECH_VERB_IN = new RegExp(SPEECH_VERB);

/**
 * `“……”德新社称，德国总理朔尔茨在慕安会上表示，……`: an outlet's verb and, in the next clause, a person
 * the entity analysis found (maybe after a title) and a speech verb ending the clause: the outlet reports what
 * that person said.
 */
export function citedByOutlet(rest: string, verbEnd: number, at: number, named: readonly EntityMention[]): Who | null {
  // past the rest of the outlet's verb (`报道|称，`, `援引|消息称，`)
  const tail = /^[^，。！？；：,;!?“”「」\u25a1]{0,6}?[，,]/.exec(rest.slice(verbEnd));
  if (!tail) return null;
  const from = verbEnd + tail[0].length - 1;
  const end = rest.slice(from + 1).search(/[，。！？；：,;!?“”「」\u25a1]/);
  const clause = rest.slice(from + 1, end < 0 ? undefined : from + 1 + end);
  // the verb ends the clause, before what was said (`表示，`; not `宣布了一项法案`, the outlet's own summary)
  const verb = SPEECH_VERB_IN.exec(clause);
  if (!verb || verb.index === 0 || !/^[说道]?$/.test(clause.slice(verb.index + verb[0].length))) return null;
  // the person the phrase rules read there, or one the entity analysis found before the predicate (`朔尔茨在会上`)
  const subject = clause.slice(0, verb.index), offset = at + from + 1;
  const p = parseSpeakerPhrase(subject);
  const m = p && p.cls === 'name' ? personAt(named, offset + p.start, offset + p.end) : personThenPredicate(subject, offset, named, { glossEnd: true, predicate: true });
  return m ? { name: m.text, span: { start: m.start, end: m.end }, via: 'verb-after' } : null;
}

/** The person mention spanning exactly [start, end), if any. */
function personAt(named: readonly EntityMention[], start: number, end: number): EntityMention | undefined {
  const m = named[firstAtOrAfter(named, start)];
  return m && m.start === start && m.end === end && m.type === 'person' ? m : undefined;
}
