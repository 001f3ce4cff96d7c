import { describe, expect, it } from 'vitest';
import { projectLocation } from './location-map.js';

describe('location map projection', () => {
  it('fits the commune and puts the point inside the box', () => {
    const square = { type: 'Polygon', coordinates: [[[108, 12], [108.1, 12], [108.1, 12.1], [108, 12.1], [108, 12]]] };
    const p = projectLocation(square, 108.05, 12.05)!;
    expect(p.paths).toHaveLength(1);
    expect(p.point![0]).toBeGreaterThan(100);
    expect(p.point![0]).toBeLessThan(260);
    expect(p.point![1]).toBeCloseTo(120, 0);
    expect(projectLocation(null, null, null)).toBeNull();
  });
});
