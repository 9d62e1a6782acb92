/**
 * Model spans that run into a date: the date recognizer's expressions are surer than the model's
 * boundaries where the two cross (`袁达日前介绍` read `袁达日`, `本周五伯克希尔` read `五伯克希尔`, `此前卫健局` read
 * `前卫健局`, `周四大涨` read `周四大`). A mention of the model alone that a date crosses keeps what lies outside
 * the date (`袁达`, `伯克希尔`, `卫健局`), or goes when that is no name (one character, or a verb: `2月4日上岛` read
 * `日上岛`). A person the date opens, or whose surname alone lies before it, stays as read: the name is the surer
 * reading there (`周一鸣`, `徐八月`).
 */
import type { EntityMention, Span, Token } from '../types';
import { MODEL_REPEATED } from './modelEvidence';

/** Rules of the entity model alone. */
const MODEL_RULES: ReadonlySet<string> = new Set(['model', MODEL_REPEATED]);
/** A mention a lexicon or a rule found, not the model alone: a date inside it is part of the name (`南方周末`). */
export const notModelAlone = (m: EntityMention): boolean => !MODEL_RULES.has(m.rule);
/** Tags of a segmenter word that is no name by itself: verbs, adverbs, grammar, numbers, time words. */
const NOT_NAME_TAGS: ReadonlySet<string> = new Set(['v', 'vd', 'vn', 'd', 'p', 'c', 'u', 'uj', 'ul', 'f', 'm', 'q', 'r', 't']);

/**
 * One paragraph's `mentions` with the model's spans that a date of `dates` (the date expressions' spans: the
 * entities layer does not read the dates module) crosses cut back to what lies outside it, or dropped; the same
 * array when no date crosses one.
 */
export function trimAtDates(text: string, mentions: EntityMention[], dates: readonly Span[], tokens: readonly Token[]): EntityMention[] {
  if (!dates.length) return mentions;
  let out: EntityMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const d = MODEL_RULES.has(m.rule) ? dates.find((e) => crosses(e, m)) : undefined;
    const kept = d ? outside(text, m, d, tokens) : m;
    if (kept !== m) out ??= mentions.slice(0, i);
    if (out && kept) out.push(kept);
  }
  return out ?? mentions;
}

/** The date and the mention overlap, and the date does not hold the whole mention (that is the date, read twice). */
const crosses = (d: Span, m: EntityMention): boolean => d.start < m.end && m.start < d.end && !(d.start <= m.start && m.end <= d.end);

/** What of `m` lies outside date `d` (after it where the date opens the mention, else before it), or null when that is no name. */
function outside(text: string, m: EntityMention, d: Span, tokens: readonly Token[]): EntityMention | null {
  const opens = d.start <= m.start;
  // a person the date opens stays as read (`周一鸣`): the name is the surer reading there
  if (opens && m.type === 'person') return m;
  const start = opens ? d.end : m.start;
  let end = opens ? m.end : d.start;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  // a surname before a month or day word is a name that holds one (`徐八月`), not a cut one
  if (end - start < 2) return m.type === 'person' ? m : null;
  const word = tokens.find((t) => t.start === start && t.end === end);
  if (word && NOT_NAME_TAGS.has(word.tag)) return null;
  return { ...m, start, end, text: text.slice(start, end) };
}
