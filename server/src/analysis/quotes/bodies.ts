/**
 * Bodies named by anaphora: `该局工作人员称` or `该公司表示` speaks for the bureau or company the
 * article named before (`清涧县林业和草原局`), maybe paragraphs earlier and without saying anything
 * itself. A unit sees only its own paragraphs and no organization mentions, so this is a pass over the
 * finished quotes of the article, like `wrapped.ts`: pure, a quote it changes is a new object.
 */
import type { EntityMention, Quote, Span } from '../types';
import { BARE_KIND, BARE_STAFF, MEDICS } from './speakerPhrase';
import { BODY_SIDE } from './staffPhrase';
import { HOSPITAL_KINDS, MEDIA, ORG_END } from './lexicon';
import { firstAtOrAfter, lastIndexWithin } from '../entities/shared';
import { roleAntecedent } from './roleRefs';

/** `该局`, `此公司`, `这家医院`: a demonstrative and the kind of body; its website or account speaks for it (`该研究所网站`). */
const ANAPHORIC = /^(?:该|此|这家|这个|本)([\u4e00-\u9fa5]{1,3}?)(?:网站|官网|官方网站|官方微博|微博|公众号|账号)?$/;
/** Kinds that any organization may be (`该机构`, `该部门`). */
const ANY_KIND = /^(?:机构|组织|部门|单位)$/;
/** `该公司`, `公司一名高管`: a company or group. */
const COMPANY = /(?:公司|集团|股份|控股|企业)$/;
/** A village, or its committee. */
const VILLAGE = /村(?:委会|民委员会)?$/;
/** `该校` is a school of any kind. */
const SCHOOL = /(?:学校|大学|学院|中学|小学|校)$/;

/**
 * The quotes with `该局`-like speakers replaced by the last organization of that kind mentioned before
 * them (`该局` → `清涧县林业和草原局`, via `role`); a quote whose speaker was carried or resolved from
 * the same words follows. Unchanged (the same array) when there is nothing to replace.
 */
export function resolveBodies(text: string, quotes: Quote[], mentions: readonly EntityMention[]): Quote[] {
  let out: Quote[] | null = null;
  // by the speaker span's start, then its end: no key string built for each quote with a speaker
  const found = new Map<number, Map<number, { name: string; span: Span } | null>>();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.speaker || !q.speakerSpan) continue;
    const { start, end } = q.speakerSpan;
    let body = found.get(start)?.get(end);
    if (body === undefined) {
      const m = ANAPHORIC.exec(q.speaker);
      const side = BODY_SIDE.exec(q.speaker);
      const bare = BARE_KIND.test(q.speaker) || !!side;
      const staff = !m && !bare && BARE_STAFF.test(q.speaker);
      if (!m && !bare && !staff) continue;
      const kind = m ? m[1] : side ? side[1] ?? '公司' : q.speaker;
      const named = staff ? lastInParagraph(text, q.speakerSpan.start, mentions, MEDICS.test(q.speaker) ? HOSPITAL : undefined) : lastOfKind(kind, q.speakerSpan.start, mentions);
      // `工作人员`, `公司` with no body of theirs named: no one in particular
      if (!named && !bare && !staff) continue;
      body = named ? { name: named.text, span: { start: named.start, end: named.end } } : null;
      const ends = found.get(start);
      if (ends) ends.set(end, body);
      else found.set(start, new Map([[end, body]]));
    }
    out ??= quotes.slice();
    out[i] = body ? { ...q, speaker: body.name, speakerSpan: body.span, speakerVia: q.speakerVia === 'carried' ? 'carried' : 'role' } : { ...q, speaker: null, speakerSpan: null, speakerVia: null };
  }
  return out ?? quotes;
}

/** A role named again, right before its verb (`这位人士表示：`, `该专家对记者说，`). */
const ROLE_AGAIN = '((?:这|该|那|上述|前述)(?:位|名|个)?[\\u4e00-\\u9fa5]{2,8}?)(?:还|也|又|则|再次)?(?:对记者|向记者)?(?:表示|说|称|介绍|透露|告诉记者|坦言|指出|强调|回应)';
const ROLE_BEFORE = new RegExp(`${ROLE_AGAIN}[：:，,]?\\s*$`);
const ROLE_AFTER = new RegExp(`^[，,]?${ROLE_AGAIN}`);
/** Speakers found by reference or carried, which a role named in the quote's own clause may correct. */
const RESOLVED_LATER = new Set(['pronoun', 'carried', 'topic', 'ranked']);

