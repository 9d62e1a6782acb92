/**
 * Paragraph results as the document cache keeps them: keyed by the paragraph's text, each with a short
 * key standing for that text in the document-level steps' keys, and the copy of its mentions in
 * document offsets that the last analysis placed (moved in place by the next, see `placement.ts`).
 */
import type { EntityMention } from '../types';
import type { DateExpression } from '../dates/index';
import type { SentenceCues } from '../claims/index';
import { shiftMentions } from '../entities/index';
import { placeAt, type Placed } from './placement';

/** What analysis keeps of one paragraph; offsets relative to the paragraph text. */
export interface ParagraphResult {
  mentions: EntityMention[];
  dates: DateExpression[];
  /** Quote marks left open when the paragraph is scanned on its own (`他说：“我们` → `“`); usually empty. */
  openMarks: string;
  /** The sentences that may be claims, with what their own text says (`claims/readSentences`). */
  claimCues: SentenceCues[];
}

/** A cached paragraph result and a short key that stands for the paragraph's text while it is cached. */
export interface CachedParagraph {
  result: ParagraphResult;
  /** `¶17`: unique to one text for the cache's lifetime, so document-level keys need not repeat the text. */
  key: string;
  placed: Placed<EntityMention[]> | null;
}

/**
 * A cached paragraph's mentions in document offsets for analysis `run` (`董军` at 3 in a paragraph at
 * 100 → 103–105). The objects an earlier analysis placed are moved in place (left as they are where the
 * paragraph did not move) and have the type the paragraph's own text gives (grouping may retype them,
 * and rewrites every `entityId`; `entityGroups.ts` `ownTypesBack` gives the types back when an analysis
 * starts), so a mention reused this way ends up as a fresh one would.
 */
export function placeMentions(c: CachedParagraph, at: number, run: number): EntityMention[] {
  return placeAt(c, at, run, freshMentions, moveMentions, null);
}

function freshMentions(c: CachedParagraph, at: number): EntityMention[] {
  return shiftMentions(c.result.mentions, at);
}

function moveMentions(c: CachedParagraph, p: Placed<EntityMention[]>, at: number): void {
  // where it was (a paragraph before the edit): the spans are right, and the types their own (`ownTypesBack`)
  if (p.at === at) return;
  const mentions = c.result.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const o = p.value[i];
    o.start = m.start + at;
    o.end = m.end + at;
    o.type = m.type;
  }
}
