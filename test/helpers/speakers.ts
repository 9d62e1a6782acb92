// The speaker of one quote in a text written for a test, with entity mentions given by hand.
import assert from 'node:assert/strict';
import { findBlocks } from '../../server/src/analysis/structure';
import { findQuotes } from '../../server/src/analysis/quotes/index';
import type { EntityMention } from '../../server/src/analysis/types';

/** Mentions for the names given (`[text, type]`), at every place they occur. */
function mentions(text: string, names: [string, EntityMention['type']][]): EntityMention[] {
  const out: EntityMention[] = [];
  names.forEach(([n, type], i) => {
    for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length)) if (!out.some((m) => m.start <= at && at < m.end)) out.push({ start: at, end: at + n.length, text: n, type, entityId: `e${i}`, rule: 'test' } as EntityMention);
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The speaker of the quote starting with `head`; every speaker span must hold its text. `rulesOnly`: the
 * attribution rules' answer, before the learned ranker may revise a narration fallback's (`quotes/ranker.ts`).
 */
export function speakerOf(text: string, head: string, names: [string, EntityMention['type']][] = [], rulesOnly = false): string | null {
  const blocks = findBlocks(text).filter((b) => b.kind !== 'image');
  const q = findQuotes(text, blocks, mentions(text, names), rulesOnly ? { speakerWeights: null } : {}).quotes.find((x) => x.text.startsWith(head));
  assert.ok(q, `no quote ${head}`);
  if (q.speakerSpan) assert.ok(q.speakerSpan.start >= 0 && q.speakerSpan.end <= text.length);
  return q.speaker;
}

