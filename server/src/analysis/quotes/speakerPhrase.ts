import { CITER, CROWD, ENDS_WITH_ROLE, INDEFINITE, LEADING, MEDIA, ORG_END, PRONOUN, QUOTED_SOURCE, STAFF, SUBJECT_END, TITLE } from './lexicon';
import { afterOwner } from './ownerPhrase';
import { GLOSS_TAIL } from './memory';
import { isChineseName } from '../entities/shared';
import { SURNAMES, SURNAMES_RARE } from '../entities/builtins';
import { nameShaped, noNameAfterTitle } from './nameShape';
import { nameInMarks, perceived } from './phraseNames';
import { BODY_SIDE, bodyOfStaff, COUNTED_ALONE, CROWD_TAIL, genericMedia, MEDICS, UNNAMED, UNNAMED_COUNTED, WORKS_AT } from './staffPhrase';
import { accountOwner, citedBare, documentIssuer, documentOwner, publishedTitle, publisherIn } from './documentPhrase';
import type { SpeakerPhrase } from './phrase';
import { pronounLead, pronounOf } from './pronounPhrase';

export { BARE_KIND, BARE_STAFF, MEDICS } from './staffPhrase';
export type { SpeakerClass, SpeakerPhrase } from './phrase';
export { ENDS_WITH_ROLE } from './lexicon';

/** A capitalised Latin word (`Kolanovic`, `O'Neil`, `Jain-Chandra`). */
const LATIN_WORD = "[A-Z][A-Za-z.'\\-]*";
/** `国防部长奥斯汀`, `策略师Marko Kolanovic`: a title, then a name (Chinese, transliterated, or Latin words). */
const NAME_AFTER_TITLE = new RegExp(`^.*${TITLE}((?!的)[\\u4e00-\\u9fa5·•A-Za-z](?:(?!的)[\\u4e00-\\u9fa5·•A-Za-z\\-]){1,11}|${LATIN_WORD}(?: ${LATIN_WORD}){1,3})$`);
/** `某平台制片人王涵`: a role noun the titles do not list, then a name of a common surname. */
const NAME_AFTER_ROLE = /[人员家师长手官]([\u4e00-\u9fa5]{2,3})$/;
/** Characters a speaker phrase is made of; `□` is a quotation masked out of the view (`资产管理公司“……”的首席投资官`). */
const LOOKS_LIKE = /^[\u3400-\u4dbf\u4e00-\u9fa5\ud800-\udfffA-Za-z0-9·•《》“”「」、.&\-\s\u25a1]+$/;
const PAREN = /（[^（）]*）|\([^()]*\)/g;
const BAD_START = /^(?:被(?!害人|告|执行人|申请人|保险人|访者|调查人)|[的了是把将和与及或就而从到让使给由为所在据令](?![-·•])|发现|看到|听到|得知|应该|如果|只要|即使|为了|比如|例如|譬如|引发|引起|指挥|叮嘱|嘱咐|吩咐|招呼|命令)/;
const IN_VIEW = /^在(.{1,20}?)(?:看来|眼中|眼里)/;
/** `A被B`: a passive subject, then its agent (group 1); not `被告`, `被害人` (nouns). */
const PASSIVE = /^[\u4e00-\u9fa5·]{2,12}被(?!害人|告|执行人|申请人|保险人|访者|调查人)([\u4e00-\u9fa5·]{2,12})$/;

/**
 * Reads the speaker out of the clause before a speech verb:
 * `中国军事专家傅前哨10日对《环球时报》记者` → `{name: '傅前哨', cls: 'name'}`;
 * `一名匿名美国高级国防官员` → role; `他` → pronoun; `多份诊断报告` → indefinite.
 */
