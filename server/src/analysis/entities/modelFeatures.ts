import type { Token } from '../types';
import { finish, FILTER_MASK, keyFilter, LEX_SEED, mix, normalizeCode, type ModelLexicon } from './modelLexicon';
export { buildClassTable, type ClassChars } from './modelClasses';
export { buildLexicon, finish, LEX_CATEGORIES, lexiconKey, lookupLexicon, mix, normalizeCode, type ModelLexicon } from './modelLexicon';

/**
 * Features of the character-level entity model, hashed to integer bucket ids with no strings built
 * per character: `美国国防部长奥斯汀` → for `奥`, ids of `奥`, `长奥`, its jieba word `奥斯汀`/nr at B,
 * a transliterated-name lexicon match starting here, its character class, … Shared by the trainer
 * (scripts/trainEntities.ts) and the tagger (model.ts), so both see exactly the same ids.
 */

/** Tag ids: O, then B/I/E/S for PER, LOC, ORG (`B-PER` = 1, `S-ORG` = 12). */
export const TAGS = ['O', 'B-PER', 'I-PER', 'E-PER', 'S-PER', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC', 'B-ORG', 'I-ORG', 'E-ORG', 'S-ORG'] as const;
export const NUM_TAGS = 13;
/** Version of the feature hashing below: weights trained under another one do not load. */
export const FEATURE_VERSION = 3;

/** Feature groups, as bits of `FeatureSpec.groups` (measured one by one, see server/resources/README.md). */
export const GROUPS = { chars: 1, bigrams: 2, words: 4, lexicon: 8, classes: 16, wordId: 32 } as const;
export type FeatureGroup = keyof typeof GROUPS;

export interface FeatureSpec {
  /** log2 of the number of hash buckets */
  bits: number;
  groups: number;
  lexicon: ModelLexicon;
  classTable: Uint8Array;
}

/** Per-character feature ids of one text: ids of character i are `ids[offsets[i]..offsets[i+1]]`. */
export interface FeatureBuffer {
  ids: Int32Array;
  offsets: Int32Array;
  length: number;
}

const BOS = 0x110001;
const EOS = 0x110002;

/**
 * Feature hashes: one value (`f1`); two, `f1(salt, Math.imul(a, PHI) + b)`, or three,
 * `f1(salt, Math.imul(Math.imul(a, PHI) + b, PHI) + c)`, combined. Cheaper than `mix` + `finish` on the
 * hot path, where `extractFeatures` writes them out.
 */
function f1(salt: number, a: number): number {
  let h = Math.imul(a ^ salt, C1);
  h ^= h >>> 15;
  h = Math.imul(h, C2);
  return h ^ (h >>> 13);
}
const C1 = 0xcc9e2d51, C2 = 0x85ebca6b, PHI = 0x9e3779b1;

/** Ids of the lexicon's 12 role-and-category bit features under `mask`. */
let lexBitMask = -1;
const lexBitIds = new Int32Array(12);
function lexiconBitIds(mask: number): Int32Array {
  if (mask !== lexBitMask) {
    for (let b = 0; b < 12; b++) lexBitIds[b] = f1(0xab1c5ed5, b) & mask;
    lexBitMask = mask;
  }
  return lexBitIds;
}

/** The lexicon features of character `i` of `n`, written to `ids` from `at`: the new `at`. */
function lexiconFeatures(i: number, n: number, ids: Int32Array, at: number, mask: number): number {
  const f = lexFlags[i];
  let h = 0;
  if (f !== 0) {
    h = Math.imul(f ^ 0x923f82a4, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
    const lexBits = lexiconBitIds(mask);
    for (let b = 0; b < 12; b++) if (f & (1 << b)) ids[at++] = lexBits[b];
  }
  const fl = i > 0 ? lexFlags[i - 1] : 0xffff, fr = i + 1 < n ? lexFlags[i + 1] : 0xffff;
  h = Math.imul((Math.imul(Math.imul(fl, PHI) + f, PHI) + fr) ^ 0xd807aa98, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
  return at;
}

/** An empty, growable feature buffer to reuse across calls. */
export function createFeatureBuffer(): FeatureBuffer {
  return { ids: new Int32Array(1 << 14), offsets: new Int32Array(1 << 10), length: 0 };
}

// per-text scratch arrays, grown on demand and reused (the tagger runs on every paragraph)
let codes = new Int32Array(1 << 10);
let wordPos = new Uint8Array(1 << 10);
let posIds = new Int32Array(1 << 10);
let prevPos = new Int32Array(1 << 10);
let nextPos = new Int32Array(1 << 10);
let wordIds = new Int32Array(1 << 10);
let lexFlags = new Uint16Array(1 << 10);

function ensureScratch(n: number): void {
  if (codes.length >= n + 4) return;
  const size = Math.max(n + 4, codes.length * 2);
  codes = new Int32Array(size);
  wordPos = new Uint8Array(size);
  posIds = new Int32Array(size);
  prevPos = new Int32Array(size);
  nextPos = new Int32Array(size);
  wordIds = new Int32Array(size);
  lexFlags = new Uint16Array(size);
}

function hashString(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

const NO_WORD = hashString('x', 7);
const TEXT_START = hashString('^', 7);
const TEXT_END = hashString('$', 7);

/** Word position (B 0, M 1, E 2, S 3), part of speech and word identity of every character, from the segmenter's tokens. */
function fillWords(n: number, tokens: readonly Token[]): void {
  wordPos.fill(3, 0, n);
  posIds.fill(NO_WORD, 0, n);
  prevPos.fill(NO_WORD, 0, n);
  nextPos.fill(NO_WORD, 0, n);
  wordIds.fill(0, 0, n);
  let before = TEXT_START;
  let pos = tokens.length > 0 ? hashString(tokens[0].tag, 7) : TEXT_END;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k], start = t.start, end = t.end;
    // each tag is hashed once, as the next token's tag and then as its own
    const after = k + 1 < tokens.length ? hashString(tokens[k + 1].tag, 7) : TEXT_END;
    let id = 0x1b873593;
    for (let i = start; i < end; i++) id = mix(id, codes[i + 2]);
    for (let i = start; i < end && i < n; i++) {
      wordPos[i] = end - start === 1 ? 3 : i === start ? 0 : i === end - 1 ? 2 : 1;
      posIds[i] = pos;
      prevPos[i] = before;
      nextPos[i] = after;
      wordIds[i] = id;
    }
    before = pos;
    pos = after;
  }
}

/** Marks B/I/E roles (bits role*4 + category) of every lexicon match of length 2…maxLength. */
function fillLexicon(n: number, lex: ModelLexicon): void {
  lexFlags.fill(0, 0, n);
  const starts = lex.starts, keys = lex.keys, values = lex.values, mask = keys.length - 1, filter = keyFilter(lex);
  for (let i = 0; i + 1 < n; i++) {
    // startBucket(codes[i + 2], codes[i + 3]), whose first steps are those of the entry hash below
    let h = mix(mix(LEX_SEED, codes[i + 2]), codes[i + 3]);
    const longest = starts[(h ^ (h >>> 16)) & 0xffff];
    if (longest === 0) continue;
    for (let j = i + 1; j < n && j - i < longest; j++) {
      if (j > i + 1) h = mix(h, codes[j + 2]);
      const key = finish(h) || 1;
      // lookupLexicon(lex, key), after the filter has ruled most absent keys out
      if ((filter[(key >>> 5) & FILTER_MASK] & (1 << (key & 31))) === 0) continue;
      let bits = 0;
      for (let s = key & mask; ; s = (s + 1) & mask) {
        const k = keys[s];
        if (k === key) { bits = values[s]; break; }
        if (k === 0) break;
      }
      if (bits === 0) continue;
      lexFlags[i] |= bits;
      lexFlags[j] |= bits << 8;
      for (let k = i + 1; k < j; k++) lexFlags[k] |= bits << 4;
    }
  }
}

/** Normalized codes of `text`, two sentinels on each side. */
function fillCodes(text: string): void {
  const n = text.length;
  ensureScratch(n);
  codes[0] = codes[1] = BOS;
  for (let i = 0; i < n; i++) codes[i + 2] = normalizeCode(text.charCodeAt(i));
  codes[n + 2] = codes[n + 3] = EOS;
}

/** Computes the feature ids of every code unit of `text` into `buf` (`tokens`: the segmenter's, spans into `text`). */
export function extractFeatures(spec: FeatureSpec, text: string, tokens: readonly Token[], buf: FeatureBuffer): void {
  const n = text.length;
  fillCodes(text);
  const g = spec.groups;
  if (g & (GROUPS.words | GROUPS.wordId)) fillWords(n, tokens);
  if (g & GROUPS.lexicon) fillLexicon(n, spec.lexicon);
  if (buf.offsets.length < n + 1) buf.offsets = new Int32Array(Math.max(n + 1, buf.offsets.length * 2));
  if (buf.ids.length < n * 40) buf.ids = new Int32Array(Math.max(n * 40, buf.ids.length * 2));
  const ids = buf.ids, offsets = buf.offsets, cls = spec.classTable;
  const mask = (1 << spec.bits) - 1;
  let at = 0;
  const bias = f1(1, 0) & mask;
  const chars = (g & GROUPS.chars) !== 0, bigrams = (g & GROUPS.bigrams) !== 0, words = (g & GROUPS.words) !== 0;
  const wordId = (g & GROUPS.wordId) !== 0, lexicon = (g & GROUPS.lexicon) !== 0, classes = (g & GROUPS.classes) !== 0;
  // the hashes f1, f2 and f3 (above) written out: V8 does not inline this many calls in one function
  let h = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = at;
    const p = i + 2;
    const c0 = codes[p], l1 = codes[p - 1], l2 = codes[p - 2], r1 = codes[p + 1], r2 = codes[p + 2];
    ids[at++] = bias; // first of every character: model.ts reads its row once per text
    if (chars) {
      h = Math.imul(c0 ^ 0x3c6ef372, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul(l1 ^ 0x78dde6e4, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul(r1 ^ 0x1715609d, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul(l2 ^ 0x2e2ac13a, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul(r2 ^ 0x5c558274, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
    }
    if (bigrams) {
      h = Math.imul((Math.imul(l2, PHI) + l1) ^ 0x0d2a6b1f, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul((Math.imul(l1, PHI) + c0) ^ 0x6a09e667, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul((Math.imul(c0, PHI) + r1) ^ 0x3c6ef373, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul((Math.imul(r1, PHI) + r2) ^ 0x510e527f, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
    }
    if (words) {
      const wp = wordPos[i], pos = posIds[i];
      h = Math.imul((Math.imul(wp, PHI) + pos) ^ 0x5be0cd19, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul((Math.imul(Math.imul(wp, PHI) + pos, PHI) + prevPos[i]) ^ 0x428a2f98, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul((Math.imul(Math.imul(wp, PHI) + pos, PHI) + nextPos[i]) ^ 0x71374491, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul((Math.imul(wp, PHI) + c0) ^ 0x3956c25b, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
    }
    if (wordId) {
      h = Math.imul((Math.imul(wordPos[i], PHI) + wordIds[i]) ^ 0x59f111f1, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
    }
    if (lexicon) at = lexiconFeatures(i, n, ids, at, mask);
    if (classes) {
      const k0 = c0 < 65536 ? cls[c0] : 0, k1 = l1 < 65536 ? cls[l1] : 7, k2 = r1 < 65536 ? cls[r1] : 7;
      h = Math.imul(k0 ^ 0x12835b01, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul((Math.imul(Math.imul(k1 & 7, PHI) + k0, PHI) + (k2 & 7)) ^ 0x243185be, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
      h = Math.imul((Math.imul(Math.imul(k1, PHI) + k0, PHI) + k2) ^ 0x550c7dc3, C1); h = Math.imul(h ^ (h >>> 15), C2); ids[at++] = (h ^ (h >>> 13)) & mask;
    }
  }
  offsets[n] = at;
  buf.length = n;
}
