/**
 * A small seeded PRNG for demo data. Demo data must be identical on every machine and
 * every run (tests, screenshots, bug reports quote it), so nothing here touches
 * Math.random, Date.now or crypto.
 */

/** Returns a float in [0, 1), like Math.random. */
export type Rng = () => number;

const TWO_POW_32 = 4294967296;

/** cyrb128: spreads any seed string over 128 bits of sfc32 state. */
function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * sfc32 seeded from any number or string. Chosen over mulberry32 for its 128-bit
 * state: 50,000 people draw millions of numbers, far from any short cycle.
 */
export function createRng(seed: number | string): Rng {
  let [a, b, c, d] = hashSeed(String(seed));
  const next: Rng = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / TWO_POW_32;
  };
  // The first outputs still echo the hash; discard them.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** An integer in [min, max], both inclusive. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick: daftar kosong');
  return item;
}

/** Picks from `[value, weight]` pairs; weights need not sum to anything. */
export function pickWeighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, weight] of entries) total += weight;
  let roll = rng() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = entries[entries.length - 1];
  if (last === undefined) throw new RangeError('pickWeighted: daftar kosong');
  return last[0];
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Eight hex digits of an unsigned 32-bit value, two bytes at a time for speed. */
function hex32(value: number): string {
  return (
    (HEX[value >>> 24] ?? '') +
    (HEX[(value >>> 16) & 0xff] ?? '') +
    (HEX[(value >>> 8) & 0xff] ?? '') +
    (HEX[value & 0xff] ?? '')
  );
}

/**
 * A UUID in version-4 format from the generator, so demo records get stable primary
 * keys across runs. Works with Math.random too, but then it is not a secure UUID.
 */
export function uuidFromRng(rng: Rng): string {
  const a = Math.floor(rng() * TWO_POW_32) >>> 0;
  // Version nibble 4 and variant bits 10xx, as RFC 9562 lays them out.
  const b = ((Math.floor(rng() * TWO_POW_32) & 0xffff0fff) | 0x4000) >>> 0;
  const c = ((Math.floor(rng() * TWO_POW_32) & 0x3fffffff) | 0x80000000) >>> 0;
  const d = Math.floor(rng() * TWO_POW_32) >>> 0;
  const hb = hex32(b);
  const hc = hex32(c);
  return `${hex32(a)}-${hb.slice(0, 4)}-${hb.slice(4)}-${hc.slice(0, 4)}-${hc.slice(4)}${hex32(d)}`;
}
