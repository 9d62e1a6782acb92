/**
 * The fold over quote units (`quotes/index.ts`) resumed where an edit cannot have changed it. Before the
 * edit, the units of the last analysis on the same lines, with the same speaker mentions, are where they
 * were: the fold takes their quotes, findings and state from the last analysis's record (`foldRecord.ts`)
 * in slices, without a look at any unit. After the edit, once the fold's state at a unit equals the last
 * analysis's at the same unit (the same carry, the same mention before it, the same speaker mentions from
 * there on), every later unit has the inputs it had then: its record is taken without building or
 * checking its key, and its result moved in place (a unit that quotes nothing and passes its carry on,
 * most of them, is not even moved).
 */
import type { Block, EntityMention } from '../types';
import type { UnitFold } from '../quotes/index';
import type { SpeakerCarry, UnitInput, UnitQuotes } from '../quotes/units';
import { AFTER, BEFORE, type BlockMap, type TextChange } from './blockMap';
import type { Memo } from './memoTable';
import { placeCachedUnit, type CachedUnit, type UnitPlacing } from './quotePlacement';
import { sameSpeakerCarry, type QuoteUnitReuse, type UnitRecord } from './quoteUnits';
import { copyHead, newFoldRecord, PASSES, recordNamed, sameMention, TOPIC, type FoldRecord } from './foldRecord';

/** What the fold is resumed from: the last analysis's records and fold, and how this text differs from its text. */
export interface FoldReuse {
  memo: Memo<CachedUnit>;
  map: BlockMap | null;
  previous: readonly (UnitRecord | null)[];
  fold: FoldRecord | null;
  /** This analysis's number, and whether the last finished analysis was the one just before it (nothing moved since). */
  run: number;
  follows: boolean;
  /** How this text differs from the last analysis's. */
  change: TextChange | null;
  /** A record no analysis reads any more, to write this one's into (`foldRecord.ts`). */
  spare: FoldRecord | null;
}

/**
 * The `skipKnown` and `findUnit` of `findQuotes` (see the file comment): records by first block in
 * `units.records`, and a fold record for the next analysis.
 */
export class QuoteFoldReuse {
  readonly #r: FoldReuse;
  readonly #units: QuoteUnitReuse;
  readonly #placing: UnitPlacing = { u: null as unknown as UnitInput, unmoved: -1, reserved: -1 };
  readonly #fold: FoldRecord;
  #state: UnitFold | null = null;
  #named: readonly EntityMention[] = [];
  /** Set on the first unit: whether anything can be resumed, and from where. */
  #checked = false;
  #resumable = false;
  /** Leading speaker mentions equal to the last analysis's, and trailing ones equal to its moved by the edit. */
  #headNamed = 0;
  #tailNamed = 0;
  /** Blocks before the edit; the first block of the run after it that lines up with the last analysis's. */
  #headBlocks = 0;
  #tailBlocks = 0;

  constructor(reuse: FoldReuse, units: QuoteUnitReuse) {
    this.#r = reuse;
    this.#units = units;
    this.#fold = newFoldRecord(units.records.length, reuse.spare);
  }

  readonly skip = (u: UnitInput, fold: UnitFold): boolean => {
    if (!this.#checked) this.#check(u.named, u.blocks, fold);
    const b = u.first;
    if (this.#resumable && ((b === 0 && fold.quotes.length === 0 && this.#skipHead(u.blocks, fold)) || (b >= this.#tailBlocks && this.#skipTail(u, fold)))) return true;
    this.#note(b, fold, u.last - u.first + 1, u.topic);
    this.#fold.carries[b] = u.carry;
    return false;
  };

  readonly find = (u: UnitInput): UnitQuotes => {
    const res = this.#units.find(u);
    const f = this.#fold;
    f.entries[u.first] = this.#units.records[u.first]!.entry;
    if (passes(res, u.carry)) f.flags[u.first] |= PASSES;
    return res;
  };

  /** The fold record of this analysis, for the next one. */
  finish(): FoldRecord {
    const f = this.#fold;
    const fold = this.#state;
    const n = this.#units.records.length;
    if (fold) {
      f.quotes = fold.quotes.slice();
      f.findings = fold.findings.slice();
      f.quotesAt[n] = fold.quotes.length;
      f.findingsAt[n] = fold.findings.length;
    }
    f.p[n] = this.#named.length;
    const old = this.#resumable ? this.#r.fold : null;
    recordNamed(f, this.#named, old, this.#headNamed, this.#named.length - this.#tailNamed, this.#r.change ? this.#r.change.delta : 0);
    return f;
  }

  #note(b: number, fold: UnitFold, extent: number, topic: boolean): void {
    const f = this.#fold;
    f.p[b] = fold.p;
    f.before[b] = fold.before;
    f.lastSaid[b] = fold.lastSaid;
    f.extent[b] = extent;
    f.flags[b] = topic ? TOPIC : 0;
    f.quotesAt[b] = fold.quotes.length;
    f.findingsAt[b] = fold.findings.length;
  }

  /** Lines the speaker mentions and the blocks (`prose`) up with the last analysis's. */
  #check(named: readonly EntityMention[], prose: readonly Block[], fold: UnitFold): void {
    this.#checked = true;
    this.#named = named;
    this.#state = fold;
    const { map, fold: old, change } = this.#r;
    if (!map || !old || !change || map.oldProse.length + 1 !== old.p.length) return;
    this.#resumable = true;
    const n = named.length;
    const m = old.texts.length;
    let h = 0;
    while (h < n && h < m && sameMention(named[h], old, h, 0)) h++;
    let t = 0;
    while (t < n - h && t < m - h && sameMention(named[n - 1 - t], old, m - 1 - t, change.delta)) t++;
    this.#headNamed = h;
    this.#tailNamed = n - t;
    const blocks = map.region.length;
    let k = 0;
    // the same kinds too: a title appearing or going away, or the text becoming one line, changes kinds elsewhere
    // (a block kept or moved in place is the very object: no need to read it)
    while (k < blocks && map.region[k] === BEFORE && sameKind(prose[k], map.oldProse[k])) k++;
    this.#headBlocks = k;
    const shift = blocks - map.oldProse.length;
    k = blocks;
    while (k > 0 && map.region[k - 1] === AFTER && map.old[k - 1] === k - 1 - shift && sameKind(prose[k - 1], map.oldProse[k - 1 - shift])) k--;
    this.#tailBlocks = k;
  }

  /** Index `o` of the last analysis's speaker mentions here, if it is one of the mentions that line up (-1 stays -1). */
  #mapNamed(o: number): number {
    if (o < this.#headNamed) return o;
    const shift = this.#named.length - this.#r.fold!.texts.length;
    return o + shift >= this.#tailNamed ? o + shift : -2;
  }

  /** An offset of the last text (the start of something) here, if it lies outside the edit (-1 stays -1). */
  #mapAt(x: number): number {
    const c = this.#r.change!;
    if (x < c.pre) return x;
    return x >= c.oldAfter ? x + c.delta : -2;
  }

