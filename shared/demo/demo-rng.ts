/**
 * A small seeded PRNG for demo data. Demo data must be identical on every machine and
 * every run (tests, screenshots, bug reports quote it), so nothing here touches
 * Math.random, Date.now or crypto.
 */

import { URL_ALPHABET, timePrefix } from '../domain/core/ids';

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

/** The time in the demo's first key (1 January 2026, 00:00 UTC); each later key a millisecond on. */
export const DEMO_KEY_EPOCH = Date.UTC(2026, 0, 1);
const RANDOM_DIGITS = 13;
/** Keys made so far by each generator, so its keys follow one another as the app's do. */
const keysMade = new WeakMap<Rng, number>();

/**
 * A row key in the app's own shape (`newId()`, shared/domain/core/ids.ts: eight characters
 * of time, then thirteen random ones of nanoid's alphabet) from the generator, so demo
 * records get stable keys across runs that every check, route and index treats as the
 * app's own. The time is DEMO_KEY_EPOCH plus one millisecond per key this generator has
 * made, so a generator's keys sort in the order it made them. The random part takes four
 * draws, as the UUIDs the demo used before did, so everything else the generator makes
 * stays as it was.
 */
export function rowIdFromRng(rng: Rng): string {
  const made = keysMade.get(rng) ?? 0;
  keysMade.set(rng, made + 1);
  let random = '';
  for (let draw = 0; draw < 4; draw += 1) {
    // Five characters of six bits from each 32-bit draw; the thirteen come from the first three.
    let bits = Math.floor(rng() * TWO_POW_32) >>> 0;
    for (let i = 0; i < 5 && random.length < RANDOM_DIGITS; i += 1) {
      random += URL_ALPHABET.charAt(bits & 63);
      bits >>>= 6;
    }
  }
  return timePrefix(DEMO_KEY_EPOCH + made) + random;
}
