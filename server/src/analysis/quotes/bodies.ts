/**
 * Bodies named by anaphora: `该局工作人员称` or `该公司表示` speaks for the bureau or company the
 * article named before (`清涧县林业和草原局`), maybe paragraphs earlier and without saying anything
 * itself. A unit sees only its own paragraphs and no organization mentions, so this is a pass over the
 * finished quotes of the article, like `wrapped.ts`: pure, a quote it changes is a new object.
 */
import type { EntityMention, Quote, Span } from '../types';

/** `该局`, `此公司`, `这家医院`: a demonstrative and the kind of body. */
const ANAPHORIC = /^(?:该|此|这家|这个|本)([\u4e00-\u9fa5]{1,3})$/;
/** Kinds that any organization may be (`该机构`, `该部门`). */
const ANY_KIND = /^(?:机构|组织|部门|单位)$/;
/** `该校` is a school of any kind. */
const SCHOOL = /(?:学校|大学|学院|中学|小学|校)$/;

/**
 * The quotes with `该局`-like speakers replaced by the last organization of that kind mentioned before
 * them (`该局` → `清涧县林业和草原局`, via `role`); a quote whose speaker was carried or resolved from
 * the same words follows. Unchanged (the same array) when there is nothing to replace.
 */
export function resolveBodies(quotes: Quote[], mentions: readonly EntityMention[]): Quote[] {
  let out: Quote[] | null = null;
  const found = new Map<string, { name: string; span: Span }>();
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!q.speaker || !q.speakerSpan) continue;
    const key = `${q.speakerSpan.start},${q.speakerSpan.end}`;
    let body = found.get(key);
    if (!body) {
      const m = ANAPHORIC.exec(q.speaker);
      const named = m ? lastOfKind(m[1], q.speakerSpan.start, mentions) : null;
      if (!named) continue;
      body = { name: named.text, span: { start: named.start, end: named.end } };
      found.set(key, body);
    }
    out ??= quotes.slice();
    out[i] = { ...q, speaker: body.name, speakerSpan: body.span, speakerVia: q.speakerVia === 'carried' ? 'carried' : 'role' };
  }
  return out ?? quotes;
}

/** The last organization mention before `before` (mentions in document order) whose name ends with the kind (`局`), if any. */
function lastOfKind(kind: string, before: number, mentions: readonly EntityMention[]): EntityMention | null {
  let best: EntityMention | null = null;
  for (const m of mentions) {
    if (m.start >= before) continue;
    if (m.type !== 'organization' || ANAPHORIC.test(m.text) || m.text.length <= kind.length) continue;
    if (ANY_KIND.test(kind) || (kind === '校' ? SCHOOL.test(m.text) : m.text.endsWith(kind))) best = m;
  }
  return best;
}
