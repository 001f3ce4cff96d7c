import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../../shared/catalog/schema.js';
import { implausibility } from './plausibility.js';

const kpi = (over: Partial<Kpi>): Kpi =>
  ({ id: 'x.y', unit: 'percent', range: [0, 100], aggregate: 'mean', breakdowns: ['commune'], ...over }) as Kpi;

describe('implausibility', () => {
  it('accepts values in range, negative growth and occupancy over 100 %', () => {
    expect(implausibility(kpi({ range: [-5, 15] }), 'total', -2.1)).toBeNull();
    expect(implausibility(kpi({ range: [50, 100] }), 'commune', 112)).toBeNull();
  });

  it('rejects negative counts and values far outside the range, with the reason', () => {
    expect(implausibility(kpi({ unit: 'count', aggregate: 'sum', range: [0, 1000] }), 'commune', -1)).toMatch(/negative/);
    expect(implausibility(kpi({ range: [0, 100] }), 'total', 250)).toMatch(/outside the plausible range 0–100/);
  });

  it('does not hold a commune share of a summed KPI to the province range', () => {
    expect(implausibility(kpi({ unit: 'count', aggregate: 'sum', range: [15000, 40000] }), 'commune', 120)).toBeNull();
  });
});
