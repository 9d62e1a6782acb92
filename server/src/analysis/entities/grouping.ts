import type { Entity, EntityMention, EntityType } from '../types';

const ADMIN_TAIL = /^(?:省|市|县|区|州)$/;
const NAME_SPLIT = /[·・•‧.]/;

/**
 * True when `short` is another form of `long` of the same type: a foreign name's last or first
 * part (`古普塔` of `苏拉布·古普塔`), an organization without its qualifier (`国防部` of `中国国防部`),
 * a division without its suffix (`武汉` of `武汉市`).
 */
export function isAliasOf(short: string, long: string, type: EntityType): boolean {
  if (short.length >= long.length || short.length < 2) return false;
  if (type === 'person') {
    const parts = long.split(NAME_SPLIT);
    return parts.length > 1 && (parts[parts.length - 1] === short || parts[0] === short || parts.join('') === short);
  }
  if (type === 'organization') return long.endsWith(short);
  return long.startsWith(short) && ADMIN_TAIL.test(long.slice(short.length));
}

interface Group {
  type: EntityType;
  text: string;
  mentions: EntityMention[];
  /** The mentions grouped under this entity (its own and its short forms'), filled by {@link groupEntities}. */
  members: EntityMention[];
  /** Mention starts, sorted, built on first need. */
  starts?: number[];
}

/**
 * Groups mentions into entities and sets each mention's `entityId`: `苏拉布·古普塔` … `古普塔` →
 * one person named `苏拉布·古普塔` with alias `古普塔`. A short form that fits several entities
 * (`国防部` of `中国国防部` and `美国国防部`) goes, mention by mention, to the one named last before it.
 * With `reuse` (kept across analyses of one document), unchanged entities are not rebuilt.
 */
export function groupEntities(mentions: EntityMention[], reuse?: EntityReuse): Entity[] {
  const own = reuse ? typeCodes(mentions) : null;
  const whole = reuse?.whole;
  if (whole && own && sameNames(whole, mentions, own)) return regroup(whole, mentions);
  const entities = groupAll(mentions, reuse);
  if (reuse) reuse.whole = record(mentions, own!, entities);
  return entities;
}

function groupAll(mentions: EntityMention[], reuse?: EntityReuse): Entity[] {
  retypeByContext(mentions);
  const groups = byType<Group>();
  const own: Group[] = new Array(mentions.length);
  mentions.forEach((m, i) => {
    const named = groups[m.type];
    let g = named.get(m.text);
    if (!g) named.set(m.text, (g = { type: m.type, text: m.text, mentions: [], members: [] }));
    g.mentions.push(m);
    own[i] = g;
  });
  const longer = findLongForms(groups);
  const target = own.map((g, i) => {
    const ls = longer.get(g);
    return ls ? (pickLonger(mentions[i], ls) ?? g) : g;
  });
  return toEntities(mentions, target, reuse);
}

/** One map per entity type, keyed by name: names are flat strings, so lookups hash nothing new. */
function byType<T>(): Record<EntityType, Map<string, T>> {
  return { person: new Map(), place: new Map(), organization: new Map() };
}

/**
 * The long forms of each group that has any (`国防部` → `中国国防部`, `美国国防部`), in first-mention
 * order. Every group is indexed under each short form it could have, so a short form finds its
 * long forms by one lookup instead of a scan of all groups.
 */
function findLongForms(groups: Record<EntityType, Map<string, Group>>): Map<Group, Group[]> {
  const index = byType<Group[]>();
  for (const named of Object.values(groups)) {
    for (const g of named.values()) {
      for (const short of shortFormsOf(g)) {
        const list = index[g.type].get(short);
        if (!list) index[g.type].set(short, [g]);
        else if (list[list.length - 1] !== g) list.push(g);
      }
    }
  }
  const longer = new Map<Group, Group[]>();
  for (const named of Object.values(groups)) {
    for (const g of named.values()) {
      const ls = index[g.type].get(g.text)?.filter((l) => l !== g && isAliasOf(g.text, l.text, g.type));
      if (ls && ls.length > 0) longer.set(g, ls);
    }
  }
  return longer;
}

/** The short forms a group's name could stand for, by its type (a superset; {@link isAliasOf} decides). */
function shortFormsOf(g: Group): string[] {
  const t = g.text;
  if (g.type === 'person') {
    const parts = t.split(NAME_SPLIT);
    return parts.length > 1 ? [parts[parts.length - 1], parts[0], parts.join('')] : [];
  }
  if (g.type === 'organization') {
    const out: string[] = [];
    for (let n = 2; n < t.length; n++) out.push(t.slice(t.length - n));
    return out;
  }
  return ADMIN_TAIL.test(t.slice(-1)) ? [t.slice(0, -1)] : [];
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
  if (longer.every((l) => fullest.text.includes(l.text.split(NAME_SPLIT).join('')) || fullest.text.includes(l.text))) return fullest;
  let best: Group | null = null, bestAt = -1;
  for (const l of longer) {
    const at = lastStartBefore(l, m.start);
    if (at > bestAt) { best = l; bestAt = at; }
  }
  return best ?? longer.reduce((a, b) => (b.mentions[0].start < a.mentions[0].start ? b : a));
}

