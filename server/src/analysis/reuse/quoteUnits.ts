/**
 * Quote units reused across analyses of one document: a `findUnit` for `findQuotes` that remembers each
 * unit's result (`readUnit`) under a key of exactly what it depends on (its text or the paragraph keys
 * standing for it, its block shapes, its person mentions, the names and rules carried into it), and
 * takes a unit on the same lines as last time with the same inputs from the last analysis's record,
 * without building its key.
 */
import { readUnit, type SpeakerCarry, type UnitInput, type UnitQuotes } from '../quotes/units';
import type { Who } from '../quotes/memory';
import { BEFORE, type BlockMap } from './blockMap';
import type { Memo } from './memoTable';
import { placeCachedUnit, type CachedUnit, type UnitPlacing } from './quotePlacement';
import { keptRecord, type MemoRecord } from './records';

/** What a unit was computed with, kept so the next analysis can reuse it without building its key. */
export interface UnitRecord extends MemoRecord<CachedUnit, SpeakerCarry> {
  /** Its number of blocks, their kinds and the mention before it (marked when it is the topic, `UnitInput.topic`). */
  blocks: number;
  kinds: string;
  before: string | null;
  /** Its entity mentions: texts, the initials of their types (`ppo`), and offsets from the unit's first content (start, end pairs). */
  names: string[];
  types: string;
  offsets: number[];
}

/** What the unit finder reuses. */
export interface UnitReuse {
  memo: Memo<CachedUnit>;
  /** Short stand-ins for the blocks' content texts in memo keys (`CachedParagraph.key`). */
  keys: readonly string[];
  map: BlockMap | null;
  /** The last analysis's records (by first block) and number. */
  previous: readonly (UnitRecord | null)[];
  previousRun: number;
  /** This analysis's number: results placed by earlier ones are moved in place. */
  run: number;
}

const NONE: string[] = [];
const NONE_AT: number[] = [];

/**
 * `findUnit` for `findQuotes(…, { findUnit: units.find })` over `blockCount` prose blocks: the same
 * quotes as `findUnitQuotes`, and each unit's record for the next analysis in `records[u.first]`.
 */
export class QuoteUnitReuse {
  readonly records: (UnitRecord | null)[];
  readonly #reuse: UnitReuse;
  /** Refilled for every unit (a keystroke in a large article goes through thousands). */
  readonly #placing: UnitPlacing = { u: null as unknown as UnitInput, unmoved: -1, reserved: -1 };
  /** Copies placed before this offset are not taken (`placeAt`): the fold took their units as they were. */
  reserved = -1;

  constructor(reuse: UnitReuse, blockCount: number) {
    this.#reuse = reuse;
    this.records = new Array(blockCount).fill(null);
  }