/**
 * `记者联系上了一位星海足球俱乐部的相关人士。` / `“……”该人士表示。`: a role named again in the quote's speech
 * clause stands for the body or person its introduction named, also paragraphs before (a unit reads only
 * its own text). The quotes with those speakers.
 */
export function resolveRolesAgain(text: string, quotes: Quote[], mentions: readonly EntityMention[]): Quote[] {
  let out: Quote[] | null = null;
  const floor = { text, named: mentions, last: null };
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    // a quote its own clause governs keeps that clause's speaker (`路透社称，“……”这名官员说，“……”`)
    if (q.kind !== 'speech' || (q.speakerVia !== null && !RESOLVED_LATER.has(q.speakerVia))) continue;
    const before = ROLE_BEFORE.exec(text.slice(Math.max(0, q.start - 24), q.start));
    const after = before ? null : ROLE_AFTER.exec(text.slice(q.end, q.end + 24));
    const m = before ?? after;
    if (!m) continue;
    const at = before ? q.start - (before.input.length - before.index) : q.end + m[0].indexOf(m[1]);
    // not the one spoken to (`他对这位总统说`)
    if (/[对向给跟和与]/.test(text.charAt(at - 1))) continue;
    const who = roleAntecedent(at, floor, m[1]);
    if (!who || q.speakerSpan?.start === who.span.start || q.speaker === who.name) continue;
    out ??= quotes.slice();
    out[i] = { ...q, speaker: who.name, speakerSpan: { ...who.span }, speakerVia: 'role' };
  }
  return out ?? quotes;
}

/**
 * `斯里兰卡总统拉尼尔·维克拉马辛哈……斯里兰卡总统直言，“……”`: a role phrase read as the speaker that the
 * article wrote earlier right before a person's name stands for that person (the last one so named).
 */
export function resolveTitledRoles(text: string, quotes: Quote[], mentions: readonly EntityMention[]): Quote[] {
  let out: Quote[] | null = null;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.kind !== 'speech' || q.speakerVia !== 'role' || !q.speaker || !q.speakerSpan || q.speaker.length < 3) continue;
    const m = titledPerson(text, q.speaker, q.speakerSpan.start, mentions);
    if (!m) continue;
    out ??= quotes.slice();
    out[i] = { ...q, speaker: m.text, speakerSpan: { start: m.start, end: m.end }, speakerVia: 'role' };
  }
  return out ?? quotes;
}

/** How far back (UTF-16 units) {@link titledPerson} looks for the role written before a name, and how many times of it at most. */
const TITLED_REACH = 2000;
const TITLED_TRIES = 8;

/** The person named right after `role` last before `before`, within {@link TITLED_REACH}; not a former holder (`前美国总统特朗普`). */
function titledPerson(text: string, role: string, before: number, mentions: readonly EntityMention[]): EntityMention | null {
  const floor = Math.max(0, before - TITLED_REACH);
  for (let at = lastIndexWithin(text, role, before - 1, floor), tries = 0; at >= 0 && tries < TITLED_TRIES; at = lastIndexWithin(text, role, at - 1, floor), tries++) {
    const m = mentions[firstAtOrAfter(mentions, at + role.length)];
    if (!m || m.start !== at + role.length || m.type !== 'person') continue;
    if (/(?:前|时任|原|前任|已故|退休|卸任)$/.test(text.slice(Math.max(0, at - 2), at))) return null;
    return m;
  }
  return null;
}

/** The last organization mention before `before` (mentions in document order) whose name ends with the kind (`局`), if any. */
function lastOfKind(kind: string, before: number, mentions: readonly EntityMention[]): EntityMention | null {
  // from the last mention before `before` backwards: the first that fits is the last in document order
  for (let i = firstAtOrAfter(mentions, before) - 1; i >= 0; i--) {
    const m = mentions[i];
    // a village is a place (`青山村`) or its committee (`青山村村委会`); every other kind an organization
    if ((kind === '村' ? m.type === 'person' : m.type !== 'organization') || ANAPHORIC.test(m.text) || m.text.length <= kind.length) continue;
    const fits = KIND_NAMES.get(kind);
    if (ANY_KIND.test(kind) || (fits ? fits.test(m.text) : m.text.endsWith(kind))) return m;
  }
  return null;
}

