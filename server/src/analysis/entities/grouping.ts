import type { Entity, EntityMention, EntityType } from '../types';
import { unwrapName } from '../softWraps';
import { SHORT_NAME_RULE } from './spreadNames';
import { ORG_SUFFIXES, suffixIn } from './builtins';

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
 * Builds the entity of one group: `toEntity` by default. Reuse (`reuse/entityGroups.ts`) passes one that
 * returns the last analysis's entity object when its mentions are the very same objects.
 */
export type EntityBuilder = (id: string, name: string, type: EntityType, members: EntityMention[]) => Entity;

/**
 * Groups mentions into entities and sets each mention's `entityId`: `苏拉布·古普塔` … `古普塔` →
 * one person named `苏拉布·古普塔` with alias `古普塔`. A short form that fits several entities
 * (`国防部` of `中国国防部` and `美国国防部`) goes, mention by mention, to the one named last before it.
 */
export function groupEntities(mentions: EntityMention[], build: EntityBuilder = toEntity): Entity[] {
  retypeByContext(mentions);
  const groups = byType<Group>();
  const own: Group[] = new Array(mentions.length);
  mentions.forEach((m, i) => {
    const named = groups[m.type];
    // a name a line wrap cut (`Y\nCombinator`, `西蒙-\n高茨`) is the name written on one line
    const key = unwrapName(m.text);
    let g = named.get(key);
    if (!g) named.set(key, (g = { type: m.type, text: key, mentions: [], members: [] }));
    g.mentions.push(m);
    own[i] = g;
  });
  const longer = findLongForms(groups);
  const target = own.map((g, i) => {
    const ls = longer.get(g);
    return ls ? (pickLonger(mentions[i], ls) ?? g) : g;
  });
  return toEntities(mentions, target, build);
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
const CONTEXT_RULES: ReadonlySet<string> = new Set(['user-lexicon', 'title-name', 'title-name-verb', 'name-verb', 'name-title', 'royal-name', 'kinship-name', 'place-cue', 'organization-cue', SHORT_NAME_RULE]);

/**
 * One type per name in a document: `普京` tagged a place in a headline is the person of `总统普京`
 * elsewhere, so every mention of it takes the type its context gave. Without context, the model's
 * reading (it sees the sentence) beats a bare dictionary tag (`普京/ns`): the type with the strongest
 * evidence wins, by count among equals; on a tie, a name with a body's ending is the body's.
 */
function retypeByContext(mentions: EntityMention[]): void {
  // most names have one type throughout: vote only on the few that do not
  const first = new Map<string, EntityType>();
  const mixed = new Set<string>();
  const note = (text: string, type: EntityType): void => {
    const t = first.get(text);
    if (t === undefined) first.set(text, type);
    else if (t !== type) mixed.add(text);
  };
  for (const m of mentions) {
    note(m.text, m.type);
    // `敖德萨地区` a place: so is `敖德萨` alone
    if (m.rule === 'place-cue' && m.text.endsWith('地区') && m.text.length > 3) note(m.text.slice(0, -2), 'place');
  }
  if (mixed.size === 0) return;
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (text: string, type: EntityType, weight: number): void => {
    if (!mixed.has(text)) return;
    let v = votes.get(text);
    if (!v) votes.set(text, (v = new Map()));
    v.set(type, (v.get(type) ?? 0) + weight);
  };
  for (const m of mentions) {
    vote(m.text, m.type, evidenceOf(m.rule));
    if (m.rule === 'place-cue' && m.text.endsWith('地区') && m.text.length > 3) vote(m.text.slice(0, -2), 'place', CONTEXT_WEIGHT);
  }
  for (const m of mentions) {
    const v = votes.get(m.text);
    if (!v || m.rule === 'user-lexicon') continue;
    let best = m.type;
    for (const [t, w] of v) if (w > (v.get(best) ?? 0)) best = t;
    // a tie with a body's ending (`安顺市福彩中心` read once as each): the body
    if (best !== 'organization' && v.get('organization') === v.get(best) && suffixIn(m.text, ORG_SUFFIXES)) best = 'organization';
    m.type = best;
  }
}

const CONTEXT_WEIGHT = 10_000;
/** A context rule outweighs any count of model readings, and a model reading any count of dictionary tags. */
const evidenceOf = (rule: string): number => (CONTEXT_RULES.has(rule) ? CONTEXT_WEIGHT : rule.startsWith('jieba-') ? 1 : 100);

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

/** Builds entities (canonical name = the longest form) from each mention's target group, in first-mention order. */
function toEntities(mentions: EntityMention[], target: Group[], build: EntityBuilder): Entity[] {
  const used: Group[] = [];
  mentions.forEach((m, i) => {
    const g = target[i];
    if (g.members.length === 0) used.push(g);
    g.members.push(m);
  });
  const entities: Entity[] = [];
  for (const g of used) {
    const ms = g.members.sort((a, b) => a.start - b.start);
    const id = `${g.type}:${g.text}`;
    for (const m of ms) m.entityId = id;
    entities.push(build(id, g.text, g.type, ms));
  }
  return entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}


/** The entity `person:董军` of the mentions `ms` (sorted), named `name`: aliases are the other names among them. */
export function toEntity(id: string, name: string, type: EntityType, ms: EntityMention[]): Entity {
  // a wrapped form (`Y\nCombinator`) is the name itself, not an alias
  const aliases = [...new Set(ms.map((m) => unwrapName(m.text)))].filter((t) => t !== name);
  return { id, name, type, aliases, mentions: ms.map((m) => ({ start: m.start, end: m.end })) };
}
