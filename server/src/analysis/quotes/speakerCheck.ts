/**
 * The last word on a speaker string (issue 16: a speaker is an entity, a pronoun resolved to one, or a
 * role phrase; anything else is no speaker). The rules before this read a speaker out of the words
 * around a quote and sometimes take too much (`马斯克充满激情地写道` → `马斯克充满`) or a clause that
 * names no one (`结果校领导听完说`, `常言道`). A pass over the finished quotes, like `bodies.ts`:
 * - a speaker that begins with an entity mention (or a name mentioned nearby, or Latin
 *   words) and goes on with words that are not a name's is that name: `马斯克充满` → `马斯克`,
 *   `凯尔·巴斯在社交平台上` → `凯尔·巴斯`, `Grant补充` → `Grant`; not when what follows names
 *   someone else or a group (`陕西一高三女生`, `法国两个最大农业工会`; `欧盟方面` is `欧盟`);
 * - someone's kin or friend, then a name, is that name (`刘松仁的好友米雪` → `米雪`); someone's unnamed
 *   kin is no speaker (`乐乐的二姑`: an unnamed person of no body, as the guideline has it);
 * - a title or trade the segmenter reads as a noun, then a person or a body, is that one (`美联储理事鲍曼` → `鲍曼`);
 * - staff counted (`一位`) of a body the segmenter reads as kind words alone and no mention covers are someone
 *   unnamed (`一位券商营业部负责人`: no speaker);
 * - a speaker that is or ends with a mention, a role or body phrase, a form of address, a name shape
 *   the segmenter does not read as a common word, a proper noun of the segmenter's, or Latin, stays;
 * - anything else (`来源`, `常言`, `平静地`, `每次他开口给客户`) is no speaker.
 * Pure; a quote it changes is a new object, and an unchanged list is returned as it is.
 */
import type { EntityMention, Quote, Span } from '../types';
import { notOneWord, type ReadWord } from './wordReading';
import { ADDRESS_FORMS, DOCUMENT_NOUNS, KIN_AFTER_NAME, MEDIA, ORG_END, PRONOUN, RELATIVE_AFTER_NAME, RELATIVES, STAFF, TITLE } from './lexicon';
import { ENDS_WITH_ROLE, HYPHENATED, isNickname, parseSpeakerPhrase } from './speakerPhrase';
import { carriedFromStaff } from './staffPhrase';
import { firstAtOrAfter, isChineseName, isHan, isTranslit, overlapsMention, surnameLength } from '../entities/shared';
import { SURNAMES } from '../entities/builtins';

