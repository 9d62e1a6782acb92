import type { EntityType, Token } from '../types';
import { createFeatureBuffer, extractFeatures, type ClassChars, type FeatureGroup, type FeatureSpec } from './modelFeatures';

/**
 * The learned character-level entity tagger: a linear-chain model (averaged structured perceptron,
 * hashed features from modelFeatures.ts, BIOES tags for person/place/organization) decoded with
 * Viterbi. Pure: the weights come in as plain data (`parseEntityModel` in modelFile.ts over the
 * bytes of server/resources/entity-model.bin, read by server/src/node/entityModel.ts).
 */
export interface EntityModel {
  spec: FeatureSpec;
  /**
   * `weights[bucket * 13 + tag]`, times `scale`: int16 and float32 weights. int8 weights are only
   * {@link packed} (one copy of the 6.8 MB, not two; modelFile.ts `unpackWeights` gives them back).
   */
  weights?: Int16Array | Float32Array;
  scale: number;
  /** `transitions[prev * 13 + tag]`; row 13 is the start of the text */
  transitions: Float32Array;
  header: EntityModelHeader;
  /**
   * int8 weights, for speed: each bucket's 13 weights plus 128 (0…255) as the bytes of four int32
   * words, tag 0 in the low byte of the first (see `scorePacked`); made by modelFile.ts `parseEntityModel`.
   */
  packed?: Int32Array;
}

export interface EntityModelHeader {
  format: 1;
  /** modelFeatures.ts `FEATURE_VERSION` the weights were trained under */
  features: number;
  bits: number;
  groups: FeatureGroup[];
  weightType: 'int8' | 'int16' | 'float32';
  scale: number;
  lexiconMaxLength: number;
  classChars: ClassChars;
  sections: Record<'transitions' | 'weights' | 'lexiconKeys' | 'lexiconValues' | 'lexiconStarts', { offset: number; length: number }>;
  [info: string]: unknown;
}

/** One span the model found: `奥斯汀` 6–9 person. */
export interface ModelMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

const TYPES: EntityType[] = ['person', 'place', 'organization'];
/** modelFeatures.ts `NUM_TAGS`, local so hot loops read a constant (not a module binding) */
const NUM_TAGS = 13;

/** Whether tag `cur` may follow tag `prev` in BIOES (`prev` 13: the start of the text). */
export function isAllowed(prev: number, cur: number): boolean {
  const open = prev !== 13 && prev !== 0 && ((prev - 1) & 3) < 2; // B or I
  const cont = cur !== 0 && ((cur - 1) & 3) >= 1 && ((cur - 1) & 3) <= 2; // I or E
  if (open) return cont && ((cur - 1) >> 2) === ((prev - 1) >> 2);
  return !cont;
}

const CLOSED_TARGETS = Int32Array.from([0, 1, 4, 5, 8, 9, 12]);
const CAN_END = (t: number) => t === 0 || ((t - 1) & 3) >= 2;

let scoresScratch = new Float64Array(NUM_TAGS * 256);
let backScratch = new Uint8Array(NUM_TAGS * 256);

/**
 * Best BIOES tag sequence for `n` characters with emission scores `em[i * 13 + tag]` and
 * `transitions` (see {@link EntityModel}), written to `out`.
 */
