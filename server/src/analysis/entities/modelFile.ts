// The entity model's file format: a JSON header, then aligned typed-array sections (written by
// `npm run train:entities`, read once per process by server/src/node/entityModel.ts).
import type { EntityModel, EntityModelHeader } from './model';
import { buildClassTable, FEATURE_VERSION, GROUPS, NUM_TAGS, type FeatureSpec } from './modelFeatures';

const MAGIC = 0x4d454c4e; // 'NLEM' little-endian

/**
 * Reads a model from the bytes of its file (a JSON header, then aligned typed-array sections). The
 * model holds copies of what it needs, never a view of `bytes`: the caller's 9.5 MB file buffer is
 * garbage once this returns (int8 weights are kept only as {@link EntityModel.packed}).
 */
export function parseEntityModel(bytes: Uint8Array): EntityModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('not a NewsLens entity model');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as EntityModelHeader;
  if (header.format !== 1) throw new Error(`unknown entity model format ${header.format}`);
  if (header.features !== FEATURE_VERSION) throw new Error(`entity model trained on features v${header.features}, this code computes v${FEATURE_VERSION}: retrain (npm run train:entities)`);
  const base = bytes.byteOffset;
  // a copy of one section (`make` over the file's bytes, then `slice`d off them)
  const section = <T extends { slice(): T }>(name: keyof EntityModelHeader['sections'], make: (buf: ArrayBuffer, offset: number, length: number) => T): T => {
    const s = header.sections[name];
    if (s.offset % 4 !== 0) throw new Error(`misaligned section ${name}`);
    return make(bytes.buffer as ArrayBuffer, base + s.offset, s.length).slice();
  };
  // typed arrays need aligned offsets: copy once if the file's bytes do not start 4-aligned
  if (base % 4 !== 0) return parseEntityModel(bytes.slice());
  const s = header.sections.weights;
  if (s.length !== (NUM_TAGS << header.bits)) throw new Error('entity model weights do not match their header');
  const int8 = header.weightType === 'int8';
  const packed = int8 ? packWeights(new Int8Array(bytes.buffer, base + s.offset, s.length)) : undefined;
  const weights = int8 ? undefined : section('weights', (b, o, l) => (header.weightType === 'int16' ? new Int16Array(b, o, l) : new Float32Array(b, o, l)));
  const transitions = section('transitions', (b, o, l) => new Float32Array(b, o, l));
  const lexicon = {
    maxLength: header.lexiconMaxLength,
    keys: section('lexiconKeys', (b, o, l) => new Uint32Array(b, o, l)),
    values: section('lexiconValues', (b, o, l) => new Uint8Array(b, o, l)),
    starts: section('lexiconStarts', (b, o, l) => new Uint8Array(b, o, l)),
  };
  const groups = header.groups.reduce((g, name) => g | GROUPS[name], 0);
  const spec: FeatureSpec = { bits: header.bits, groups, lexicon, classTable: buildClassTable(header.classChars) };
  return { spec, weights, scale: header.scale, transitions, header, packed };
}

/** The weights of `model` as `weights[bucket * 13 + tag]` (int8 ones unpacked from {@link EntityModel.packed}). */
export function unpackWeights(model: EntityModel): Int8Array | Int16Array | Float32Array {
  if (model.weights) return model.weights;
  const packed = model.packed!;
  const out = new Int8Array((packed.length / 4) * NUM_TAGS);
  for (let r = 0, w = 0; w < packed.length; r += NUM_TAGS, w += 4) {
    for (let t = 0; t < NUM_TAGS; t++) out[r + t] = ((packed[w + (t >> 2)] >>> ((t & 3) * 8)) & 0xff) - 128;
  }
  return out;
}

/**
 * {@link EntityModel.packed} of int8 weights (8 MB for 2^19 buckets): a weight plus 128 is its byte
 * with the top bit flipped, so each word is four bytes of the file XOR 0x80808080.
 */
function packWeights(weights: Int8Array): Int32Array {
  const rows = weights.length / NUM_TAGS;
  const packed = new Int32Array(rows * 4);
  const b = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  for (let r = 0, f = 0, w = 0; r < rows; r++, f += NUM_TAGS, w += 4) {
    packed[w] = (b[f] | (b[f + 1] << 8) | (b[f + 2] << 16) | (b[f + 3] << 24)) ^ 0x80808080;
    packed[w + 1] = (b[f + 4] | (b[f + 5] << 8) | (b[f + 6] << 16) | (b[f + 7] << 24)) ^ 0x80808080;
    packed[w + 2] = (b[f + 8] | (b[f + 9] << 8) | (b[f + 10] << 16) | (b[f + 11] << 24)) ^ 0x80808080;
    packed[w + 3] = b[f + 12] ^ 0x80;
  }
  return packed;
}

/** The bytes of a model file for `header` (its `sections` are filled in here) and its arrays. */
export function serializeEntityModel(header: Omit<EntityModelHeader, 'sections'>, arrays: Record<keyof EntityModelHeader['sections'], ArrayBufferView & { length: number }>): Uint8Array {
  const names = ['transitions', 'weights', 'lexiconKeys', 'lexiconValues', 'lexiconStarts'] as const;
  const encoder = new TextEncoder();
  // room for the header with the widest offsets it can hold, so the offsets do not move the header
  const widest = Object.fromEntries(names.map((n) => [n, { offset: 4e9, length: 4e9 }]));
  const room = encoder.encode(JSON.stringify({ ...header, sections: widest })).length;
  const sections = {} as EntityModelHeader['sections'];
  let at = align(8 + room);
  for (const name of names) {
    sections[name] = { offset: at, length: arrays[name].length };
    at = align(at + arrays[name].byteLength);
  }
  const headerBytes = new Uint8Array(room).fill(0x20);
  headerBytes.set(encoder.encode(JSON.stringify({ ...header, sections })));
  const total = align(sections.lexiconStarts.offset + arrays.lexiconStarts.byteLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  for (const name of names) out.set(new Uint8Array(arrays[name].buffer, arrays[name].byteOffset, arrays[name].byteLength), sections[name].offset);
  return out;
}
const align = (n: number) => (n + 3) & ~3;