/** What may follow a name inside a speaker phrase and still name someone else or a group: `乐乐的二姑`, `陕西一高三女生`. */
const JOINED = /^[的之和与及跟、等《某]|^同(?![日时天年])|^[一两几这那][位名个家些]|的|们$/;
/** Bodies and groups the role and organization endings do not hold: `俄罗斯当局`, `法国两个最大农业工会` (titles and roles: `ENDS_WITH_ROLE`). */
const ROLE_END = /(?:方面|官方|当局|检方|警方|团队|部门|工会|党|景区|小区|物管|物业|职工|经销商)$/;
/** A role word inside what follows a name: `民航|业内人士唐朝`. */
const ROLE_INSIDE = /人士|人员|负责人|发言人|记者|专家/;
/** After a country: `方面` maybe, then an adverb or a time only (`一贯`, `却`, `上星期六`). */
const PLACE_THEN_ADVERB = /^(方面)?(?:一贯|一直|始终|却|也|则|还|又|再次|随即|今早|今晨|昨晚|当天|同日|上星期[一二三四五六日天]|上周[一二三四五六日]|本周|今天|昨天)+$/;
/** Kin and friends written before a name: `鹏鹏妈妈孙佳佳`, `刘松仁的好友米雪`. */
const KIN = '妈妈|爸爸|母亲|父亲|妻子|丈夫|儿子|女儿|好友|朋友|同事';
/** A kin word or friend, then a name (2–4 characters). */
const KIN_NAME = new RegExp(`(?:${KIN})([\\u4e00-\\u9fa5]{2,4})$`);
/** Someone's unnamed kin or friend (`乐乐的二姑`, `乐乐二姑`, `王璐的妈妈`, `特朗普的盟友`, a name then `小赵|妈妈说`): an unnamed person of no body, no speaker. */
const UNNAMED_KIN = new RegExp(`(?:的(?:${RELATIVES}|好友|朋友|同事|亲友|邻居|盟友)|[\\u4e00-\\u9fa5]{2}${RELATIVE_AFTER_NAME})们?$`);
const ADDRESS = new RegExp(`^((?:[\\u4e00-\\u9fa5]|[\\ud840-\\ud87f][\\udc00-\\udfff]|[A-Z]){1,2})(?:${ADDRESS_FORMS}|老伯|大哥|大姐|姐|哥)$`);
/** Two Han characters before the form of address open with a surname (`欧阳先生`; `算命先生` is a trade). */
function isAddress(s: string): boolean {
  const m = ADDRESS.exec(s);
  return !!m && (!/^[\u4e00-\u9fa5]{2}$/.test(m[1]) || surnameLength(s, true) > 0);
}
/** `董某`, `熊某某`, `黄某利`, `林姓老师`: a name the article withholds. */
const WITHHELD = /^[\u4e00-\u9fa5]{1,2}(?:某(?:某|[\u4e00-\u9fa5])?|姓[\u4e00-\u9fa5]{2,5})$/;
/** Latin words, a name or an outlet however long (`Marko Kolanovic`, `Sensor Tower`). */
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9.'’\- ]*$/;
/** A Latin name at the start, then Chinese words: `Grant补充`. */
const LATIN_LEAD = /^[A-Za-z][A-Za-z0-9.'’\- ]*[A-Za-z0-9]/;
/** A role or title, then two or three characters of a name (`制衣厂老板波姐`). */
const ROLE_THEN_NAME = new RegExp(`${ENDS_WITH_ROLE.source.slice(0, -1)}([\\u4e00-\\u9fa5]{2,3})$`);
/** An unnamed member of staff after their body's name: the body speaks (the guideline: `腾讯员工` → `腾讯`). */
const BODY_STAFF = /^(?:的)?(?:[一两几][位名个])?(?:相关|有关|高级|资深)?(?:工作人员|员工|职员|发言人|负责人|客服人员|客服|高管|官员|人士|董事们?|董事会成员|管理层)$/;
/** Characters that end no name but begin what follows a subject: `张勇自…认为`, `李某在…表示`. */
const GRAMMAR_CHAR = /^[自在将曾也还又就都已对向被把给和与跟再便却]$/;

/** Right before a body whose staff are counted: `一位`, `一名` (also the end of `另一名`, `还有一位`). */
const COUNTED_STAFF_BEFORE = /一[位名]$/;

type Verdict = { keep: true } | { keep: false; span: Span | null };
const KEEP: Verdict = { keep: true };
const NONE: Verdict = { keep: false, span: null };

/**
 * The quotes with each speaker checked (see the file comment); `mentions` in document order. Quotes
 * whose speaker came from an outlet rule (`speakerVia` `media`) are left as they are when it names an outlet,
 * and those from a role rule are only checked for a body's unnamed staff or unit (`腾讯员工` → `腾讯`).
 */
export function checkSpeakers(text: string, quotes: Quote[], mentions: readonly EntityMention[], read?: ReadWord): Quote[] {
  let out: Quote[] | null = null;
  // verdicts by span and words (carried quotes share them): the first by the span's start, others by a key string
  const first = new Map<number, { role: boolean; end: number; speaker: string; v: Verdict }>();
  const seen = new Map<string, Verdict>();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    // an outlet's name is its own (`《外交事务》`, `Tsargrad`, `德新社`): only words that name no outlet are checked (`显得极为关注`)
    if (!q.speaker || !q.speakerSpan || (q.speakerVia === 'media' && (MEDIA.test(q.speaker) || text.charAt(q.speakerSpan.start - 1) === '《' || overlapsMention(mentions, q.speakerSpan.start, q.speakerSpan.end)))) continue;
    // a body carried from its staff's clause, a role phrase from its own (`邓先生的儿子强调，……。“……”`): checked as the role
    const role = q.speakerVia === 'role' || carriedFromStaff(text, q.speaker, q.speakerVia, q.speakerSpan) || (q.speakerVia === 'carried' && parseSpeakerPhrase(q.speaker)?.cls === 'role');
    const { start, end } = q.speakerSpan, f = first.get(start);
    let v = f && f.role === role && f.end === end && f.speaker === q.speaker ? f.v : undefined;
    const key = f && !v ? `${role ? 'r' : ''}${start},${end},${q.speaker}` : null;
    if (key !== null) v = seen.get(key);
    if (!v) {
      // a role phrase is checked only for a body's unnamed staff (`腾讯员工` → `腾讯`)
      v = role ? roleVerdict(q.speaker, q.speakerSpan, mentions) : verdict(text, q.speaker, q.speakerSpan, mentions, read);
      if (key !== null) seen.set(key, v);
      else first.set(start, { role, end, speaker: q.speaker, v });
    }
    if (v.keep) continue;
    out ??= quotes.slice();
    const span = v.span;
    out[i] = span ? { ...q, speaker: text.slice(span.start, span.end), speakerSpan: span } : { ...q, speaker: null, speakerSpan: null, speakerVia: null };
  }
  return out ?? quotes;
}

