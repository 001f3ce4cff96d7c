import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { classRange } from './class-range.js';

describe('classRange', () => {
  it('writes the bounds the way the class includes them, in Vietnamese number format', () => {
    const c = classify([1], { direction: 'lower-is-better', thresholds: [{ op: '>', value: 1000.5, severity: 'warning', label: { vi: 'x', en: 'x' } }] });
    expect(classRange(c.classes[0]!, 'index', 'vi')).toBe('≤ 1.000,5');
    expect(classRange(c.classes[1]!, 'index', 'vi')).toBe('> 1.000,5');
    expect(classRange(c.classes[1]!, 'index', 'en')).toBe('> 1,000.5');
    const q = classify([1, 2, 3, 4, 5, 6], { direction: 'neutral', thresholds: [] });
    expect(classRange(q.classes[0]!, 'percent', 'vi')).toMatch(/^1% – /);
  });
});
