/**
 * Which speech clause of a quote's sentence governs it (`speakers.ts`): the last one before it, or an
 * earlier one whose report holds a later clause that names no speaker.
 */
import type { EntityMention } from '../types';
import type { SpeechClause } from './clauses';
import { clauseStart, type BlockView } from './view';
import { firstAtOrAfter } from '../entities/shared';

/** The last speech clause in the quote's sentence before it, or -1. */
export function nearestClause(clauses: SpeechClause[], sentence: number, view: BlockView, named: readonly EntityMention[]): number {
  // `她2天前就说过此案受保障，“……”`: a verb with its object and no subject read governs only when no other clause does
  let closed = -1;
  for (let i = clauses.length - 1; i >= 0; i--) if (clauses[i].sentence === sentence) { if (clauses[i].open || !clauses[i].rejected) return clauses[i].rejected ? reporting(clauses, i, view, named) : i; if (closed < 0) closed = i; }
  return closed;
}

/**
 * `张军社表示，此次巡查……，也是对台当局发出严重警告，“……”`: a clause whose words name no speaker, inside what an
 * earlier speech clause of its sentence reports, is part of that report; the earlier clause governs the quote (not an
 * outlet's: what a report tells is mostly others' words, `据台《经济日报》报道，……负责人……只说“……”`).
 */
function reporting(clauses: SpeechClause[], at: number, view: BlockView, named: readonly EntityMention[]): number {
  const c = clauses[at];
  // (not a clause a body or person opens, which the rules did not read as a speaker: `中共中央政治局第十一次集体学习指出`)
  const from = view.start + clauseStart(view.masked, c.at - view.start, c.sentence - view.start);
  const opening = from + /^[\s*_]*/.exec(view.masked.slice(from - view.start))![0].length;
  for (let k = firstAtOrAfter(named, opening); k < named.length && named[k].start === opening; k++) if (named[k].type !== 'place') return at;
  for (let j = at - 1; j >= 0 && clauses[j].sentence === c.sentence; j--) {
    const r = clauses[j];
    if (r.open && !r.rejected && !r.media && r.phrase && r.phrase.cls !== 'indefinite' && r.phrase.cls !== 'media' && r.end <= c.at) return j;
  }
  return at;
}