export function parseSpeakerPhrase(clause: string): SpeakerPhrase | null {
  let start = leadLength(clause);
  const heard = perceived(clause, start, parseSpeakerPhrase);
  if (heard !== undefined) return heard;
  const view = IN_VIEW.exec(clause.slice(start));
  if (view) return classify(view[1], start + 1);
  const bare = citedBare(clause, start, classify);
  if (bare !== undefined) return bare;
  // `在伏尔加庄园工作了八年多的一位员工`: `在` opens a description of staff, not the predicate
  const workplace = WORKS_AT.test(clause.slice(start)) ? bodyOfStaff(clause.slice(start).trimEnd()) : null;
  if (workplace && workplace !== 'none') return bodyRole(clause.slice(start).trimEnd(), workplace, start);
  if (startsPredicate(clause, start)) return publishedTitle(clause, start) ?? publisherIn(clause, start, classify);
  const issuer = documentIssuer(clause, start);
  if (issuer) return issuer;
  const cut = subjectEnd(clause, start);
  let end = cut;
  while (end > start && /[的\s*_]/.test(clause[end - 1])) end--;
  const raw = clause.slice(start, end);
  const handle = nameInMarks(raw, start);
  if (handle) return handle;
  const cited = QUOTED_SOURCE.exec(clause.slice(start).trimEnd());
  const quoted = cited && CITER.test(clause.slice(start, start + cited.index)) ? cited : QUOTED_SOURCE.exec(raw);
  if (quoted) {
    start += quoted.index + quoted[0].indexOf(quoted[1]);
    return classify(quoted[1], start);
  }
  const manner = withoutManner(raw, start);
  if (manner === undefined) {
    const adv = adverbial(raw, start);
    if (adv) return adv;
  }
  const p = manner === undefined ? classify(raw, start) : manner;
  return p ?? titledNameFurther(clause, start, cut);
}

/**
 * Where the subject of a clause before a speech verb lies, as {@link parseSpeakerPhrase} reads it: after
 * leading adverbs and markup, up to the first adjunct (`美联储在声明中` → 0–3), without a trailing `的`.
 * Null when the clause opens with its predicate.
 */
export function subjectBounds(clause: string): { start: number; end: number } | null {
  const start = leadLength(clause);
  if (startsPredicate(clause, start) || start >= clause.length) return null;
  let end = subjectEnd(clause, start);
  while (end > start && /[的\s*_]/.test(clause[end - 1])) end--;
  return { start, end };
}

/**
 * `总部位于得州的资产管理公司的首席投资官凯尔·巴斯在社交平台上`: a relative clause cut the subject at its
 * preposition (`位于`); a titled person's name before a later cut (`在`) is the speaker.
 */
function titledNameFurther(clause: string, start: number, cut: number): SpeakerPhrase | null {
  for (let step = 0; step < 2 && cut < clause.length; step++) {
    cut = subjectEnd(clause, cut);
    const raw = clause.slice(start, cut);
    const person = NAME_AFTER_TITLE.exec(raw);
    if (person && /[·•]/.test(person[1]) || person && isChineseName(person[1], false)) {
      const s = start + raw.length - person[1].length;
      return { name: person[1], start: s, end: s + person[1].length, cls: 'name' };
    }
  }
  return null;
}

/**
 * `王建国微笑着`, `他有些不耐烦地`: a name or pronoun followed by a manner adverbial ending in 着/地
 * ({@link MANNER}) is that name (a short unknown one too: `李明雨愤愤地`); undefined when the phrase has no such ending, null when the rest names no one (`我们愤愤地`).
 */
function withoutManner(raw: string, at: number): SpeakerPhrase | null | undefined {
  const m = MANNER.exec(raw.trimEnd());
  // `唐笑`: a name that ends like a manner word
  if (!m || raw.slice(0, m.index).trim().length < 2 && !PRONOUN.test(raw.slice(0, m.index).trim())) return undefined;
  const rest = raw.slice(0, m.index);
  const p = classify(rest, at);
  if (p) return p.cls === 'name' || p.cls === 'pronoun' ? p : classify(raw, at);
  // `李明雨愤愤地`: two to four characters before a manner adverbial are a name the lists do not know
  const name = rest.trim();
  return /^[\u4e00-\u9fa5]{2,4}$/.test(name) && !/[我你们人家]/.test(name) ? { name, start: at + rest.indexOf(name), end: at + rest.indexOf(name) + name.length, cls: 'name' } : null;
}

/**
 * `拜登怀疑地`, `刘凤阳悲痛地`, `他形象地比喻`: any short adverbial in `地` (and a verb of one or two
 * characters the lists do not know) after a phrase that names someone on its own is that name; unlike
 * {@link MANNER}, the rest must read as a name or pronoun by itself.
 */
function adverbial(raw: string, at: number): SpeakerPhrase | undefined {
  const t = raw.trimEnd();
  const de = t.lastIndexOf('地');
  if (de < 0 || t.length - 1 - de > 2 || !/^[\u4e00-\u9fa5]*$/.test(t.slice(de + 1))) return undefined;
  for (const k of [2, 1, 3]) {
    if (de - k < 1) continue;
    const rest = t.slice(0, de - k);
    if ((rest.trim().length < 2 && !PRONOUN.test(rest.trim())) || !/^[\u4e00-\u9fa5]+$/.test(t.slice(rest.length, de))) continue;
    const p = classify(rest, at);
    if (p && (p.cls === 'name' || p.cls === 'pronoun')) return p;
  }
  return undefined;
}

