// Draws images/icon.png (256×256): a news page under a lens that colours its names, like the
// extension's semantic highlighting. Plain Node (zlib for PNG), 4×4 supersampling; no artwork downloaded.
//   node scripts/drawIcon.mjs [out.png]
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 256;
const SS = 4;
const out = process.argv[2] ?? new URL('../images/icon.png', import.meta.url);

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const BG = hex('#1f2937');
const PAPER = hex('#f8fafc');
const INK = hex('#94a3b8');
const HEADLINE = hex('#334155');
const LENS_RING = hex('#f59e0b');
const LENS_GLASS = hex('#dbeafe');
const MARKS = [hex('#ef4444'), hex('#2563eb'), hex('#16a34a')];

// Signed distances (negative inside).
const roundRect = (x, y, x0, y0, x1, y1, r) => {
  const dx = Math.max(x0 + r - x, x - (x1 - r), 0);
  const dy = Math.max(y0 + r - y, y - (y1 - r), 0);
  const outside = Math.hypot(dx, dy) - r;
  if (dx > 0 || dy > 0) return outside;
  return -Math.min(x - x0, x1 - x, y - y0, y1 - y);
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const capsule = (x, y, ax, ay, bx, by, r) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) - r;
};

const LENS = { cx: 150, cy: 140, r: 50, ring: 12 };
// Text lines of the page: [y, x0, x1]; within the lens some words are coloured marks.
const LINES = [88, 108, 128, 148, 168, 188].map((y, i) => [y, 52, i % 3 === 2 ? 150 : 186]);
const MARK_SPANS = [[108, 118, 148, 0], [128, 146, 178, 1], [148, 112, 138, 2], [168, 140, 170, 0]];

/** The colour of one sample point, painted back to front. */
function sample(x, y) {
  let c = null;
  if (roundRect(x, y, 0, 0, SIZE, SIZE, 52) <= 0) c = BG;
  if (roundRect(x, y, 36, 36, 206, 220, 12) <= 0) c = PAPER;
  if (capsule(x, y, 52, 62, 170, 62, 6) <= 0) c = HEADLINE;
  for (const [ly, x0, x1] of LINES) if (capsule(x, y, x0, ly, x1, ly, 3.5) <= 0) c = INK;
  const inLens = circle(x, y, LENS.cx, LENS.cy, LENS.r - LENS.ring / 2) <= 0;
  if (inLens) {
    // The glass tints the page and shows the names it found in colour.
    c = c && c !== BG ? c.map((v, i) => Math.round(v * 0.8 + LENS_GLASS[i] * 0.2)) : LENS_GLASS;
    for (const [ly, x0, x1, k] of MARK_SPANS) if (capsule(x, y, x0, ly, x1, ly, 6) <= 0) c = MARKS[k];
  }
  if (capsule(x, y, LENS.cx + 40, LENS.cy + 40, 222, 222, 13) <= 0) c = LENS_RING;
  if (Math.abs(circle(x, y, LENS.cx, LENS.cy, LENS.r)) <= LENS.ring / 2) c = LENS_RING;
  return c;
}

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        if (!c) continue;
        for (let i = 0; i < 3; i++) sum[i] += c[i];
        sum[3]++;
      }
    }
    const o = (py * SIZE + px) * 4;
    for (let i = 0; i < 3; i++) rgba[o + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0;
    rgba[o + 3] = Math.round((255 * sum[3]) / (SS * SS));
  }
}

// PNG: signature, IHDR (8-bit RGBA), one IDAT of filter-0 rows, IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(out, png);
console.log(`wrote ${out instanceof URL ? out.pathname : out} (${SIZE}×${SIZE}, ${png.length} bytes)`);
