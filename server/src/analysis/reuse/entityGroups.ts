/**
 * Entity grouping reused across analyses of one document. Grouping reads the names, types and rules of
 * the mentions and their order, nothing else: an edit that touched no name gets the last grouping whole
 * (its spans moved), and otherwise every entity whose mentions are the very objects the last grouping
 * gave it (moved in place by `paragraphs.ts`) is the last analysis's entity object.
 */
import type { Entity, EntityMention, EntityType } from '../types';
import { groupEntities, toEntity } from '../entities/grouping';

/** The entities of the last grouping by id, with the mention objects grouped under each. */
export interface EntityReuse {
  last: Map<string, { entity: Entity; members: EntityMention[] }>;
  /** The last grouping, whole (see {@link sameNames}). */
  whole: WholeGrouping | null;
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

/**
 * `groupEntities(mentions)` with the last analysis's work (`reuse`, updated for the next one): an edit
 * in the middle of `董军说……` that touched no name returns the same entity objects, their spans moved.
 */
export function groupEntitiesReusing(mentions: EntityMention[], reuse: EntityReuse): Entity[] {
  const own = typeCodes(mentions);
  const whole = reuse.whole;
  if (whole && sameNames(whole, mentions, own)) return regroup(whole, mentions);
  const last = reuse.last;
  const next: EntityReuse['last'] = new Map();
  const entities = groupEntities(mentions, (id, name, type, ms) => {
    const prev = last.get(id);
    const entity = prev && sameObjects(prev.members, ms) ? moved(prev.entity, ms) : toEntity(id, name, type, ms);
    next.set(id, { entity, members: ms });
    return entity;
  });
  reuse.last = next;
  reuse.whole = record(mentions, own, entities);
  return entities;
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
