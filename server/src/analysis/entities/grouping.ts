import type { Entity, EntityMention, EntityType } from '../types';

const ADMIN_TAIL = /^(?:省|市|县|区|州)$/;

/**
 * True when `short` is another form of `long` of the same type: a foreign name's last or first
 * part (`古普塔` of `苏拉布·古普塔`), an organization without its qualifier (`国防部` of `中国国防部`),
 * a division without its suffix (`武汉` of `武汉市`).
 */
export function isAliasOf(short: string, long: string, type: EntityType): boolean {
  if (short.length >= long.length || short.length < 2) return false;
  if (type === 'person') {
    const parts = long.split(/[·・•‧.]/);
    return parts.length > 1 && (parts[parts.length - 1] === short || parts[0] === short || parts.join('') === short);
  }
  if (type === 'organization') return long.endsWith(short);
  return long.startsWith(short) && ADMIN_TAIL.test(long.slice(short.length));
}

interface Group {
  type: EntityType;
  text: string;
  mentions: EntityMention[];
}

/**
 * Groups mentions into entities and sets each mention's `entityId`: `苏拉布·古普塔` … `古普塔` →
 * one person named `苏拉布·古普塔` with alias `古普塔`. A short form that fits several entities
 * (`国防部` of `中国国防部` and `美国国防部`) goes, mention by mention, to the one named last before it.
 */
export function groupEntities(mentions: EntityMention[]): Entity[] {
  retypeByContext(mentions);
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const key = `${m.type}:${m.text}`;
    const g = groups.get(key) ?? { type: m.type, text: m.text, mentions: [] };
    g.mentions.push(m);
    groups.set(key, g);
  }
  const target = new Map<EntityMention, Group>();
  const all = [...groups.values()];
  for (const g of all) {
    const longer = all.filter((l) => l.type === g.type && isAliasOf(g.text, l.text, g.type));
    for (const m of g.mentions) target.set(m, pickLonger(m, longer) ?? g);
  }
  return toEntities(mentions, target);
}

/** Rules whose evidence is the context (a title, a speech verb, the user), stronger than a dictionary tag. */
const CONTEXT_RULES: ReadonlySet<string> = new Set(['user-lexicon', 'title-name', 'name-verb', 'name-title', 'kinship-name', 'place-cue']);

/**
 * One type per name in a document: `普京` tagged a place in a headline is the person of `总统普京`
 * elsewhere, so every mention of it takes the type its context gave.
 */
function retypeByContext(mentions: EntityMention[]): void {
  const typed = new Map<string, EntityType>();
  for (const m of mentions) if (CONTEXT_RULES.has(m.rule) && !typed.has(m.text)) typed.set(m.text, m.type);
  for (const m of mentions) {
    const t = typed.get(m.text);
    if (t && t !== m.type && m.rule !== 'user-lexicon') m.type = t;
  }
}

/** The entity a short-form mention belongs to: the fullest form if the candidates nest, else the one named last before it. */
function pickLonger(m: EntityMention, longer: Group[]): Group | null {
  if (longer.length === 0) return null;
  const fullest = longer.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  if (longer.every((l) => fullest.text.includes(l.text.split(/[·・•‧.]/).join('')) || fullest.text.includes(l.text))) return fullest;
  let best: Group | null = null, bestAt = -1;
  for (const l of longer) for (const x of l.mentions) if (x.start < m.start && x.start > bestAt) { best = l; bestAt = x.start; }
  return best ?? longer.reduce((a, b) => (b.mentions[0].start < a.mentions[0].start ? b : a));
}

/** Builds entities (canonical name = the longest form) from each mention's target group, in first-mention order. */
function toEntities(mentions: EntityMention[], target: Map<EntityMention, Group>): Entity[] {
  const byGroup = new Map<Group, EntityMention[]>();
  for (const m of mentions) {
    const g = target.get(m)!;
    const list = byGroup.get(g) ?? [];
    list.push(m);
    byGroup.set(g, list);
  }
  const entities: Entity[] = [];
  for (const [g, ms] of byGroup) {
    ms.sort((a, b) => a.start - b.start);
    const id = `${g.type}:${g.text}`;
    const aliases = [...new Set(ms.map((m) => m.text))].filter((t) => t !== g.text);
    for (const m of ms) m.entityId = id;
    entities.push({ id, name: g.text, type: g.type, aliases, mentions: ms.map((m) => ({ start: m.start, end: m.end })) });
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

