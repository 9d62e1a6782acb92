import type { EntityMention, Token } from '../types';
import { findModelMentions, type EntityModel, type ModelMention } from './model';

/** Segmenter tags that read a word as a name or a foreign word: `nr` 拜登, `ns` 加沙, `nt` 路透社, `eng` CNN. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x', 'eng', 'j']);
/** Brackets, quote marks and list punctuation never belong inside a name (`（CNN`, `“特斯拉`). */
const PUNCT = /[（）()“”"「」《》、，：；]/;

const hasHan = (text: string): boolean => /[\u3400-\u9fff]/.test(text);

/**
 * The rules' mentions of one paragraph with the model's added where the rules found nothing:
 * `路透社报道` (no rule) → `路透社` organization, rule `model`. A model span joins when it overlaps
 * no rule mention and no suppressed user-lexicon word, is two characters or more, holds no bracket or
 * quote mark, and the segmenter also reads a name inside it.
 */
export function addModelMentions(text: string, tokens: readonly Token[], rules: EntityMention[], model: EntityModel, suppressed: readonly { start: number; end: number }[]): EntityMention[] {
  if (!hasHan(text)) return rules;
  const found = findModelMentions(model, text, tokens).filter((m) => plausible(m, tokens) && !suppressed.some((s) => overlaps(s, m)) && !rules.some((r) => overlaps(r, m)));
  if (found.length === 0) return rules;
  const added: EntityMention[] = found.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, rule: 'model' }));
  return [...rules, ...added].sort((a, b) => a.start - b.start);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function plausible(m: ModelMention, tokens: readonly Token[]): boolean {
  if (m.end - m.start < 2 || PUNCT.test(m.text)) return false;
  return tokens.some((t) => t.start < m.end && m.start < t.end && NAME_TAGS.has(t.tag));
}