/** Manner adverbials between a speaker and the verb: `微笑着`, `激动地`, `有些不耐烦地`. */
const MANNER = /(?:有些|有点|略带|略显|颇为|十分|非常)?(?:微笑|笑|苦笑|冷笑|哭|激动|无奈|愤愤|气呼呼|淡淡|坦然|平静|动情|感慨|愤怒|气愤|兴奋|高兴|自豪|骄傲|认真|严肃|郑重|斩钉截铁|直截了当|开门见山|一针见血|毫不客气|毫不犹豫|不耐烦|开玩笑|半开玩笑|轻松|笑眯眯|笑呵呵|哽咽)(?:着|地)?$/;

const MANNER_ONLY = new RegExp(`^${MANNER.source}`);
/** Whether `rest` is only a manner adverbial (`笑着`, `激动地`, `深有感触地`, `一边擦汗一边`): what may stand between a name and its verb. */
export const isMannerOnly = (rest: string): boolean => MANNER_ONLY.test(rest.trim()) || /^(?:[\u4e00-\u9fa5]{1,4}地|一?边[\u4e00-\u9fa5]{1,6}一?边)$/.test(rest.trim());
/** The clause's predicate opens at `after` (an adjunct, an adverb: `此前`, `在接受采访时`) or only a manner word is left before `end`. */
export const opensPredicate = (clause: string, after: number, end: number): boolean => startsPredicate(clause, after) || isMannerOnly(clause.slice(after, end));

/**
 * True when the clause has no subject of its own: empty after leading adverbs (`还`, `并`), or opening
 * with an adverb or preposition (`一直担任家庭部长`); its verb then shares the subject of an earlier clause.
 */
export function isSubjectless(clause: string): boolean {
  const start = leadLength(clause);
  return start >= clause.trimEnd().length || startsPredicate(clause, start) || isBareVerb(clause.slice(start).trim());
}

/**
 * `经纬纺机`, `女方`, `会议`: a short word that {@link isSubjectless} steps over as an unknown verb, but
 * that opens its sentence, so it can only be a subject the lists do not know (`报道称` still goes on
 * from the outlet before).
 */
export function isUnknownSubject(clause: string): boolean {
  const start = leadLength(clause);
  const rest = clause.slice(start).trim();
  return !startsPredicate(clause, start) && isBareVerb(rest) && rest !== '报道';
}

/** `辩解`, `哭诉`: two to four characters that name no one, a verb the lists do not know; its subject is earlier. */
function isBareVerb(rest: string): boolean {
  return rest.length >= 2 && rest.length <= 4 && /^[\u4e00-\u9fa5]+$/.test(rest) && !nameShaped(rest) && !CROWD.test(rest) && !STAFF.test(rest) && !ENDS_WITH_ROLE.test(rest);
}

/** {@link SUBJECT_END} compiled once for each way it is used (sticky: at a position; global: from a position). */
const SUBJECT_END_AT = new RegExp(SUBJECT_END.source, 'y');
const SUBJECT_END_FROM = new RegExp(SUBJECT_END.source, 'g');

/** Whether the clause's predicate (an adjunct, an adverb, a preposition: {@link SUBJECT_END}) opens at `start`. */
export function startsPredicate(clause: string, start: number): boolean {
  SUBJECT_END_AT.lastIndex = start;
  return SUBJECT_END_AT.test(clause) && !IN_VIEW.test(clause.slice(start));
}

/** Where the subject of a clause would start: after leading markup and adverbs (`此外，`, `**`). */
export function leadLength(clause: string): number {
  let i = 0;
  while (i < clause.length && /[\s*_]/.test(clause[i])) i++;
  const lead = LEADING.exec(clause.slice(i));
  if (lead) i += lead[0].length;
  // `在电话中小胡表示`, `在会上张三说`: a place or occasion before the subject
  const where = LOCATIVE.exec(clause.slice(i));
  return where ? i + where[0].length : i;
}
/** An occasion, not a place (`在中国上海张三表示`: no cut inside a place name). */
const LOCATIVE = /^在[^，,。；在“”]{0,6}?(?:电话|视频|采访|专访|节目|直播|会|发言|讲话|声明|文章|帖子|平台|媒体|评论区|群|邮件|信)(?:中|里|上)(?=[\u4e00-\u9fa5A-Za-z])/;