function verdict(text: string, speaker: string, span: Span, mentions: readonly EntityMention[], read?: ReadWord): Verdict {
  // a speaker read from the end of a longer span (`中国香港足球总会主席|贝钧奇今早`), or from its start before a
  // gloss the reading left out (`特朗普上星期六|（10日）`), is checked on its own words
  if (span.end - span.start !== speaker.length) {
    if (span.end - span.start < speaker.length) return KEEP;
    if (text.slice(span.end - speaker.length, span.end) === speaker) span = { start: span.end - speaker.length, end: span.end };
    else if (text.slice(span.start, span.start + speaker.length) === speaker) span = { start: span.start, end: span.start + speaker.length };
    else return KEEP;
  }
  // `一位券商营业部负责人`, `另一位大型花炮集团的员工`: staff counted of a body described by kind words alone, which names
  // none (as against `一位国家电网的工作人员`, a body the entity analysis found): someone unnamed
  if (COUNTED_STAFF_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) && !overlapsMention(mentions, span.start, span.end) && read?.(speaker) === 'kinds') return NONE;
  // `北京的关先生`: a description, `的`, then a surname and a form of address no mention covers
  const addressed = DESCRIBED_ADDRESS.exec(speaker);
  if (addressed) return { keep: false, span: { start: span.end - addressed[1].length, end: span.end } };
  // `鹏鹏妈妈孙佳佳`, `男孩父亲廖先生`, `刘松仁的好友米雪`: someone's kin or friend, then their name: the name
  const kin = KIN_NAME.exec(speaker);
  const kinAt = kin ? span.end - kin[1].length : -1;
  const kinMention = kin ? mentions[firstAtOrAfter(mentions, kinAt)] : undefined;
  if (kin && (isAddress(kin[1]) || (kinMention?.start === kinAt && kinMention.end === span.end && kinMention.type === 'person') || (isChineseName(kin[1], false) || (isChineseName(kin[1], true) && /^(?:unknown|kinds|proper)$/.test(read?.(kin[1]) ?? ''))) && !/[地的着了]$/.test(kin[1]))) {
    return { keep: false, span: { start: span.end - kin[1].length, end: span.end } };
  }
  if (UNNAMED_KIN.test(speaker) || KIN_AFTER_NAME.test(text.slice(span.end, span.end + 2))) return NONE;
  let lead: EntityMention | null = null;
  let inner: EntityMention | null = null;
  for (let k = firstAtOrAfter(mentions, span.start); k < mentions.length && mentions[k].start < span.end; k++) {
    const m = mentions[k];
    if (m.end > span.end) continue;
    // `长沙市民蒋女士`, `80岁的李泽厚`, `湖南永州邓先生`: a person described before their name is the name
    // (`美联储理事鲍曼`, `新疆队主帅邱彪`, `该飞机生产商空中客车公司`: a title or trade the segmenter reads as a noun, before a person or a body)
    if (m.end === span.end) return m.start > span.start && describedName(text, span.start, m, mentions, k, read) ? { keep: false, span: { start: m.start, end: m.end } } : KEEP;
    if (m.start === span.start && (!lead || m.end > lead.end)) lead = m;
    else if (!inner && m.start > span.start && innerName(text, m)) inner = m;
  }
  // a body and its unnamed staff: the body (`北辰物流员工` → `北辰物流`)
  const staff = lead && staffOf(speaker, span, mentions);
  if (staff && !staff.keep) return staff;
  // a place opens many a phrase naming someone of it (`陕西一高三女生`): not cut back to the place, unless
  // only an adverb or a time follows it (`匈牙利一贯`, `以色列方面却`)
  if (lead?.type === 'place') {
    const adv = PLACE_THEN_ADVERB.exec(speaker.slice(lead.end - span.start));
    return adv ? { keep: false, span: { start: span.start, end: lead.end + (adv[1] ?? '').length } } : KEEP;
  }
  if (lead) return trimmed(speaker, span, lead.end - span.start);
  // a person or body the article names nearby, at the start (`奥特曼充满激情地写道`)
  const near = speaker.length > 2 ? nearbyName(speaker, span, mentions) : 0;
  if (near) return trimmed(speaker, span, near);
  // the one named inside a clause the rules took whole (`如黑利所言`, `仅有覃进展一人`)
  if (inner && !shaped(speaker, read)) return { keep: false, span: { start: inner.start, end: inner.end } };
  const latin = LATIN_LEAD.exec(speaker);
  if (latin && !LATIN_NAME.test(speaker) && speaker.length > 4) return trimmed(speaker, span, latin[0].length);
  // a name right after a title or role (`编剧文心告诉`, `导演四格认为`), even one that is a noun of the language
  if (speaker.length <= 4 && ENDS_WITH_ROLE.test(text.slice(Math.max(0, span.start - 8), span.start)) && titledName(speaker, read)) return KEEP;
  return speaker.split('、').every((s) => shaped(s, read)) ? KEEP : NONE;
}

