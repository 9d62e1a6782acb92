/**
 * Bodies named by anaphora: `该局工作人员称` or `该公司表示` speaks for the bureau or company the
 * article named before (`清涧县林业和草原局`), maybe paragraphs earlier and without saying anything
 * itself. A unit sees only its own paragraphs and no organization mentions, so this is a pass over the
 * finished quotes of the article, like `wrapped.ts`: pure, a quote it changes is a new object.
 */
import type { EntityMention, Quote, Span } from '../types';
import { BARE_KIND, BARE_STAFF, MEDICS } from './speakerPhrase';
import { MEDIA, ORG_END } from './lexicon';
import { firstAtOrAfter } from '../entities/shared';

/** `该局`, `此公司`, `这家医院`: a demonstrative and the kind of body; its website or account speaks for it (`该研究所网站`). */
const ANAPHORIC = /^(?:该|此|这家|这个|本)([\u4e00-\u9fa5]{1,3}?)(?:网站|官网|官方网站|官方微博|微博|公众号|账号)?$/;
/** Kinds that any organization may be (`该机构`, `该部门`). */
const ANY_KIND = /^(?:机构|组织|部门|单位)$/;
/** `该公司`, `公司一名高管`: a company or group. */
const COMPANY = /(?:公司|集团|股份|控股|企业)$/;
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
      const bare = BARE_KIND.test(q.speaker);
      const staff = !m && !bare && BARE_STAFF.test(q.speaker);
      if (!m && !bare && !staff) continue;
      const named = staff ? lastInParagraph(text, q.speakerSpan.start, mentions, MEDICS.test(q.speaker) ? HOSPITAL : undefined) : lastOfKind(m ? m[1] : q.speaker, q.speakerSpan.start, mentions);
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

/** The last organization mention before `before` (mentions in document order) whose name ends with the kind (`局`), if any. */
function lastOfKind(kind: string, before: number, mentions: readonly EntityMention[]): EntityMention | null {
  // from the last mention before `before` backwards: the first that fits is the last in document order
  for (let i = firstAtOrAfter(mentions, before) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.type !== 'organization' || ANAPHORIC.test(m.text) || m.text.length <= kind.length) continue;
    if (ANY_KIND.test(kind) || (kind === '校' ? SCHOOL.test(m.text) : kind === '公司' ? COMPANY.test(m.text) : m.text.endsWith(kind))) return m;
  }
  return null;
}

/**
 * `致电泾川县城关镇政府，值班工作人员表示`: the last organization mention before `before` in the same
 * paragraph (no blank line between), within 300 characters, not an outlet.
 */
function lastInParagraph(text: string, before: number, mentions: readonly EntityMention[], kind?: RegExp): EntityMention | null {
  let best: EntityMention | null = null;
  for (let i = firstAtOrAfter(mentions, before) - 1; i >= 0 && !best; i--) {
    const m = mentions[i];
    // the reporter's outlet (`红星新闻记者致电……`, `山海新财经致电……`) is not the body its staff speak for
    if (m.type === 'organization' && before - m.end <= 300 && !MEDIA.test(m.text) && !isCaller(text, m) && (!kind || kind.test(m.text))) best = m;
  }
  if (best && !/\n\s*\n/.test(text.slice(best.end, before))) return best;
  return kind ? null : calledBody(text, before);
}

/** After the one who called (`山海新财经致电`, `本报记者联系`). */
const CALLER = /^(?:的?记者)?(?:致电|电话联系|联系|拨打|采访|询问|咨询|走访)/;
/** `m` is the one who called or asked, not the one asked (`向住建局咨询`). */
const isCaller = (text: string, m: EntityMention): boolean => CALLER.test(text.slice(m.end, m.end + 8)) && !/[向对给找]/.test(text.charAt(m.start - 1));

/** Where doctors and nurses work (`医生称`: the hospital named before them in the paragraph). */
const HOSPITAL = /(?:医院|卫生院|诊所|医疗中心|卫生服务中心)$/;

/** `记者致电泾川县城关镇政府，`: the body a reporter called or visited, named with an organization ending. */
const CALLED = /(?:致电|电话联系|联系到|联系了?|采访了?|询问了?|咨询了?|走访了?|来到|前往)([\u4e00-\u9fa5A-Za-z]{3,24}?)(?=[，。；、\s]|$)/g;

/**
 * The last body (shaped by {@link ORG_END}) called or visited in the paragraph before `before`, when the
 * entity lists did not know it: a span of the text, typed as an organization.
 */
function calledBody(text: string, before: number): EntityMention | null {
  const para = Math.max(text.lastIndexOf('\n\n', before), before - 300, 0);
  const window = text.slice(para, before);
  let best: EntityMention | null = null;
  CALLED.lastIndex = 0;
  for (let m = CALLED.exec(window); m; m = CALLED.exec(window)) {
    if (!ORG_END.test(m[1]) || MEDIA.test(m[1])) continue;
    const start = para + m.index + m[0].length - m[1].length;
    best = { start, end: start + m[1].length, text: m[1], type: 'organization' } as EntityMention;
  }
  return best;
}