  /**
   * Takes the last analysis's units from the first on, while they lie before the edit and read speaker
   * mentions that line up, as it left them: their quotes, findings and state from its record. Their
   * copies are not moved (reserved: no later unit of this analysis takes them), which needs the last
   * analysis to be the one just before this (nothing moved them since).
   */
  #skipHead(prose: readonly Block[], fold: UnitFold): boolean {
    const r = this.#r;
    const old = r.fold!;
    let b = 0;
    // where a unit ends was read from the block after it too (does the quotation go on?)
    for (let next = old.extent[0]; r.follows && next > 0 && next < this.#headBlocks && old.p[next] <= this.#headNamed; next = b + old.extent[b]) b = next;
    if (b === 0) return false;
    copyHead(this.#fold, old, b);
    const records = this.#units.records;
    for (let k = 0; k < b; k += old.extent[k]) {
      records[k] = r.previous[k];
      r.memo.touch(old.entries[k]!);
    }
    for (let k = 0; k < old.quotesAt[b]; k++) fold.quotes.push(old.quotes[k]);
    for (let k = 0; k < old.findingsAt[b]; k++) fold.findings.push(old.findings[k]);
    fold.b = b;
    fold.p = old.p[b];
    fold.before = old.before[b];
    fold.lastSaid = old.lastSaid[b];
    fold.carry = old.carries[b]!;
    this.#placing.reserved = this.#units.reserved = prose[b].content.start;
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
    if (!rec || old.extent[j] !== u.last - u.first + 1 || u.from < this.#tailNamed || this.#mapNamed(old.p[j]) !== u.from) return false;
    if (this.#mapNamed(old.before[j]) !== fold.before || (old.flags[j] & TOPIC) !== (u.topic ? TOPIC : 0) || this.#mapAt(old.lastSaid[j]) !== fold.lastSaid || !sameSpeakerCarry(rec.carry, u.carry)) return false;
    fold.carry = this.#placeTail(u, j, fold);
    fold.b = this.#units.records.length;
    return true;
  }

  /** The last analysis's units from its block `j` on (`u` the first of them), placed where they now are; returns the last carry. */
  #placeTail(u: UnitInput, j: number, fold: UnitFold): SpeakerCarry {
    const r = this.#r;
    const old = r.fold!;
    const f = this.#fold;
    const shift = u.first - j;
    const w: UnitInput = { ...u };
    const placing = this.#placing;
    placing.u = w;
    let carry = u.carry;
    for (let k = j; k < r.previous.length; k += old.extent[k]) {
      const b = k + shift;
      const before = this.#mapNamed(old.before[k]);
      f.p[b] = this.#mapNamed(old.p[k]);
      f.before[b] = before;
      f.lastSaid[b] = this.#mapAt(old.lastSaid[k]);
      f.quotesAt[b] = fold.quotes.length;
      f.findingsAt[b] = fold.findings.length;
      f.carries[b] = carry;
      f.extent[b] = old.extent[k];
      f.flags[b] = old.flags[k];
      const entry = (f.entries[b] = old.entries[k])!;
      r.memo.touch(entry);
      const rk = r.previous[k]!;
      this.#units.records[b] = rk;
      // quotes nothing and passes the carry on: nothing of it to place
      if (old.flags[k] & PASSES) continue;
      rk.carry = carry;
      w.first = b;
      w.last = b + old.extent[k] - 1;
      w.from = f.p[b];
      w.to = w.from + rk.names.length;
      w.before = before >= 0 ? w.named[before] : null;
      w.topic = (old.flags[k] & TOPIC) !== 0;
      w.carry = carry;
      const res = placeCachedUnit(entry.value, w.blocks[b].content.start, r.run, placing);
      for (let i = 0; i < res.quotes.length; i++) fold.quotes.push(res.quotes[i]);
      for (let i = 0; i < res.findings.length; i++) fold.findings.push(res.findings[i]);
      carry = res.carry;
    }
    return carry;
  }
}

const sameKind = (a: Block, b: Block): boolean => a === b || a.kind === b.kind;

/** The unit quoted nothing, found nothing and passed on the very carry it received. */
function passes(res: UnitQuotes, carry: SpeakerCarry): boolean {
  return res.quotes.length === 0 && res.findings.length === 0 && res.carry === carry;
}
