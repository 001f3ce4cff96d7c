import { describe, expect, it } from 'vitest';
import type { Threshold } from '../../../shared/catalog/schema.js';
import { classify } from './classify.js';

const label = (vi: string) => ({ vi, en: vi });
const th = (op: Threshold['op'], value: number, name: string): Threshold => ({ op, value, severity: 'warning', label: label(name) });
const aqi = { direction: 'lower-is-better' as const, thresholds: [th('>', 100, 'Kém'), th('>', 150, 'Xấu'), th('>', 200, 'Rất xấu'), th('>', 300, 'Nguy hại')] };

describe('classify', () => {
  it('uses the catalog thresholds, with the bound value on the side the operator says', () => {
    const c = classify([20, 100, 101, 150, 151, 250, 301, null], aqi);
    expect(c.method).toBe('thresholds');
    expect(c.classes.map((k) => [k.min, k.max])).toEqual([[-Infinity, 100], [100, 150], [150, 200], [200, 300], [300, Infinity]]);
    expect(c.classes.map((k) => k.count)).toEqual([2, 2, 1, 1, 1]);
    expect(c.noDataCount).toBe(1);
    expect(c.classes.map((k) => k.label?.vi ?? null)).toEqual([null, 'Kém', 'Xấu', 'Rất xấu', 'Nguy hại']);
    expect(c.classOf(100)).toBe(0);
    expect(c.classOf(100.5)).toBe(1);
    expect(c.classOf(null)).toBe(-1);
  });

  it('shows differences by quantiles, in neutral colours, when every value sits in one threshold class', () => {
    const c = classify([40, 42, 45, 50, 55, 61, 70], { direction: 'lower-is-better', thresholds: [th('>', 85, 'Cao'), th('>', 95, 'Quá tải')] });
    expect(c.method).toBe('quantiles');
    expect(c.classes.length).toBeGreaterThan(2);
    expect(c.classes.reduce((s, k) => s + k.count, 0)).toBe(7);
    expect(c.classes.every((k) => k.label === null)).toBe(true);
    expect(c.classes[c.classes.length - 1]!.color).not.toBe('#bd0026');
    // With no values at all, the thresholds still give the legend its classes.
    expect(classify([null], { direction: 'lower-is-better', thresholds: [th('>', 85, 'Cao')] }).method).toBe('thresholds');
  });

  it('puts the bound above for ">=" and "<" thresholds', () => {
    const beds = classify([94.9, 95, 120], { direction: 'lower-is-better', thresholds: [th('>=', 95, 'Quá tải')] });
    expect(beds.classes.map((k) => k.count)).toEqual([1, 2]);
    expect(beds.classes[1]!.label?.vi).toBe('Quá tải');
    const wqi = classify([50, 51, 90], { direction: 'higher-is-better', thresholds: [th('<', 51, 'Kém')] });
    expect(wqi.classes.map((k) => k.count)).toEqual([1, 2]);
    expect(wqi.classes[0]!.label?.vi).toBe('Kém');
  });

  it('colours the worrying end dark whichever way is better', () => {
    const up = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { direction: 'higher-is-better', thresholds: [] });
    const down = classify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { direction: 'lower-is-better', thresholds: [] });
    expect(up.classes[0]!.color).toBe(down.classes[down.classes.length - 1]!.color);
  });

  it('falls back to quantiles that cover the data exactly once', () => {
    const values = Array.from({ length: 102 }, (_, i) => (i * 37) % 101);
    const c = classify(values, { direction: 'neutral', thresholds: [] });
    expect(c.method).toBe('quantiles');
    expect(c.classes).toHaveLength(5);
    expect(c.classes.reduce((s, k) => s + k.count, 0)).toBe(102);
    expect(c.classes[0]!.min).toBe(0);
    expect(c.classes[4]!.max).toBe(100);
    for (const v of values) {
      const k = c.classes[c.classOf(v)]!;
      expect(v >= k.min && v <= k.max).toBe(true);
    }
  });

  it('handles few distinct values, one value and no values', () => {
    expect(classify([1, 1, 1, 2], { direction: 'neutral', thresholds: [] }).classes.map((k) => k.count)).toEqual([3, 1]);
    const single = classify([7, 7], { direction: 'neutral', thresholds: [] });
    expect(single.method).toBe('single');
    expect(single.classes[0]!.count).toBe(2);
    const empty = classify([null, Number.NaN], { direction: 'neutral', thresholds: [] });
    expect(empty).toMatchObject({ method: 'empty', noDataCount: 2 });
    expect(empty.classOf(3)).toBe(-1);
  });
});
