// Draws build/icon.png (512×512): a green rounded square with a white
// kelurahan office (pediment, pillars, steps). Node built-ins only, so the icon
// can be regenerated on a machine without image tools. Run: node scripts/make-icon.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 supersampling smooths the rounded corners and the roof edges.
const GREEN = [21, 128, 61];
const WHITE = [255, 255, 255];

function inRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const inRect = (x, y, left, top, right, bottom) =>
  x >= left && x <= right && y >= top && y <= bottom;

function inRoof(x, y) {
  const apexX = 256;
  const apexY = 104;
  const baseY = 204;
  const halfWidth = 152;
  if (y < apexY || y > baseY) return false;
  return Math.abs(x - apexX) <= ((y - apexY) / (baseY - apexY)) * halfWidth;
}

const PILLAR_CENTERS = [160, 224, 288, 352];

function inBuilding(x, y) {
  if (inRoof(x, y)) return true;
  if (inRect(x, y, 112, 212, 400, 232)) return true;
  if (PILLAR_CENTERS.some((c) => inRect(x, y, c - 18, 244, c + 18, 364))) return true;
  if (inRect(x, y, 112, 372, 400, 392)) return true;
  return inRect(x, y, 92, 400, 420, 420);
}

function pixel(px, py) {
  let background = 0;
  let foreground = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = px + (sx + 0.5) / SAMPLES;
      const y = py + (sy + 0.5) / SAMPLES;
      if (!inRoundedRect(x, y, 16, 16, 496, 496, 96)) continue;
      background++;
      if (inBuilding(x, y)) foreground++;
    }
  }
  const total = SAMPLES * SAMPLES;
  const alpha = Math.round((background / total) * 255);
  const mix = background === 0 ? 0 : foreground / background;
  const rgb = GREEN.map((g, i) => Math.round(g + (WHITE[i] - g) * mix));
  return [...rgb, alpha];
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
  const row = y * (1 + SIZE * 4);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const [r, g, b, a] = pixel(x, y);
    raw.set([r, g, b, a], row + 1 + x * 4);
  }
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const output = new URL('../build/icon.png', import.meta.url);
mkdirSync(new URL('.', output), { recursive: true });
writeFileSync(output, png);
console.log(`build/icon.png (${SIZE}×${SIZE}, ${png.length} bytes)`);