export function viterbi(em: Float32Array | Float64Array, n: number, transitions: Float32Array | Float64Array, out: Uint8Array): void {
  if (n === 0) return;
  if (scoresScratch.length < n * NUM_TAGS) {
    scoresScratch = new Float64Array(n * NUM_TAGS * 2);
    backScratch = new Uint8Array(n * NUM_TAGS * 2);
  }
  // the scratch arrays as locals: a module `let` is read through its context on every access
  const scores = scoresScratch, back = backScratch;
  for (let t = 0; t < NUM_TAGS; t++) scores[t] = isAllowed(13, t) ? em[t] + transitions[13 * NUM_TAGS + t] : -Infinity;
  // BIOES leaves two shapes: O, B-x and S-x follow O, E-y or S-y; I-x and E-x follow B-x or I-x.
  // Written out (predecessors in ascending order, as a general loop would take them) it runs ~2× faster.
  const tr = transitions;
  for (let i = 1; i < n; i++) {
    const o = i * NUM_TAGS, p = o - NUM_TAGS;
    const s0 = scores[p], s3 = scores[p + 3], s4 = scores[p + 4], s7 = scores[p + 7], s8 = scores[p + 8], s11 = scores[p + 11], s12 = scores[p + 12];
    for (let k = 0; k < CLOSED_TARGETS.length; k++) {
      const t = CLOSED_TARGETS[k];
      let best = s0 + tr[t], arg = 0, v = s3 + tr[39 + t];
      if (v > best) { best = v; arg = 3; }
      v = s4 + tr[52 + t]; if (v > best) { best = v; arg = 4; }
      v = s7 + tr[91 + t]; if (v > best) { best = v; arg = 7; }
      v = s8 + tr[104 + t]; if (v > best) { best = v; arg = 8; }
      v = s11 + tr[143 + t]; if (v > best) { best = v; arg = 11; }
      v = s12 + tr[156 + t]; if (v > best) { best = v; arg = 12; }
      scores[o + t] = best + em[o + t];
      back[o + t] = arg;
    }
    for (let b = 1; b < NUM_TAGS; b += 4) {
      const sb = scores[p + b], si = scores[p + b + 1];
      for (let t = b + 1; t <= b + 2; t++) {
        const fromB = sb + tr[b * NUM_TAGS + t], fromI = si + tr[(b + 1) * NUM_TAGS + t];
        if (fromI > fromB) { scores[o + t] = fromI + em[o + t]; back[o + t] = b + 1; }
        else { scores[o + t] = fromB + em[o + t]; back[o + t] = b; }
      }
    }
  }
  const last = (n - 1) * NUM_TAGS;
  let best = -Infinity, arg = 0;
  for (let t = 0; t < NUM_TAGS; t++) if (CAN_END(t) && scores[last + t] > best) { best = scores[last + t]; arg = t; }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * NUM_TAGS + arg];
  }
}

const buffer = createFeatureBuffer();
let emissions = new Float32Array(NUM_TAGS * 256);
let tags = new Uint8Array(256);

/** Emission scores of every character of `text` under `model` (reused array; valid until the next call). */
export function scoreCharacters(model: EntityModel, text: string, tokens: readonly Token[]): Float32Array {
  const n = text.length;
  extractFeatures(model.spec, text, tokens, buffer);
  if (emissions.length < n * NUM_TAGS) emissions = new Float32Array(n * NUM_TAGS * 2);
  if (n === 0) return emissions;
  if (model.packed) scorePacked(model.packed, model.scale, n);
  else if (model.weights) scoreGeneric(model.weights, model.scale, n);
  else throw new Error('entity model without weights');
  return emissions;
}

/**
 * {@link scoreCharacters} over {@link EntityModel.packed}: four int32 reads per feature instead of 13
 * int8 ones (~2× faster). The bytes of a word are summed two lanes at a time (`x & 0xff00ff` holds tags
 * 0 and 2 of `x`'s four, `(x >>> 8) & 0xff00ff` tags 1 and 3) in 16-bit halves of an int32, which hold
 * up to 257 features of 0…255 (a character has at most 32); 128 per feature is taken off at the end. The integer sums, and so the
 * scores, are exactly those of {@link scoreGeneric}.
 */
function scorePacked(W: Int32Array, scale: number, n: number): void {
  const ids = buffer.ids, offsets = buffer.offsets, em = emissions;
  for (let i = 0; i < n; i++) {
    let a0 = 0, b0 = 0, a1 = 0, b1 = 0, a2 = 0, b2 = 0, a3 = 0;
    const start = offsets[i], end = offsets[i + 1];
    for (let f = start; f < end; f++) {
      const r = ids[f] << 2;
      const x0 = W[r], x1 = W[r + 1], x2 = W[r + 2], x3 = W[r + 3];
      a0 = (a0 + (x0 & 0xff00ff)) | 0; b0 = (b0 + ((x0 >>> 8) & 0xff00ff)) | 0;
      a1 = (a1 + (x1 & 0xff00ff)) | 0; b1 = (b1 + ((x1 >>> 8) & 0xff00ff)) | 0;
      a2 = (a2 + (x2 & 0xff00ff)) | 0; b2 = (b2 + ((x2 >>> 8) & 0xff00ff)) | 0;
      a3 = (a3 + (x3 & 0xff)) | 0;
    }
    const k = (end - start) * 128, o = i * NUM_TAGS;
    em[o] = ((a0 & 0xffff) - k) * scale; em[o + 1] = ((b0 & 0xffff) - k) * scale;
    em[o + 2] = ((a0 >>> 16) - k) * scale; em[o + 3] = ((b0 >>> 16) - k) * scale;
    em[o + 4] = ((a1 & 0xffff) - k) * scale; em[o + 5] = ((b1 & 0xffff) - k) * scale;
    em[o + 6] = ((a1 >>> 16) - k) * scale; em[o + 7] = ((b1 >>> 16) - k) * scale;
    em[o + 8] = ((a2 & 0xffff) - k) * scale; em[o + 9] = ((b2 & 0xffff) - k) * scale;
    em[o + 10] = ((a2 >>> 16) - k) * scale; em[o + 11] = ((b2 >>> 16) - k) * scale;
    em[o + 12] = (a3 - k) * scale;
  }
}

