/**
 * Memo tables: values keyed by a string, kept while recent analyses use them. No domain types: the
 * reuse modules beside this one decide what to key and what to keep.
 */
/** A remembered value and the last analysis that used it. */
export interface MemoEntry<T> {
  value: T;
  generation: number;
}

/**
 * A memo table the document-level steps use: `entry(key, compute)` computes once per key and returns
 * the entry, so a later analysis that finds it by other means can `touch` it.
 */
export interface Memo<T> {
  entry(key: string, compute: () => T): MemoEntry<T>;
  /** Marks an entry used by this analysis (and counts a hit) without looking up its key. */
  touch(e: MemoEntry<T>): void;
}

/**
 * Values keyed by a string, each remembered while recent analyses use it: with `keepGenerations` 2,
 * an entry unused by the last two analyses (two {@link MemoTable.sweep} calls) is dropped.
 */
export class MemoTable<T> implements Memo<T> {
  #entries = new Map<string, MemoEntry<T>>();
  #generation = 0;
  /** Entries the current analysis has used (each counted once). */
  #used = 0;
  readonly keepGenerations: number;
  hits = 0;
  misses = 0;

  constructor(keepGenerations = 2) {
    this.keepGenerations = keepGenerations;
  }

  entry(key: string, compute: () => T): MemoEntry<T> {
    const hit = this.#entries.get(key);
    if (hit) {
      this.touch(hit);
      return hit;
    }
    this.misses++;
    const e = { value: detachStrings(compute()), generation: this.#generation };
    this.#entries.set(detach(key), e);
    this.#used++;
    return e;
  }

  touch(e: MemoEntry<T>): void {
    if (e.generation !== this.#generation) {
      e.generation = this.#generation;
      this.#used++;
    }
    this.hits++;
  }

  /**
   * Ends one analysis: forgets entries no recent analysis used. Finding them is a pass over the whole
   * table (thousands of entries for a large article), so it is made only once entries the analysis did
   * not use are an eighth of the table: a keystroke leaves one or two behind.
   */
  sweep(): void {
    const size = this.#entries.size;
    if ((size - this.#used) * 8 > size) {
      const generation = this.#generation;
      this.#entries.forEach((v, k, entries) => {
        if (generation - v.generation >= this.keepGenerations) entries.delete(k);
      });
    }
    this.#generation++;
    this.#used = 0;
  }

  clear(): void {
    this.#entries.clear();
    this.#used = 0;
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * A copy of `s` that does not share memory with a larger string. V8 represents `text.slice(a, b)` and
 * `${a}${b}` as views into their sources, so a cached paragraph key or quote text would otherwise keep
 * every old version of a 1 MB document alive. Concatenating and slicing forces a fresh flat copy.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

/** `detach` applied to every string inside a cached value (plain objects and arrays only). */
export function detachStrings<T>(value: T): T {
  if (typeof value === 'string') return detach(value) as T;
  if (value && typeof value === 'object') detachInside(value as Record<string, unknown>);
  return value;
}

/**
 * Detaches the strings of an object or array in place. Most fields are numbers or short strings:
 * they are neither rewritten nor recursed into, and no key array is allocated.
 */
function detachInside(o: Record<string, unknown>): void {
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) detachField(o as unknown as Record<number, unknown>, i);
    return;
  }
  // Cached values are plain objects: `for…in` sees exactly their own enumerable keys.
  for (const k in o) detachField(o, k);
}

function detachField(o: Record<string | number, unknown>, k: string | number): void {
  const v = o[k];
  if (typeof v === 'string') {
    if (v.length >= 13) o[k] = detach(v);
  } else if (v !== null && typeof v === 'object') detachInside(v as Record<string, unknown>);
}
