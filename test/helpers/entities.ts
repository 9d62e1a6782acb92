import * as assert from 'node:assert/strict';
import { findEntityMentions } from '../../server/src/analysis/entities/index';
import { tokenize } from '../../server/src/analysis/tokens';
import type { EntityMention, EntityType } from '../../server/src/analysis/types';
import { loadSegmenter } from './segmenter';

/** Entity mentions of `text` as `text/type`, with every span checked against the text: `董军表示` → `['董军/person']`. */
export function typedMentions(text: string): string[] {
  const ms = findEntityMentions(text, tokenize(text, loadSegmenter()), new Map());
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text, `span of ${m.text}`);
  return ms.map((m) => `${m.text}/${m.type}`);
}

/** Mentions at each `word/type/rule` of `specs` (first occurrence in `text`), as earlier passes would give them. */
export function given(text: string, specs: string[]): EntityMention[] {
  return specs.map((s) => {
    const [word, type, rule] = s.split('/');
    const start = text.indexOf(word);
    assert.ok(start >= 0, word);
    return { start, end: start + word.length, text: word, type: type as EntityType, rule };
  });
}