/** {@link scoreCharacters} over weights of any type. */
function scoreGeneric(w: Int16Array | Float32Array, scale: number, n: number): void {
  const ids = buffer.ids, offsets = buffer.offsets;
  // every character's first feature is the bias (modelFeatures.ts): its row is read once per text
  const z = ids[0] * NUM_TAGS;
  const z0 = w[z], z1 = w[z + 1], z2 = w[z + 2], z3 = w[z + 3], z4 = w[z + 4], z5 = w[z + 5], z6 = w[z + 6];
  const z7 = w[z + 7], z8 = w[z + 8], z9 = w[z + 9], z10 = w[z + 10], z11 = w[z + 11], z12 = w[z + 12];
  for (let i = 0; i < n; i++) {
    const o = i * NUM_TAGS;
    let e0 = z0, e1 = z1, e2 = z2, e3 = z3, e4 = z4, e5 = z5, e6 = z6, e7 = z7, e8 = z8, e9 = z9, e10 = z10, e11 = z11, e12 = z12;
    for (let f = offsets[i] + 1, end = offsets[i + 1]; f < end; f++) {
      const b = ids[f] * NUM_TAGS;
      e0 += w[b]; e1 += w[b + 1]; e2 += w[b + 2]; e3 += w[b + 3]; e4 += w[b + 4]; e5 += w[b + 5]; e6 += w[b + 6];
      e7 += w[b + 7]; e8 += w[b + 8]; e9 += w[b + 9]; e10 += w[b + 10]; e11 += w[b + 11]; e12 += w[b + 12];
    }
    emissions[o] = e0 * scale; emissions[o + 1] = e1 * scale; emissions[o + 2] = e2 * scale; emissions[o + 3] = e3 * scale;
    emissions[o + 4] = e4 * scale; emissions[o + 5] = e5 * scale; emissions[o + 6] = e6 * scale; emissions[o + 7] = e7 * scale;
    emissions[o + 8] = e8 * scale; emissions[o + 9] = e9 * scale; emissions[o + 10] = e10 * scale; emissions[o + 11] = e11 * scale;
    emissions[o + 12] = e12 * scale;
  }
}

/** BIOES tag ids of every UTF-16 code unit of `text` (reused array; valid until the next call). */
export function tagCharacters(model: EntityModel, text: string, tokens: readonly Token[]): Uint8Array {
  const em = scoreCharacters(model, text, tokens);
  if (tags.length < text.length) tags = new Uint8Array(text.length * 2);
  viterbi(em, text.length, model.transitions, tags);
  return tags;
}

/** Spans of a BIOES tag sequence: B-PER I-PER E-PER over `奥斯汀` → `奥斯汀` person. */
export function toMentions(text: string, tagIds: ArrayLike<number>, n: number = text.length): ModelMention[] {
  const out: ModelMention[] = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    const t = tagIds[i];
    if (t === 0) { start = -1; continue; }
    const role = (t - 1) & 3;
    if (role === 0) start = i;
    else if (role === 3) start = i;
    if ((role === 2 || role === 3) && start >= 0) {
      let s = start, e = i + 1;
      // never cut a surrogate pair
      if (s > 0 && isLow(text.charCodeAt(s))) s--;
      if (e < text.length && isLow(text.charCodeAt(e))) e++;
      out.push({ start: s, end: e, text: text.slice(s, e), type: TYPES[(t - 1) >> 2] });
      start = -1;
    }
  }
  return out;
}
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Entity mentions the model finds in one paragraph (`tokens`: the segmenter's, spans into `text`):
 * `美国国防部长奥斯汀表示` → `美国国防部` organization, `奥斯汀` person.
 */
export function findModelMentions(model: EntityModel, text: string, tokens: readonly Token[]): ModelMention[] {
  if (text.length === 0) return [];
  return toMentions(text, tagCharacters(model, text, tokens));
}
