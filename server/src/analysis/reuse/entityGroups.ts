/**
 * Entity grouping reused across analyses of one document. Grouping reads the names, types and rules of
 * the mentions and their order, nothing else: an edit that touched no name gets the last grouping whole
 * (its spans moved), and otherwise every entity whose mentions are the very objects the last grouping
 * gave it (moved in place by `paragraphs.ts`) is the last analysis's entity object.
 */
import type { Entity, EntityMention, EntityType, Span } from '../types';
import { groupEntities, toEntity } from '../entities/grouping';

/** The entities of the last grouping by id, with the mention objects grouped under each. */
export interface EntityReuse {
  last: Map<string, { entity: Entity; members: EntityMention[] }>;
  /** The last grouping, whole (see {@link regroup}). */
  whole: WholeGrouping | null;
}

interface WholeGrouping {
  mentions: EntityMention[];
  /** Each mention's type before grouping retyped it, and after. */
  own: Uint8Array;
  types: Uint8Array;
  ids: string[];
  entities: Entity[];
  /** Each mention's span as its entity holds it (the span object, and where it is). */
  spans: Span[];
  starts: Int32Array;
  ends: Int32Array;
  /** The mentions grouping gives another type than their own. */
  retyped: number[];
}

/**
 * `groupEntities(mentions)` with the last analysis's work (`reuse`, updated for the next one): an edit
 * in the middle of `董军说……` that touched no name returns the same entity objects, their spans moved.
 */
export function groupEntitiesReusing(mentions: EntityMention[], reuse: EntityReuse): Entity[] {
  const whole = reuse.whole;
  if (whole && regroup(whole, mentions)) return whole.entities;
  const own = typeCodes(mentions);
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

/**
 * Gives the mentions the last grouping retyped their own type back (`普京` a place by its paragraph, a
 * person by the article): what the passes before grouping read. Called when an analysis starts, so that
 * placing a paragraph's mentions where they already are need not rewrite each one's type.
 */
export function ownTypesBack(reuse: EntityReuse): void {
  const w = reuse.whole;
  if (!w) return;
  for (let k = 0; k < w.retyped.length; k++) w.mentions[w.retyped[k]].type = TYPES[w.own[w.retyped[k]]];
}

const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
const typeCode = (t: EntityType): number => (t === 'person' ? 0 : t === 'place' ? 1 : 2);

function typeCodes(mentions: readonly EntityMention[]): Uint8Array {
  const out = new Uint8Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) out[i] = typeCode(mentions[i].type);
  return out;
}

/** The mentions {@link regroup} writes: one buffer for every analysis (it is synchronous), grown as needed. */
let changed = new Int32Array(0);

/**
 * The last grouping applied to `mentions` when they are its names in the same order, with the same
 * types and rules before grouping (an edit that touched no name: grouping reads nothing else, positions
 * only through their order); false, and nothing changed, otherwise. What it writes: the grouped type of
 * the mentions grouping retypes (the paragraphs' placement gave every mention back its own), the type
 * and id of a mention that is another object than last time, and the entity span of one that moved.
 */
function regroup(w: WholeGrouping, mentions: EntityMention[]): boolean {
  if (w.mentions.length !== mentions.length) return false;
  if (changed.length < mentions.length) changed = new Int32Array(mentions.length);
  let n = 0;
  for (let i = 0; i < mentions.length; i++) {
    const a = w.mentions[i];
    const b = mentions[i];
    if (w.own[i] !== typeCode(b.type) || (a !== b && (a.text !== b.text || a.rule !== b.rule))) return false;
    if (a !== b || b.start !== w.starts[i] || b.end !== w.ends[i]) changed[n++] = i;
  }
  for (let k = 0; k < w.retyped.length; k++) mentions[w.retyped[k]].type = TYPES[w.types[w.retyped[k]]];
  for (let k = 0; k < n; k++) {
    const i = changed[k];
    const m = mentions[i];
    if (m !== w.mentions[i]) {
      m.type = TYPES[w.types[i]];
      m.entityId = w.ids[i];
    }
    w.spans[i].start = w.starts[i] = m.start;
    w.spans[i].end = w.ends[i] = m.end;
  }
  w.mentions = mentions;
  return true;
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
  const spans: Span[] = new Array(mentions.length);
  entities.forEach((e, k) => members[k].forEach((i, j) => (spans[i] = e.mentions[j])));
  const types = typeCodes(mentions);
  const retyped: number[] = [];
  for (let i = 0; i < mentions.length; i++) if (types[i] !== own[i]) retyped.push(i);
  return { mentions, own, types, ids: mentions.map((m) => m.entityId!), entities, spans, starts: Int32Array.from(spans, (x) => x.start), ends: Int32Array.from(spans, (x) => x.end), retyped };
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