  readonly find = (u: UnitInput): UnitQuotes => {
    const r = this.#reuse;
    const base = u.blocks[u.first].content.start;
    const kinds = blockKinds(u);
    const before = beforeKey(u);
    const n = u.last - u.first + 1;
    const old = r.map ? oldUnit(r.map, r.previous, u.first, u.last) : null;
    const same = old && old.blocks === n && old.kinds === kinds && old.before === before && samePersons(old, u, base) ? old : null;
    const kept = keptRecord(r.memo, same, u.carry, sameSpeakerCarry);
    const record = kept ?? newUnitRecord(u, base, r, n, kinds, before);
    this.records[u.first] = record;
    this.#placing.u = u;
    this.#placing.reserved = this.reserved;
    // a unit before the edit (nothing before it changed) that the last analysis placed is where it was
    this.#placing.unmoved = kept && r.map!.region[u.first] === BEFORE ? r.previousRun : -1;
    return placeCachedUnit(record.entry.value, base, r.run, this.#placing);
  };
}

/** The last analysis's unit over the same lines as blocks `b`–`e`, all on one side of the edit. */
function oldUnit(map: BlockMap, previous: readonly (UnitRecord | null)[], b: number, e: number): UnitRecord | null {
  const region = map.region[b];
  const j = map.old[b];
  if (!region || j < 0) return null;
  for (let k = b + 1; k <= e; k++) if (map.region[k] !== region || map.old[k] !== j + (k - b)) return null;
  const r = previous[j];
  return r && r.blocks === e - b + 1 ? r : null;
}

/**
 * The unit's memo entry, found by its key (or computed), and its record. Apart from the unit finder,
 * whose every call would otherwise allocate the context of this closure.
 */
function newUnitRecord(u: UnitInput, base: number, r: UnitReuse, n: number, kinds: string, before: string | null): UnitRecord {
  const entry = r.memo.entry(unitKey(u, base, r.keys), () => ({ unit: readUnit(u, base), placed: null }));
  // plain arrays: a typed array costs ~200 bytes of its own, and most units have no person at all
  const names: string[] = u.to > u.from ? [] : NONE;
  const offsets: number[] = u.to > u.from ? [] : NONE_AT;
  let types = '';
  for (let i = u.from; i < u.to; i++) {
    names.push(u.named[i].text);
    types += u.named[i].type[0];
    offsets.push(u.named[i].start - base, u.named[i].end - base);
  }
  return { entry, blocks: n, kinds, before, carry: u.carry, names, types, offsets };
}

/** The person mention carried into the unit, marked when it is the topic (`UnitInput.topic`). */
const beforeKey = (u: UnitInput): string | null => (u.before ? (u.topic ? '\u0004' : '') + u.before.text : null);

/** A mention's text with its type's initial (`p古普塔`, `o欧洲央行`, `p朝鲜`): a unit reads each type differently. */
const typed = (m: { text: string; type: string }): string => m.type[0] + m.text;

function blockKinds(u: UnitInput): string {
  if (u.first === u.last) return u.blocks[u.first].kind;
  return u.blocks.slice(u.first, u.last + 1).map((b) => b.kind).join(',');
}

function sameWho(a: Who | null, b: Who | null): boolean {
  return a === b || (!!a && !!b && a.name === b.name && a.via === b.via);
}

/** The same carry as far as the unit's key can tell (names and rules; `inBlock` being `last`). */
export function sameSpeakerCarry(a: SpeakerCarry, b: SpeakerCarry): boolean {
  if (a === b) return true;
  const aSame = a.inBlock === a.last;
  return a.unnamed === b.unnamed && sameWho(a.last, b.last) && sameWho(a.lastPerson, b.lastPerson) && sameWho(a.lastMedia, b.lastMedia) && aSame === (b.inBlock === b.last) && (aSame || sameWho(a.inBlock, b.inBlock));
}

function samePersons(old: UnitRecord, u: UnitInput, base: number): boolean {
  if (old.names.length !== u.to - u.from) return false;
  for (let i = 0; i < old.names.length; i++) {
    const p = u.named[u.from + i];
    if (p.start - base !== old.offsets[2 * i] || p.end - base !== old.offsets[2 * i + 1] || p.text !== old.names[i] || p.type.charCodeAt(0) !== old.types.charCodeAt(i)) return false;
  }
  return true;
}

/** The unit's paragraph keys, block shapes, person mentions and incoming state, offsets from `base`. */
function unitKey(u: UnitInput, base: number, keys: readonly string[]): string {
  const who = (w: Who | null): string => (w ? `${w.name}\u0002${w.via}` : '\u0003');
  const c = u.carry;
  let key = `${who(c.last)}\u0001${who(c.lastPerson)}\u0001${who(c.lastMedia)}\u0001${c.inBlock === c.last ? '=' : who(c.inBlock)}\u0001${beforeKey(u) ?? '\u0003'}${c.unnamed ? '\u0005' : ''}`;
  for (let i = u.from; i < u.to; i++) key += `\u0001${u.named[i].start - base},${u.named[i].end - base},${typed(u.named[i])}`;
  for (let i = u.first; i <= u.last; i++) {
    const { kind, content } = u.blocks[i];
    // the text between paragraphs is part of a quotation that runs over them
    const gap = i > u.first ? u.text.slice(u.blocks[i - 1].content.end, content.start) : '';
    key += `\u0000${gap}\u0000${kind},${content.start - base},${content.end - base},${keys[i]}`;
  }
  return key;
}
