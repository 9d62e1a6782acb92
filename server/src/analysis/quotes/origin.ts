import type { Block, Quote } from '../types';

/** Where a quote's speaker was named, when not at the quote itself. */
export interface SpeakerOrigin {
  /** 1-based number of the paragraph (body paragraphs, headings and the title not counted). */
  paragraph: number;
  /** The speaker as written there. */
  name: string;
}

const FROM_ELSEWHERE = new Set(['carried', 'role', 'document', 'pronoun', 'subject-after', 'topic', 'ranked', 'repeated']);

/**
 * The paragraph a carried, resolved or role speaker comes from: a quote-only paragraph after
 * `某市中心医院一位工作人员表示：……` → `{paragraph: 3, name: '某市中心医院'}`. Null when the speaker
 * was named in the quote's own sentence by a name (nothing to explain), or is not in the text.
 */
export function findSpeakerOrigin(q: Quote, blocks: readonly Block[]): SpeakerOrigin | null {
  if (!q.speaker || !q.speakerSpan || !q.speakerVia || !FROM_ELSEWHERE.has(q.speakerVia)) return null;
  const at = paragraphOf(q.speakerSpan.start, blocks);
  if (at < 0) return null;
  if (q.speakerVia !== 'role' && q.speakerVia !== 'document' && at === paragraphOf(q.start, blocks)) return null;
  return { paragraph: at, name: q.speaker };
}

/** The 1-based paragraph number holding `offset`, or -1 outside paragraphs. */
function paragraphOf(offset: number, blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    n++;
    if (offset >= b.start && offset < b.end) return n;
  }
  return -1;
}