/** A description ending in `的`, then a surname and a form of address: `北京的关先生`, `来自江城的王女士`. */
const DESCRIBED_ADDRESS = new RegExp(`^[^、和与及]{2,}的([\\u4e00-\\u9fa5](?:${ADDRESS_FORMS}))$`);
/** A crowd or role right before a name (`长沙市民`, `民航业内人士`), not a kin word (`刘松仁的好友米雪` is the kin rule's). */
const ROLE_BEFORE_NAME = /(?:市民|村民|居民|网友|游客|车主|业主|店主|老板|乘客|顾客|消费者|用户|人士|学生|患者|商户|司机|骑手|志愿者)$/;

/**
 * Whether the words of a speaker phrase before a person mention (`text[from, to)`) only describe them:
 * ending in `的` or a crowd or role word, or a place mention right before the name (`湖南永州邓先生`);
 * not a list (`张三和李四`). `k`: the mention's index in `mentions`.
 */
function describes(text: string, from: number, to: number, mentions: readonly EntityMention[], k: number): boolean {
  const before = text.slice(from, to);
  if (/[、和与及跟同]|[，,]/.test(before)) return false;
  if (before.endsWith('的') || ROLE_BEFORE_NAME.test(before) || ENDS_WITH_ROLE.test(before)) return true;
  const prev = mentions[k - 1];
  return !!prev && prev.type === 'place' && prev.end === to && prev.start >= from;
}