/** The first place after at least one character where the subject stops (a date, a preposition, an adverb). */
function subjectEnd(clause: string, from: number): number {
  SUBJECT_END_FROM.lastIndex = from + 1;
  const m = SUBJECT_END_FROM.exec(clause);
  return m ? m.index : clause.length;
}

/** `瓦妮莎·威特（Vanessa Witte）`: the name without its gloss; the span keeps the whole phrase. */
function withoutGloss(raw: string, at: number): SpeakerPhrase | null {
  const p = classify(raw.replace(PAREN, '').replace(/[（）()]/g, ''), at);
  return p && { ...p, start: at + raw.indexOf(raw.trim()), end: at + raw.trimEnd().length };
}

/**
 * Where in `raw` to read the speaker again: after `有` (`有业内人士`), or after a passive's `被` (`扎克伯格被霍利`|追问:
 * the agent does the speaking); -1 for a phrase opening with its predicate ({@link BAD_START}); null to read on.
 */
function readAgain(raw: string, name: string): number | null {
  if (BAD_START.test(name)) return name[0] === '有' ? raw.indexOf('有') + 1 : -1;
  const agent = PASSIVE.exec(name);
  return agent ? raw.indexOf(name) + name.length - agent[1].length : null;
}

function classify(raw: string, at: number): SpeakerPhrase | null {
  const gloss = GLOSS_END.exec(raw);
  if (gloss) return { name: GLOSS_TAIL, start: at + gloss.index, end: at + raw.length, cls: 'pronoun' };
  if (/[（(]/.test(raw)) return withoutGloss(raw, at);
  const name = raw.trim();
  if (!name || name.length > 80 || !LOOKS_LIKE.test(name) || !/[\u3400-\u9fa5\ud800-\udbffA-Za-z]/.test(name)) return null;
  const start = at + raw.indexOf(name);
  const early = withheldName(name, start) ?? (INDEFINITE.test(name) || (name[0] === '有' && !/^有(?:一)?[位名个]/.test(name)) || genericMedia(name) ? { name, start, end: start + name.length, cls: 'indefinite' as const } : null);
  if (early) return early;
  const anaphoric = BODY_SIDE.test(name) ? name : ANAPHORIC_STAFF.exec(name)?.[1];
  if (anaphoric) return { name: anaphoric, start, end: start + anaphoric.length, cls: 'role', role: name };
  const pronoun = pronounOf(name);
  if (pronoun) return { name: pronoun, start, end: start + name.length, cls: 'pronoun' };
  const again = readAgain(raw, name);
  if (again !== null) return again < 0 ? null : classify(raw.slice(again), at + again);
  // `一家婚介所`: a body of no name is no one in particular, but a source; so is one counted alone (`另一家则称`)
  if (/^一家[\u4e00-\u9fa5]{2,}$/.test(name) || COUNTED_ALONE.test(name)) return { name, start, end: start + name.length, cls: 'indefinite', unnamed: true };
  const doc = accountOwner(name, start, classify) ?? documentOwner(name, start, classify);
  if (doc !== undefined) return doc;
  const title = /《([^》]+)》/.exec(name);
  if (title && name.length - title[0].length <= 4) return { name: title[1], start: start + title.index + 1, end: start + title.index + 1 + title[1].length, cls: 'media' };
  const person = NAME_AFTER_TITLE.exec(name);
  // (a name, not a clause after the title: `消防员|出来后`)
  if (person && !ENDS_WITH_ROLE.test(name) && !noNameAfterTitle(person[1])) {
    const s = start + name.length - person[1].length;
    return { name: person[1], start: s, end: s + person[1].length, cls: 'name' };
  }
  const role = NAME_AFTER_ROLE.exec(name);
  if (role && name.length > role[0].length && isChineseName(role[1], false)) {
    const s = start + name.length - role[1].length;
    return { name: role[1], start: s, end: s + role[1].length, cls: 'name' };
  }
  const after = afterOwner(name, start);
  if (after) return after;
  // `早年看空本地经济的城市发展研究会` → `城市发展研究会`: a relative clause before an organization
  const body = /的([\u4e00-\u9fa5]{4,20})$/.exec(name);
  if (body && body.index >= 4 && ORG_END.test(body[1]) && !ENDS_WITH_ROLE.test(name)) return { name: body[1], start: start + body.index + 1, end: start + name.length, cls: MEDIA.test(body[1]) ? 'media' : 'name' };
  const lead = pronounLead(name);
  // `他渲染称`, `他把这辆车赠给朋友，并称`: the pronoun is the subject; names never begin with 他/她
  if (lead) return { name: lead, start, end: start + lead.length, cls: 'pronoun' };
  // `一名男子`: one person counted takes the floor (`unnamed`), a crowd does not
  if (CROWD.test(name)) return { name, start, end: start + name.length, cls: 'indefinite', ...(/^一[位名个]/.test(name) ? { unnamed: true } : {}) };
  // `普安县龙吟镇多名居民`, `一名庆尚北道的居民`: people of a place, unnamed; the place speaks for no one
  if (CROWD_TAIL.test(name) && /^[\u4e00-\u9fa5]+$/.test(name)) return { name, start, end: start + name.length, cls: 'indefinite', unnamed: true };
  // `医生称` alone: staff of the hospital the paragraph named (`bodies.ts`)
  const staff = MEDICS.test(name) ? name : bodyOfStaff(name);
  if (staff === 'none') return { name, start, end: start + name.length, cls: 'indefinite' };
  if (staff) return bodyRole(name, staff, start);
  // people written as a plural (`CP粉们`, `家长们`) are a crowd, no one in particular
  if (/们$/.test(name) && !name.includes('的')) return { name, start, end: start + name.length, cls: 'indefinite' };
  const cls = ENDS_WITH_ROLE.test(name) ? 'role' : MEDIA.test(name) ? 'media' : 'name';
  if (name.length > (cls === 'role' ? 40 : 30)) return null;
  // `一位建筑行业资深人士`, `知情人士` (role), `一位90后宝妈`, `某微信公众号` (counted, not named: a name after them was read above)
  if ((cls === 'role' && UNNAMED.test(name)) || (cls === 'name' && UNNAMED_COUNTED.test(name))) return { name, start, end: start + name.length, cls: 'indefinite', unnamed: true };
  // a bare `name` that is a clause fragment (`韩国是唯一一个`, `听`, `首次`, `哭诉`) is no speaker
  if (cls === 'name' && (name.length < 2 || /[是了着过“”「」]/.test(name) || (name.length > 8 && !ORG_END.test(name) && !LATIN_NAME.test(name)) || !nameShaped(name))) return null;
  // a quotation masked out of the view (`□`) may stand before a name, never inside the speaker's
  return name.includes('\u25a1') ? null : { name, start, end: start + name.length, cls };
}

/** The body its staff speak for, spanned where the phrase writes it (`一位国家电网的工作人员` → `国家电网` at 2). */
function bodyRole(phrase: string, body: string, start: number): SpeakerPhrase {
  const i = phrase.indexOf(body); // a kind the phrase does not write (`杭州某支行` → `银行`): the whole phrase's span
  return { name: body, start: start + Math.max(i, 0), end: i < 0 ? start + phrase.length : start + i + body.length, cls: 'role', role: phrase };
}

/** `该局工作人员` (→ `该局`; and `校方`, {@link BODY_SIDE}): staff of a body the article named before (`bodies.ts` finds it), not a person to resolve. */
const ANAPHORIC_STAFF = new RegExp(`^((?:该|此|这家)(?:[局院校所委厅处行社]|公司|医院|学校|中心|机构|部门|单位|集团|银行|协会|平台|法院|政府))的?(?:[一两几多][位名个])?(?:${
  STAFF.source.slice(0, -1)}|(?:主治|值班|接诊)?(?:医生|护士|医师|医护人员))$`);

/** `Koyfman）` alone: the rest of a gloss whose opening bracket is on the line before. */
const GLOSS_END = /^\s*[A-Za-z][A-Za-z .'\-]*[）)]\s*$/;
/** `林姓老师` alone or after what places or counts it (`有`, `村里一`, `一名做服装加工的`, `该公司`): a surname (group 2), `姓`, a title. */
const SURNAME_TITLED = /^[^，。：“”]{0,24}?(([\u4e00-\u9fa5])姓[\u4e00-\u9fa5]{2,5})$/;
/** `（有）林姓老师`, `一名李姓老板`: a surname, `姓` and a title or trade, a name withheld (not `姓李的老板`, `姓` the verb). */
function withheldName(name: string, start: number): SpeakerPhrase | null {
  const m = SURNAME_TITLED.exec(name);
  return m && (SURNAMES.has(m[2]) || SURNAMES_RARE.has(m[2])) && !m[1].includes('的') ? { name: m[1], start: start + name.length - m[1].length, end: start + name.length, cls: 'name' } : null;
}
/** `Marko Kolanovic`: Latin words only, a name however long. */
const LATIN_NAME = new RegExp(`^${LATIN_WORD}(?: ${LATIN_WORD}){0,3}$`);

export { HYPHENATED, isNickname } from './nameShape';
