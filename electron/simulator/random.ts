// Deterministic randomness: pure hashes of their inputs, so a simulated value depends only on what it
// describes (seed, KPI, dimension, member, period) and never on when or in which order it is asked.

/** Final avalanche of MurmurHash3: spreads every input bit over the 32-bit output. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines a 32-bit hash with a 32-bit integer (order matters). */
export function mix(h: number, n: number): number {
  let k = Math.imul(n | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}

/** Combines a hash with any safe integer, e.g. epoch milliseconds (beyond 32 bits). */
export function mixInt(h: number, n: number): number {
  const lo = n % 0x100000000;
  const hi = Math.floor(n / 0x100000000);
  return mix(mix(h, lo), hi);
}

/** FNV-1a over UTF-16 code units, finished with fmix32; `seed` separates hash families. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** One hash of a list of parts (strings hashed, integers mixed). */
export function hashOf(seed: number, ...parts: ReadonlyArray<string | number>): number {
  let h = fmix32(seed >>> 0);
  for (const part of parts) h = typeof part === 'string' ? mix(h, hashString(part)) : mixInt(h, part);
  return fmix32(h);
}

/** A hash mapped to [0, 1). */
export function unit(h: number): number {
  return fmix32(h) / 0x100000000;
}

/** A hash mapped to [-1, 1). */
export function signed(h: number): number {
  return unit(h) * 2 - 1;
}

/** Smooth value noise in [-1, 1): random values at integer x, smoothstep-interpolated between them. */
export function valueNoise(h: number, x: number): number {
  const i = Math.floor(x);
  const f = x - i;
  const s = f * f * (3 - 2 * f);
  const a = signed(mixInt(h, i));
  const b = signed(mixInt(h, i + 1));
  return a + (b - a) * s;
}

/** mulberry32: a small seeded PRNG, for generating things once (geography), not for served values. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x100000000;
  };
}
