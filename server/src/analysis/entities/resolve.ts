import type { EntityMention } from '../types';
import type { Candidate } from './shared';

/**
 * Picks non-overlapping candidates: user entries first, then the longest span, then the higher
 * priority: `中国国防部` (organization) wins over `中国` (place) inside it.
 */
export function resolveCandidates(text: string, candidates: Candidate[], suppressed: { start: number; end: number; word: string }[]): EntityMention[] {
  const sorted = candidates
    .filter((c) => c.end > c.start && !suppressed.some((s) => (c.start >= s.start && c.end <= s.end) || text.slice(c.start, c.end) === s.word))
    .sort((a, b) => Number(b.rule === 'user-lexicon') - Number(a.rule === 'user-lexicon') || b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of sorted) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  return taken
    .sort((a, b) => a.start - b.start)
    .map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, rule: c.rule }));
}