/** The person or body `m` (`mentions[k]`) ending a speaker phrase that opens at `from` is what the words before it describe. */
function describedName(text: string, from: number, m: EntityMention, mentions: readonly EntityMention[], k: number, read?: ReadWord): boolean {
  if (m.type === 'person') return describes(text, from, m.start, mentions, k) || titledBy(text.slice(from, m.start), read);
  return m.type === 'organization' && m.end - m.start >= 3 && titledBy(text.slice(from, m.start), read);
}

/** Words before a name in a speaker phrase ending in a title or trade the segmenter reads as one common noun (`理事`, `主帅`, `生产商`), no list. */
function titledBy(before: string, read?: ReadWord): boolean {
  if (!read || before.length < 2 || /[、和与及跟同，,]/.test(before)) return false;
  for (let n = 3; n >= 2; n--) if (before.length >= n && read(before.slice(-n)) === 'noun') return true;
  return false;
}

/** How far (characters) before and after a speaker a name it begins with is looked for. */
const NEAR_BEFORE = 3000;
const NEAR_AFTER = 1000;

/** The length of the longest person or body name mentioned near the speaker that it begins with (and goes past), or 0. */
function nearbyName(speaker: string, span: Span, mentions: readonly EntityMention[]): number {
  let best = 0;
  const from = firstAtOrAfter(mentions, span.start - NEAR_BEFORE);
  for (let k = from; k < mentions.length && mentions[k].start < span.end + NEAR_AFTER; k++) {
    const t = mentions[k].text;
    if (mentions[k].type !== 'place' && t.length >= 2 && t.length < speaker.length && t.length > best && speaker.startsWith(t)) best = t.length;
  }
  return best;
}

/** A person or body inside a speaker phrase that is a name of its own, not the middle of a longer one (`赛|富丽|娜`). */
function innerName(text: string, m: EntityMention): boolean {
  if (m.type === 'place' || !/[\u4e00-\u9fa5]/.test(m.text)) return false;
  return !(isTranslit(m.text) && isTranslit(text[m.start - 1]));
}

/**
 * A role phrase: a body's unnamed staff is the body (`腾讯员工` → `腾讯`), a person and their title the
 * person (`拜登总统` → `拜登`); someone's kin stays a role (`庄某的父亲`, `王群儿子`).
 */
function roleVerdict(speaker: string, span: Span, mentions: readonly EntityMention[]): Verdict {
  const staff = staffOf(speaker, span, mentions);
  if (!staff.keep || span.end - span.start !== speaker.length) return staff;
  const m = mentions[firstAtOrAfter(mentions, span.start)];
  if (!m || m.start !== span.start || m.type !== 'person' || m.end >= span.end) return KEEP;
  const rest = speaker.slice(m.end - span.start);
  // not someone's kin (`王群儿子`: the son, unnamed); a verb after the name (`张三看了看记者`) makes it the subject of a clause
  return (TITLE_ONLY.test(rest) && !KIN_ONLY.test(rest)) || VERB_THEN.test(rest) ? { keep: false, span: { start: m.start, end: m.end } } : KEEP;
}
const VERB_THEN = /^[\u4e00-\u9fa5]{1,2}[了着过](?![^，。]*的)/;
const TITLE_ONLY = new RegExp(`^${TITLE}$`);
const KIN_ONLY = new RegExp(`^(?:${RELATIVES}|${KIN}|助理)$`);

/** A body's mention opening the speaker, then only an unnamed member of its staff or an unnamed unit of it: the body (else KEEP). */
function staffOf(speaker: string, span: Span, mentions: readonly EntityMention[]): Verdict {
  if (span.end - span.start !== speaker.length) return KEEP;
  const k = firstAtOrAfter(mentions, span.start);
  const m = mentions[k];
  if (!m || m.start !== span.start || m.type !== 'organization' || m.end >= span.end) return KEEP;
  const rest = speaker.slice(m.end - span.start);
  return BODY_STAFF.test(rest) || UNIT_OF.test(rest) ? { keep: false, span: { start: m.start, end: m.end } } : KEEP;
}
/** An unnamed unit or line of business of a body, after its name: `相关科室`, `相关业务`, `市场销售`, `承办` (its staff speak for the body). */
const UNIT_OF = /^的?(?:相关|有关)?(?:科室|部门|业务部门|业务|市场销售|销售|承办)$/;

