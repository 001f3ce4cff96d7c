import { describe, it, expect } from 'vitest';
import { hashOf, hashString, mulberry32, signed, unit, valueNoise } from './random.js';

describe('random', () => {
  it('hashes are pure functions of their parts', () => {
    expect(hashOf(1, 'env.aqi', 'commune', '22015', 1764694800000)).toBe(hashOf(1, 'env.aqi', 'commune', '22015', 1764694800000));
    expect(hashString('Đắk Lắk')).toBe(hashString('Đắk Lắk'));
  });

  it('every part changes the hash', () => {
    const base = hashOf(1, 'a', 'b', 1764694800000);
    expect(hashOf(2, 'a', 'b', 1764694800000)).not.toBe(base);
    expect(hashOf(1, 'x', 'b', 1764694800000)).not.toBe(base);
    expect(hashOf(1, 'b', 'a', 1764694800000)).not.toBe(base);
    // Differ only above 32 bits (one 2^32 ms step).
    expect(hashOf(1, 'a', 'b', 1764694800000 + 2 ** 32)).not.toBe(base);
  });

  it('unit() is in [0, 1) and about uniform; signed() in [-1, 1)', () => {
    let sum = 0;
    const buckets = new Array(10).fill(0);
    const us: number[] = [];
    const ss: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const u = unit(hashOf(7, i));
      us.push(u);
      sum += u;
      buckets[Math.floor(u * 10)]++;
      ss.push(signed(hashOf(8, i)));
    }
    expect(Math.min(...us)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...us)).toBeLessThan(1);
    expect(Math.min(...ss)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...ss)).toBeLessThan(1);
    expect(Math.min(...ss)).toBeLessThan(-0.99);
    expect(sum / 20000).toBeCloseTo(0.5, 1);
    for (const b of buckets) expect(b).toBeGreaterThan(1700);
  });

  it('valueNoise is smooth and hits its lattice values', () => {
    let biggestStep = 0;
    for (let x = 0; x < 20; x += 0.01) biggestStep = Math.max(biggestStep, Math.abs(valueNoise(5, x + 0.01) - valueNoise(5, x)));
    expect(biggestStep).toBeLessThan(0.05);
    expect(biggestStep).toBeGreaterThan(0);
    expect(valueNoise(5, 3)).toBe(valueNoise(5, 3.0));
  });

  it('mulberry32 repeats its sequence for a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });
});
