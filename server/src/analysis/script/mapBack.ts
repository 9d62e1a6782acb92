// An analysis of the Simplified view, told in the original characters and offsets.
import type { ArticleAnalysis, Block, Claim, DateMention, Entity, EntityMention, Finding, Quote, Span } from '../types';
import type { SimplifiedView } from './convert';

/**
 * `analysis` (of the Simplified view) with every span, mention, entity name, date and quote text in
 * `original`'s characters: `台湾` at 0–2 of the view of `臺灣…` → `臺灣` at 0–2. New objects: the
 * analysis's own may belong to a document cache, which keeps them in view offsets.
 */
export function toOriginalAnalysis(a: ArticleAnalysis, original: string, view: SimplifiedView): ArticleAnalysis {
  const { map } = view;
  const span = (s: Span): Span => map.toOriginalSpan(s);
  const slice = (s: Span): string => original.slice(s.start, s.end);
  const blocks = a.blocks.map((b): Block => ({ ...b, ...span(b), content: span(b.content) }));
  const mentions = a.mentions.map((m): EntityMention => { const s = span(m); return { ...m, ...s, text: slice(s) }; });
  const byEntity = new Map<string, number[]>();
  a.mentions.forEach((m, i) => { if (m.entityId) (byEntity.get(m.entityId) ?? byEntity.set(m.entityId, []).get(m.entityId)!).push(i); });
  const entities = a.entities.map((e) => toOriginalEntity(e, span, slice, (byEntity.get(e.id) ?? []).map((i) => [a.mentions[i].text, mentions[i].text])));
  const names = originalNames(a.mentions, mentions, a.entities, entities);
  const dates = a.dates.map((d): DateMention => { const s = span(d); return { ...d, ...s, text: slice(s) }; });
  const quotes = a.quotes.map((q): Quote => {
    const inner = span(q.inner);
    const speaker = q.speaker === null ? null : (names.get(q.speaker) ?? writtenAs(q.speaker, q.speakerSpan, view, span, slice));
    return { ...q, ...span(q), inner, text: slice(inner), speaker, speakerSpan: q.speakerSpan && span(q.speakerSpan) };
  });
  const claims = toOriginalClaims(a, { mentions, dates }, span, slice);
  const findings = a.findings.map((f): Finding => ({ ...f, ...span(f), ...(f.related && { related: f.related.map((r) => ({ ...r, ...span(r) })) }) }));
  const publicationDate = a.publicationDate && { ...a.publicationDate, span: a.publicationDate.span && span(a.publicationDate.span) };
  const title = a.title ? blocks[a.blocks.indexOf(a.title)] ?? null : null;
  return { title, blocks, publicationDate, entities, mentions, dates, quotes, claims, findings };
}

/** The claims in original offsets and characters, their entities and dates the mapped mentions. */
function toOriginalClaims(a: ArticleAnalysis, mapped: Pick<ArticleAnalysis, 'mentions' | 'dates'>, span: (s: Span) => Span, slice: (s: Span) => string): Claim[] {
  const same = <T>(from: readonly T[], to: readonly T[]): Map<T, T> => new Map(from.map((x, i) => [x, to[i]]));
  const mentions = same(a.mentions, mapped.mentions);
  const dates = same(a.dates, mapped.dates);
  return a.claims.map((c): Claim => {
    const s = span(c);
    const numbers = c.numbers.map((n) => { const ns = span(n); return { ...n, ...ns, text: slice(ns) }; });
    return { ...c, ...s, text: slice(s), numbers, entities: c.entities.map((m) => mentions.get(m) ?? m), dates: c.dates.map((d) => dates.get(d) ?? d) };
  });
}

/**
 * An entity with its name and aliases as written: `台湾` with mentions `臺灣`, `台灣` → name `臺灣`
 * (the first mention whose view is the canonical name), aliases `台灣` (every other written form).
 */
function toOriginalEntity(e: Entity, span: (s: Span) => Span, slice: (s: Span) => string, texts: [view: string, written: string][]): Entity {
  const mentions = e.mentions.map(span);
  const forms = [...new Set(mentions.map(slice))];
  const name = texts.find(([view]) => view === e.name)?.[1] ?? forms[0] ?? e.name;
  return { ...e, name, aliases: forms.filter((f) => f !== name), mentions };
}

/** Each view name (mention texts, entity names) → its first written form: the speaker of a quote. */
function originalNames(view: readonly EntityMention[], mentions: readonly EntityMention[], viewEntities: readonly Entity[], entities: readonly Entity[]): Map<string, string> {
  const names = new Map<string, string>();
  viewEntities.forEach((e, i) => names.set(e.name, entities[i].name));
  view.forEach((m, i) => { if (!names.has(m.text)) names.set(m.text, mentions[i].text); });
  return names;
}

/**
 * A speaker that is no entity name (`总统室官员`) as written: at its span when the span reads it,
 * else where it first occurs in the view; as it is (Simplified) when it is not in the text.
 */
function writtenAs(speaker: string, at: Span | null, view: SimplifiedView, span: (s: Span) => Span, slice: (s: Span) => string): string {
  let start = at && view.text.startsWith(speaker, at.start) ? at.start : -1;
  if (start < 0) start = view.text.indexOf(speaker);
  return start < 0 ? speaker : slice(span({ start, end: start + speaker.length }));
}