const OWN_DOCUMENT = new RegExp(`^的?[\\u4e00-\\u9fa5]{0,4}(?:${DOCUMENT_NOUNS}|提案|名单|清单|文件|通知|草案|决议|官网|网站|表态|评论|批评|回应|答复|讲话|发言|说法)[上中里内]?$`);
const WITH_WHEN = /^[与和跟同][^、，,]{1,20}(?:时|后|期间|之际|之后)$/;

/** The speaker cut after its first `n` characters, unless what follows names someone else or a group. */
function trimmed(speaker: string, span: Span, n: number): Verdict {
  const rest = speaker.slice(n);
  const name = speaker.slice(0, n);
  // one character more is a name the mention cut short (`钟睒|睒`, `武大|靖`), unless a grammar word (`张勇自`);
  // a transliteration goes on (`维克拉马|辛哈`)
  if ((rest.length === 1 && !GRAMMAR_CHAR.test(rest)) || (isTranslit(name) && isTranslit(rest))) return KEEP;
  // `布林肯与王毅通电话时`: a time clause with someone else, not a list of speakers; `欧盟的制裁提案上`: its document speaks for it;
  // `太仓城发集团方面`: the body itself, as named
  if (WITH_WHEN.test(rest) || OWN_DOCUMENT.test(rest) || rest === '方面') return { keep: false, span: { start: span.start, end: span.start + n } };
  if (JOINED.test(rest) || ROLE_INSIDE.test(rest) || ROLE_END.test(rest) || MEDIA.test(rest) || ORG_END.test(rest) || STAFF.test(rest) || ENDS_WITH_ROLE.test(rest)) return KEEP;
  return { keep: false, span: { start: span.start, end: span.start + n } };
}

const CLAUSE_GOES_ON = /^[的地得之很太最更都也还又就在是了着过把被让不没]/;

/** A speaker with no mention at its start or end: kept when shaped like a name, a role or a body (`武立中`, `董某`, `两大农业工会`; not `常言`). */
export function shaped(s: string, read?: ReadWord): boolean {
  if (LATIN_NAME.test(s) || /[·•]/.test(s) || HYPHENATED.test(s) || (s.length <= 4 && /[A-Za-z]/.test(s)) || PRONOUN.test(s)) return true;
  // transliteration characters spell words too: one the segmenter knows as a common noun is one (`“……”基本要求`)
  if (isAddress(s) || (WITHHELD.test(s) && SURNAMES.has(s[0])) || isNickname(s) || (isTranslit(s) && read?.(s) !== 'noun')) return true;
  const role = ROLE_THEN_NAME.exec(s);
  // a name opens with none of the words that go on a clause (`学生|的脸`, `父亲|很生气`)
  if (role && !CLAUSE_GOES_ON.test(role[1]) && (!read || read(role[1]) !== 'common')) return true;
  if (ROLE_END.test(s) || ENDS_WITH_ROLE.test(s) || STAFF.test(s) || ORG_END.test(s) || MEDIA.test(s)) return true;
  const reading = read ? read(s) : 'unknown';
  if (reading === 'proper') return true;
  // a name the entity analysis did not find (`武立中`, `钟睒睒`), not a word of the language (`来源`, `常言`)
  return nameShape(s) && notOneWord(reading);
}

/** A surname and one or two characters (`林晓雨`, `欧阳修`): the segmenter's reading tells a name from a word. */
function nameShape(s: string): boolean {
  const n = surnameLength(s, true);
  return n > 0 && isHan(s) && s.length - n >= 1 && s.length - n <= 2;
}

/** After a title: a word the segmenter reads as a noun or a proper noun, or an unknown word shaped like a name. */
function titledName(s: string, read?: ReadWord): boolean {
  const reading = read ? read(s) : 'unknown';
  return reading === 'noun' || reading === 'proper' || (notOneWord(reading) && (nameShape(s) || isTranslit(s)));
}
