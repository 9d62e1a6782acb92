/**
 * The fold over quote units (`quotes/index.ts`) resumed where an edit cannot have changed it. Before the
 * edit, the units of the last analysis on the same lines, with the same speaker mentions, are where they
 * were: their results are taken as they are, without reading or moving them. After the edit, once the
 * fold's state at a unit equals the last analysis's at the same unit (the same carry, the same mention
 * before it, the same speaker mentions from there on), every later unit has the inputs it had then:
 * its record is taken without building or checking its key, and its result moved in place.
 */
import type { Block, EntityMention } from '../types';
import type { UnitFold } from '../quotes/index';
import type { SpeakerCarry, UnitInput } from '../quotes/units';
import { AFTER, BEFORE, type BlockMap, type TextChange } from './blockMap';
import type { Memo } from './memoTable';
import { placeCachedUnit, type CachedUnit, type UnitPlacing } from './quotePlacement';
import { sameSpeakerCarry, type UnitRecord } from './quoteUnits';

/** Where the fold stood at the start of each unit of an analysis, and the speaker mentions it read. */
export interface FoldRecord {
  /** By each unit's first block: `UnitFold.p`, `UnitFold.before`, `UnitFold.lastSaid`, and the unit's `topic` (1) or not (0). */
  p: Int32Array;
  before: Int32Array;
  lastSaid: Int32Array;
  topic: Uint8Array;
  /** The speaker mentions as they were (the objects move with later analyses): spans, texts and type codes. */
  starts: Int32Array;
  ends: Int32Array;
  texts: string[];
  types: Uint8Array;
}

/** What the fold is resumed from: the last analysis's records and fold, and how this text differs from its text. */
export interface FoldReuse {
  memo: Memo<CachedUnit>;
  map: BlockMap | null;
  previous: readonly (UnitRecord | null)[];
  fold: FoldRecord | null;
  previousRun: number;
  run: number;
  /** How this text differs from the last analysis's. */
  change: TextChange | null;
}

const typeCode = (t: string): number => t.charCodeAt(0);

/**
 * The `skipKnown` of `findQuotes` (see the file comment), filling `records` (by first block) and a fold
 * record for the next analysis.
 */
export class QuoteFoldReuse {
  readonly #r: FoldReuse;
  readonly #records: (UnitRecord | null)[];
  readonly #placing: UnitPlacing = { u: null as unknown as UnitInput, unmoved: -1 };
  /** This analysis's fold record (the speaker mentions filled in by {@link finish}). */
  readonly #fold: FoldRecord;
  #named: readonly EntityMention[] = [];
  /** Set on the first unit: whether anything can be resumed, and from where. */
  #checked = false;
  #resumable = false;
  /** Leading speaker mentions equal to the last analysis's, and the first of the trailing ones equal to its (moved by `delta`), here and there. */
  #headNamed = 0;
  #tailNamed = 0;
  #oldTailNamed = 0;
  /** Blocks before the edit; the first block of the run after it that lines up with the last analysis's. */
  #headBlocks = 0;
  #tailBlocks = 0;

  constructor(reuse: FoldReuse, records: (UnitRecord | null)[]) {
    this.#r = reuse;
    this.#records = records;
    const n = records.length;
    this.#fold = { p: new Int32Array(n), before: new Int32Array(n), lastSaid: new Int32Array(n), topic: new Uint8Array(n), starts: EMPTY, ends: EMPTY, texts: [], types: NO_TYPES };
  }