/**
 * `致电泾川县城关镇政府，值班工作人员表示`: the body called in the staff's paragraph, else the last
 * organization mention before `before` in the same paragraph (no blank line between), within 300
 * characters, not an outlet.
 */
function lastInParagraph(text: string, before: number, mentions: readonly EntityMention[], kind?: RegExp): EntityMention | null {
  // `致电李家堡镇人民政府，针对起雾山社火队一事，工作人员表示`: the body called in the staff's own paragraph
  const called = kind ? null : calledBody(text, before);
  if (called && !/\n/.test(text.slice(called.end, before))) return called;
  let best: EntityMention | null = null;
  for (let i = firstAtOrAfter(mentions, before) - 1; i >= 0 && !best; i--) {
    const m = mentions[i];
    // the reporter's outlet (`红星新闻记者致电……`, `山海新财经致电……`) is not the body its staff speak for
    if (m.type === 'organization' && before - m.end <= 300 && !MEDIA.test(m.text) && !isCaller(text, m) && (!kind || kind.test(m.text))) best = m;
  }
  if (best && !/\n\s*\n/.test(text.slice(best.end, before))) return best;
  return kind ? null : calledBody(text, before);
}

/** After the one who called (`山海新财经致电`, `本报记者联系`, `中新经纬以客户身份拨打`). */
const CALLER = /^(?:的?记者)?(?:以[\u4e00-\u9fa5]{1,6}身份)?(?:致电|电话联系|联系|拨打|采访|询问|咨询|走访)/;
/** `m` is the one who called or asked, not the one asked (`向住建局咨询`). */
const isCaller = (text: string, m: EntityMention): boolean => CALLER.test(text.slice(m.end, m.end + 8)) && !/[向对给找]/.test(text.charAt(m.start - 1));

/** Where doctors and nurses work (`医生称`: the hospital named before them in the paragraph). */
const HOSPITAL = new RegExp(`(?:${HOSPITAL_KINDS})$`);
/** Kinds whose bodies end in other words than the kind (`该校`, `学校` → `江城市实验中学`; `村` → `青山村`, `青山村村委会`). */
const KIND_NAMES: ReadonlyMap<string, RegExp> = new Map([['校', SCHOOL], ['学校', SCHOOL], ['医院', HOSPITAL], ['公司', COMPANY], ['村', VILLAGE]]);

/** `记者致电泾川县城关镇政府，`, `拨打成都市民族宗教事务局电话，`, `拨打邮政银行客服电话，`: the body a reporter called or visited, named with an organization ending. */
const CALLED = /(?:致电了?|(?:电话)?联系(?:上|到)?了?|拨(?:打|通)了?|采访了?|询问了?|咨询了?|走访了?|来到|前往)([\u4e00-\u9fa5A-Za-z]{3,24}?)(?:的?(?:客服|服务)?(?:电话|热线))?(?=[，。；、\s]|$)/g;

/**
 * Places run by a body, whose staff speak for it when a reporter calls or visits (`致电鹅大队探险乐园，一位工作人员表示`):
 * scenic areas, parks, zoos, museums, hotels, malls, ski resorts.
 */
const VENUE_END = /(?:景区|乐园|度假区|海洋馆|海洋公园|动物园|植物园|博物馆|酒店|宾馆|商场|游乐场|滑雪场)$/;
/** A venue not named: `这家酒店`, `该景区`, `一家商场`. */
const UNNAMED_VENUE = /^(?:这|那|该|此|一|某|上述|当地)/;

/**
 * The last body (shaped by {@link ORG_END}, or a venue: {@link VENUE_END}) called or visited in the paragraph before `before`, when the
 * entity lists did not know it: a span of the text, typed as an organization.
 */
function calledBody(text: string, before: number): EntityMention | null {
  const para = Math.max(text.lastIndexOf('\n\n', before), before - 300, 0);
  const window = text.slice(para, before);
  let best: EntityMention | null = null;
  CALLED.lastIndex = 0;
  for (let m = CALLED.exec(window); m; m = CALLED.exec(window)) {
    if (!(ORG_END.test(m[1]) || (VENUE_END.test(m[1]) && !UNNAMED_VENUE.test(m[1]))) || MEDIA.test(m[1])) continue;
    const start = para + m.index + m[0].length - m[1].length;
    best = { start, end: start + m[1].length, text: m[1], type: 'organization' } as EntityMention;
  }
  return best;
}
