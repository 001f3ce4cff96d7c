import { describe, expect, it } from 'vitest';
import type { MapFeature } from '../../../shared/contract/areas/map.js';
import { guardBox, partitionPoints } from './point-features.js';

const f = (id: string, lon: number, lat: number): MapFeature => ({
  id, name: `Điểm ${id}`, lon, lat, commune: null, cls: 'online', flagged: false, props: {}, updatedAt: '2026-03-01T08:00:00+07:00',
});

describe('partitionPoints', () => {
  const box = guardBox([107.5, 12.1, 109.5, 13.7]);

  it('draws good points with the properties styling needs', () => {
    const { drawn, skipped } = partitionPoints([f('a', 108.05, 12.68)], box);
    expect(skipped).toEqual([]);
    expect(drawn[0]).toEqual({ type: 'Feature', geometry: { type: 'Point', coordinates: [108.05, 12.68] }, properties: { fid: 'a', name: 'Điểm a', cls: 'online', flagged: false } });
  });

  it('sets aside bad geometry with the reason instead of crashing', () => {
    const bad = [f('nan', Number.NaN, 12), f('inf', 108, Infinity), f('globe', 200, 12), f('hanoi', 105.85, 21.03), { ...f('null', 0, 0), lon: null } as unknown as MapFeature];
    const { drawn, skipped } = partitionPoints([...bad, f('ok', 108.5, 13)], box);
    expect(drawn.map((d) => d.properties.fid)).toEqual(['ok']);
    expect(skipped.map((s) => [s.id, s.reason])).toEqual([
      ['nan', 'invalid-coordinates'],
      ['inf', 'invalid-coordinates'],
      ['globe', 'invalid-coordinates'],
      ['hanoi', 'outside-province'],
      ['null', 'invalid-coordinates'],
    ]);
  });

  it('without a province box only checks the globe', () => {
    expect(partitionPoints([f('hanoi', 105.85, 21.03)], guardBox(null)).drawn).toHaveLength(1);
  });
});
