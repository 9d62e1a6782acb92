import type { EntityType } from '../types';
import type { Candidate } from './shared';

/** A user correction type: an entity type, or `none` for "not an entity". */
export type LexiconType = EntityType | 'none';

/** User lexicon entries (word → type), merged over the built-in lexicons. */
export type Lexicon = ReadonlyMap<string, LexiconType>;

const TYPE_NAMES: ReadonlyMap<string, LexiconType> = new Map<string, LexiconType>([
  ['person', 'person'], ['人物', 'person'], ['人名', 'person'], ['nr', 'person'], ['per', 'person'],
  ['place', 'place'], ['地点', 'place'], ['地名', 'place'], ['ns', 'place'], ['loc', 'place'],
  ['organization', 'organization'], ['机构', 'organization'], ['组织', 'organization'], ['nt', 'organization'], ['org', 'organization'],
  ['none', 'none'], ['-', 'none'], ['非实体', 'none'],
]);

/**
 * Parses `.newslens/lexicon.txt`: one `词 类型` a line, `#` comments, blank lines allowed.
 * `董军 person\n中美 none\n坏行` → entries 董军→person, 中美→none; error on line 3. Never throws.
 */
export function parseLexicon(source: string): { entries: Map<string, LexiconType>; errors: { line: number; message: string }[] } {
  const entries = new Map<string, LexiconType>();
  const errors: { line: number; message: string }[] = [];
  source.split(/\r\n|\r|\n/).forEach((raw, n) => {
    const line = raw.replace(/^\uFEFF/, '').replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const parts = line.split(/[\s\u3000]+/);
    if (parts.length !== 2) {
      errors.push({ line: n + 1, message: `expected "词 类型" (word and type), got ${JSON.stringify(raw.trim())}` });
      return;
    }
    const type = TYPE_NAMES.get(parts[1].toLowerCase());
    if (!type) errors.push({ line: n + 1, message: `unknown type "${parts[1]}": use person, place, organization or none` });
    else entries.set(parts[0], type);
  });
  return { entries, errors };
}

/**
 * Occurrences of user lexicon words anywhere in `text`, even inside segmenter tokens, longest first:
 * with `罗森伯格 person`, `主席罗森伯格窜台` → `罗森伯格`. `none` words come back as suppressions.
 */
export function findUserEntries(text: string, lexicon: Lexicon): { found: Candidate[]; suppressed: { start: number; end: number; word: string }[] } {
  const found: Candidate[] = [];
  const suppressed: { start: number; end: number; word: string }[] = [];
  if (lexicon.size === 0) return { found, suppressed };
  const { max, firsts } = indexOf(lexicon);
  for (let i = 0; i < text.length; ) {
    let hit = 0;
    if (!firsts.has(text.charCodeAt(i))) { i++; continue; }
    for (let n = Math.min(max, text.length - i); n >= 1 && !hit; n--) {
      const type = lexicon.get(text.slice(i, i + n));
      if (!type) continue;
      hit = n;
      if (type === 'none') suppressed.push({ start: i, end: i + n, word: text.slice(i, i + n) });
      else found.push({ start: i, end: i + n, type, rule: 'user-lexicon', priority: 100 });
    }
    i += hit || 1;
  }
  return { found, suppressed };
}

const indexes = new WeakMap<Lexicon, { max: number; firsts: Set<number> }>();

/** Longest word and first code units of a lexicon, computed once per lexicon object. */
function indexOf(lexicon: Lexicon): { max: number; firsts: Set<number> } {
  let ix = indexes.get(lexicon);
  if (!ix) {
    ix = { max: 0, firsts: new Set() };
    for (const w of lexicon.keys()) if (w) { ix.max = Math.max(ix.max, w.length); ix.firsts.add(w.charCodeAt(0)); }
    indexes.set(lexicon, ix);
  }
  return ix;
}
