/**
 * The entity model's name lists as a hashed table, and the hashing of characters they share with the
 * features (modelFeatures.ts, which exports them again).
 */

/**
 * Name lists as an open-addressing table of substring hashes (`values` bits are `LEX_CATEGORIES`),
 * and `starts`: the longest entry under each hash bucket of first two characters (0: none), so most
 * positions of a text are passed over with one lookup in a 64 KB table.
 */
export interface ModelLexicon {
  maxLength: number;
  keys: Uint32Array;
  values: Uint8Array;
  starts: Uint8Array;
}
/** Lexicon categories (bits): transliterated names, core places (countries, cities, divisions), other places, organizations. */
export const LEX_CATEGORIES = ['person', 'placeCore', 'place', 'organization'] as const;

const DIGIT = 0x30;

/** Folds full-width ASCII to ASCII, upper to lower case and every digit to `0`: `２０２４` and `1998` read alike. */
export function normalizeCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 0x30 && c <= 0x39) return DIGIT;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

/** One step of a MurmurHash3-style mix. */
export function mix(h: number, v: number): number {
  v = Math.imul(v, 0xcc9e2d51);
  v = (v << 15) | (v >>> 17);
  v = Math.imul(v, 0x1b873593);
  h ^= v;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** The final avalanche of a mixed hash. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export const LEX_SEED = 0x2545f491;

/** Hash of a string's normalized code units, the key of a lexicon entry: `lexiconKey('路透社')`. */
export function lexiconKey(word: string): number {
  let h = LEX_SEED;
  for (let i = 0; i < word.length; i++) h = mix(h, normalizeCode(word.charCodeAt(i)));
  return finish(h) || 1;
}

/** Bucket of `starts` for an entry's first two (normalized) characters. */
export function startBucket(c0: number, c1: number): number {
  const h = mix(mix(LEX_SEED, c0), c1);
  return (h ^ (h >>> 16)) & 0xffff;
}

/** Looks a key up in the lexicon table: its category bits, 0 when absent. */
export function lookupLexicon(lex: ModelLexicon, key: number): number {
  const mask = lex.keys.length - 1;
  for (let i = key & mask; ; i = (i + 1) & mask) {
    const k = lex.keys[i];
    if (k === key) return lex.values[i];
    if (k === 0) return 0;
  }
}

/** Builds a lexicon table from words and their category bits (bits of entries sharing a word are merged). */
export function buildLexicon(entries: Iterable<[string, number]>, maxLength: number): ModelLexicon {
  const merged = new Map<number, number>();
  const starts = new Uint8Array(65536);
  for (const [word, bits] of entries) {
    if (word.length < 2 || word.length > maxLength) continue;
    const key = lexiconKey(word);
    merged.set(key, (merged.get(key) ?? 0) | bits);
    const b = startBucket(normalizeCode(word.charCodeAt(0)), normalizeCode(word.charCodeAt(1)));
    starts[b] = Math.max(starts[b], word.length);
  }
  let size = 1024;
  while (size < merged.size * 2) size *= 2;
  const keys = new Uint32Array(size), values = new Uint8Array(size);
  for (const [key, bits] of [...merged].sort((a, b) => a[0] - b[0])) {
    let i = key & (size - 1);
    while (keys[i] !== 0) i = (i + 1) & (size - 1);
    keys[i] = key;
    values[i] = bits;
  }
  return { maxLength, keys, values, starts };
}

const filters = new WeakMap<ModelLexicon, Int32Array>();
/** Words of a {@link keyFilter} minus one: bit `key & 31` of word `(key >>> 5) & FILTER_MASK`. */
export const FILTER_MASK = (1 << 16) - 1;

/**
 * A bit per low 21 bits of every key of `lex` (256 KB, made once per lexicon): a key whose bit is clear
 * is not in the table, found without reading the 2 MB table (most substrings tried are not names).
 */
export function keyFilter(lex: ModelLexicon): Int32Array {
  let filter = filters.get(lex);
  if (filter) return filter;
  filter = new Int32Array(FILTER_MASK + 1);
  for (const key of lex.keys) if (key !== 0) filter[(key >>> 5) & FILTER_MASK] |= 1 << (key & 31);
  filters.set(lex, filter);
  return filter;
}
