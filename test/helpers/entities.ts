import * as assert from 'node:assert/strict';
import { findEntityMentions } from '../../server/src/analysis/entities/index';
import { tokenize } from '../../server/src/analysis/tokens';
import { loadSegmenter } from './segmenter';

/** Entity mentions of `text` as `text/type`, with every span checked against the text: `董军表示` → `['董军/person']`. */
export function typedMentions(text: string): string[] {
  const ms = findEntityMentions(text, tokenize(text, loadSegmenter()), new Map());
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text, `span of ${m.text}`);
  return ms.map((m) => `${m.text}/${m.type}`);
}
