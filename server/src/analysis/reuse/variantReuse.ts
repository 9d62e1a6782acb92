import type { Entity, EntityMention, Finding } from '../types';
import { findNameVariantsWithFirsts } from '../quotes/nameVariants';

/**
 * The last name-variant findings, kept for the next analysis of the document: when entity grouping was
 * reused whole (the same `entities` array: an edit that touched no name), names, counts and groups are
 * the same, so the findings are too, their spans moved to where their first mentions now are.
 */
export interface NameVariantMemo {
  entities: readonly Entity[] | null;
  findings: Finding[];
  /** For each finding, the indices of the variant's and the main spelling's first mentions. */
  firsts: number[];
}

/**
 * `findNameVariants(mentions)` reusing the last result in `memo` (updated for the next analysis) when
 * `entities` is the last grouping itself: `董军`/`董君` found once, moved with the text after that.
 */
export function findNameVariantsReusing(mentions: EntityMention[], memo: NameVariantMemo, entities: readonly Entity[]): Finding[] {
  if (memo.entities === entities) {
    for (let i = 0; i < memo.findings.length; i++) {
      const f = memo.findings[i];
      const v = mentions[memo.firsts[2 * i]];
      const main = mentions[memo.firsts[2 * i + 1]];
      f.start = v.start;
      f.end = v.end;
      f.related![0].start = main.start;
      f.related![0].end = main.end;
    }
    return memo.findings;
  }
  const { findings, firsts } = findNameVariantsWithFirsts(mentions);
  memo.entities = entities;
  memo.findings = findings;
  memo.firsts = firsts;
  return findings;
}