  readonly skip = (u: UnitInput, fold: UnitFold): boolean => {
    if (!this.#checked) this.#check(u.named, u.blocks);
    const b = u.first;
    if (this.#resumable && ((b < this.#headBlocks && this.#skipHead(u.blocks, fold)) || (b >= this.#tailBlocks && this.#skipTail(u, fold)))) return true;
    this.#note(b, fold.p, fold.before, fold.lastSaid, u.topic);
    return false;
  };

  /** The fold record of this analysis, for the next one. */
  finish(): FoldRecord {
    const f = this.#fold;
    const named = this.#named;
    f.starts = new Int32Array(named.length);
    f.ends = new Int32Array(named.length);
    f.texts = new Array(named.length);
    f.types = new Uint8Array(named.length);
    for (let k = 0; k < named.length; k++) {
      f.starts[k] = named[k].start;
      f.ends[k] = named[k].end;
      f.texts[k] = named[k].text;
      f.types[k] = typeCode(named[k].type);
    }
    return f;
  }

  #note(b: number, p: number, before: number, lastSaid: number, topic: boolean): void {
    const f = this.#fold;
    f.p[b] = p;
    f.before[b] = before;
    f.lastSaid[b] = lastSaid;
    f.topic[b] = topic ? 1 : 0;
  }

  /** Lines the speaker mentions and the blocks (`prose`) up with the last analysis's. */
  #check(named: readonly EntityMention[], prose: readonly Block[]): void {
    this.#checked = true;
    this.#named = named;
    const { map, fold: old } = this.#r;
    if (!map || !old || !this.#r.change || map.oldProse.length !== this.#r.previous.length) return;
    this.#resumable = true;
    const n = named.length;
    const m = old.texts.length;
    let h = 0;
    while (h < n && h < m && sameMention(named[h], old, h, 0)) h++;
    let t = 0;
    while (t < n - h && t < m - h && sameMention(named[n - 1 - t], old, m - 1 - t, this.#r.change.delta)) t++;
    this.#headNamed = h;
    this.#tailNamed = n - t;
    this.#oldTailNamed = m - t;
    const blocks = map.region.length;
    let k = 0;
    // the same kinds too: a title appearing or going away, or the text becoming one line, changes kinds elsewhere
    while (k < blocks && map.region[k] === BEFORE && prose[k].kind === map.oldProse[k].kind) k++;
    this.#headBlocks = k;
    const shift = blocks - map.oldProse.length;
    k = blocks;
    while (k > 0 && map.region[k - 1] === AFTER && map.old[k - 1] === k - 1 - shift && prose[k - 1].kind === map.oldProse[k - 1 - shift].kind) k--;
    this.#tailBlocks = k;
  }

  /** Index `o` of the last analysis's speaker mentions here, if it is one of the mentions that line up (-1 stays -1). */
  #mapNamed(o: number): number {
    if (o < this.#headNamed) return o;
    return o >= this.#oldTailNamed ? o + this.#named.length - this.#r.fold!.texts.length : -2;
  }

  /** An offset of the last text (the start of something) here, if it lies outside the edit (-1 stays -1). */
  #mapAt(x: number): number {
    const c = this.#r.change!;
    if (x < c.pre) return x;
    return x >= c.oldAfter ? x + c.delta : -2;
  }

  /**
   * Takes the units from `fold.b` on that lie before the edit, with speaker mentions that line up, as the
   * last analysis left them: the copy each placed then, not moved since (same run, same place), passing
   * on the very speakers the next one received.
   */
  #skipHead(prose: readonly Block[], fold: UnitFold): boolean {
    const r = this.#r;
    const old = r.fold!;
    const blocks = this.#records.length;
    let b = fold.b;
    let carry = fold.carry;
    while (b < this.#headBlocks) {
      const rec = r.previous[b];
      // where a unit ends was read from the block after it too (does the quotation go on?)
      const next = rec ? b + rec.blocks : blocks;
      if (!rec || next >= this.#headBlocks || old.p[next] > this.#headNamed || !sameFields(rec.carry, carry)) break;
      const cached = rec.entry.value;
      const head = cached.placed;
      const copy = head && (head.last!.run === r.run ? head.last!.next : head);
      if (!copy || copy.run !== r.previousRun || copy.at !== prose[b].content.start) break;
      copy.run = r.run;
      head!.last = copy;
      r.memo.touch(rec.entry);
      rec.carry = carry;
      this.#records[b] = rec;
      this.#note(b, old.p[b], old.before[b], old.lastSaid[b], old.topic[b] === 1);
      const res = copy.value.result;
      pushAll(fold.quotes, res.quotes);
      pushAll(fold.findings, res.findings);
      carry = res.carry;
      b = next;
    }
    if (b === fold.b) return false;
    fold.b = b;
    fold.carry = carry;
    fold.p = old.p[b];
    fold.before = old.before[b];
    fold.lastSaid = old.lastSaid[b];
    return true;
  }

  /**
   * When unit `u` (after the edit) starts the fold as the last analysis's unit on its lines did, takes
   * that unit and every one after it from the last analysis's records, placing each where it now is.
   */
  #skipTail(u: UnitInput, fold: UnitFold): boolean {
    const r = this.#r;
    const old = r.fold!;
    const j = r.map!.old[u.first];
    const rec = j >= 0 ? r.previous[j] : null;
    if (!rec || rec.blocks !== u.last - u.first + 1 || u.from < this.#tailNamed || old.p[j] + this.#named.length - old.texts.length !== u.from) return false;
    if (this.#mapNamed(old.before[j]) !== fold.before || (old.topic[j] === 1) !== u.topic || this.#mapAt(old.lastSaid[j]) !== fold.lastSaid || !sameSpeakerCarry(rec.carry, u.carry)) return false;
    fold.carry = this.#placeTail(u, j, fold);
    fold.b = this.#records.length;
    return true;
  }

  /** The last analysis's units from its block `j` on (`u` the first of them), placed where they now are; returns the last carry. */
  #placeTail(u: UnitInput, j: number, fold: UnitFold): SpeakerCarry {
    const r = this.#r;
    const old = r.fold!;
    const shift = u.first - j;
    const dn = this.#named.length - old.texts.length;
    const w: UnitInput = { ...u };
    const placing = this.#placing;
    placing.u = w;
    let carry = u.carry;
    for (let k = j; k < r.previous.length; ) {
      const rk = r.previous[k]!;
      const b = k + shift;
      const before = this.#mapNamed(old.before[k]);
      w.first = b;
      w.last = b + rk.blocks - 1;
      w.from = old.p[k] + dn;
      w.to = w.from + rk.names.length;
      w.before = before >= 0 ? w.named[before] : null;
      w.topic = old.topic[k] === 1;
      w.carry = carry;
      r.memo.touch(rk.entry);
      rk.carry = carry;
      this.#records[b] = rk;
      this.#note(b, w.from, before, this.#mapAt(old.lastSaid[k]), w.topic);
      const res = placeCachedUnit(rk.entry.value, w.blocks[b].content.start, r.run, placing);
      pushAll(fold.quotes, res.quotes);
      pushAll(fold.findings, res.findings);
      carry = res.carry;
      k += rk.blocks;
    }
    return carry;
  }
}

const EMPTY = new Int32Array(0);
const NO_TYPES = new Uint8Array(0);

/** Mention `m` is the last analysis's `k`-th speaker mention, moved by `delta`. */
function sameMention(m: EntityMention, old: FoldRecord, k: number, delta: number): boolean {
  return m.start === old.starts[k] + delta && m.end === old.ends[k] + delta && m.text === old.texts[k] && typeCode(m.type) === old.types[k];
}

function pushAll<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]);
}

/** The very same speakers. */
function sameFields(a: SpeakerCarry, b: SpeakerCarry): boolean {
  return a.last === b.last && a.lastPerson === b.lastPerson && a.lastMedia === b.lastMedia && a.inBlock === b.inBlock;
}