/** The latest start of a mention of `g` before `pos`, or -1 (binary search over sorted starts). */
function lastStartBefore(g: Group, pos: number): number {
  const starts = (g.starts ??= g.mentions.map((x) => x.start).sort((a, b) => a - b));
  let lo = 0, hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1] : -1;
}

/** The entities of the last grouping by id, with the mention objects grouped under each. */
export interface EntityReuse {
  last: Map<string, { entity: Entity; members: EntityMention[] }>;
  /** The last grouping, whole (see {@link sameNames}). */
  whole?: WholeGrouping | null;
}

interface WholeGrouping {
  mentions: EntityMention[];
  /** Each mention's type before grouping retyped it, and after. */
  own: Uint8Array;
  types: Uint8Array;
  ids: string[];
  entities: Entity[];
  /** For each entity, the indices of its mentions in `mentions`, in its order. */
  members: number[][];
}

const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
const typeCode = (t: EntityType): number => (t === 'person' ? 0 : t === 'place' ? 1 : 2);

function typeCodes(mentions: readonly EntityMention[]): Uint8Array {
  const out = new Uint8Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) out[i] = typeCode(mentions[i].type);
  return out;
}

/**
 * True when the mentions are the last grouping's names in the same order, with the same types and
 * rules before grouping: an edit that touched no name. Grouping reads nothing else (positions only
 * through their order), so the result is the last one, its spans moved.
 */
function sameNames(w: WholeGrouping, mentions: readonly EntityMention[], own: Uint8Array): boolean {
  if (w.mentions.length !== mentions.length) return false;
  for (let i = 0; i < mentions.length; i++) {
    const a = w.mentions[i];
    const b = mentions[i];
    if (w.own[i] !== own[i] || (a !== b && (a.text !== b.text || a.rule !== b.rule))) return false;
  }
  return true;
}

/** The last grouping applied to `mentions` (see {@link sameNames}): types, ids and entity spans. */
function regroup(w: WholeGrouping, mentions: EntityMention[]): Entity[] {
  for (let i = 0; i < mentions.length; i++) {
    mentions[i].type = TYPES[w.types[i]];
    mentions[i].entityId = w.ids[i];
  }
  for (let k = 0; k < w.entities.length; k++) {
    const spans = w.entities[k].mentions;
    const idx = w.members[k];
    for (let j = 0; j < idx.length; j++) {
      spans[j].start = mentions[idx[j]].start;
      spans[j].end = mentions[idx[j]].end;
    }
  }
  w.mentions = mentions;
  return w.entities;
}

function record(mentions: EntityMention[], own: Uint8Array, entities: Entity[]): WholeGrouping {
  const byId = new Map<string, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const id = mentions[i].entityId!;
    const list = byId.get(id);
    if (list) list.push(i);
    else byId.set(id, [i]);
  }
  const members = entities.map((e) => (byId.get(e.id) ?? []).sort((a, b) => mentions[a].start - mentions[b].start));
  return { mentions, own, types: typeCodes(mentions), ids: mentions.map((m) => m.entityId!), entities, members };
}

/**
 * Builds entities (canonical name = the longest form) from each mention's target group, in first-mention
 * order. An entity whose mentions are the very objects the last grouping gave it (an edit elsewhere,
 * see `placeMentions`) is that grouping's entity object: same id, name and aliases, its spans moved
 * with the mentions.
 */
function toEntities(mentions: EntityMention[], target: Group[], reuse?: EntityReuse): Entity[] {
  const used: Group[] = [];
  mentions.forEach((m, i) => {
    const g = target[i];
    if (g.members.length === 0) used.push(g);
    g.members.push(m);
  });
  const entities: Entity[] = [];
  const next: EntityReuse['last'] = new Map();
  for (const g of used) {
    const ms = g.members.sort((a, b) => a.start - b.start);
    const id = `${g.type}:${g.text}`;
    for (const m of ms) m.entityId = id;
    const prev = reuse?.last.get(id);
    const entity = prev && sameObjects(prev.members, ms) ? moved(prev.entity, ms) : toEntity(id, g, ms);
    if (reuse) next.set(id, { entity, members: ms });
    entities.push(entity);
  }
  if (reuse) reuse.last = next;
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function toEntity(id: string, g: Group, ms: EntityMention[]): Entity {
  const aliases = [...new Set(ms.map((m) => m.text))].filter((t) => t !== g.text);
  return { id, name: g.text, type: g.type, aliases, mentions: ms.map((m) => ({ start: m.start, end: m.end })) };
}

/** A reused entity with its spans where its (moved) mention objects now are. */
function moved(e: Entity, ms: EntityMention[]): Entity {
  for (let i = 0; i < ms.length; i++) {
    e.mentions[i].start = ms[i].start;
    e.mentions[i].end = ms[i].end;
  }
  return e;
}

function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
