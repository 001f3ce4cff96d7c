import { describe, expect, it } from 'vitest';
import { kpiMethods } from './kpi.js';

describe('KPI contract', () => {
  const breakdown = kpiMethods['kpi.breakdown'].params;

  it('takes one period or a range for a breakdown, not both', () => {
    expect(breakdown.safeParse({ kpiId: 'health.visits', dim: 'commune' }).success).toBe(true);
    expect(breakdown.safeParse({ kpiId: 'health.visits', dim: 'commune', from: '2026-11-01T00:00:00+07:00' }).success).toBe(true);
    const both = breakdown.safeParse({ kpiId: 'health.visits', dim: 'commune', periodStart: '2026-11-01T00:00:00+07:00', from: '2026-11-01T00:00:00+07:00' });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.message).toBe('give either periodStart or a from/to range, not both');
  });

  it('refuses unknown fields, bad dates, the total as a breakdown and too many members', () => {
    expect(breakdown.safeParse({ kpiId: 'health.visits', dim: 'commune', top: 5 }).success).toBe(false);
    expect(breakdown.safeParse({ kpiId: 'health.visits', dim: 'total' }).success).toBe(false);
    expect(kpiMethods['kpi.series'].params.safeParse({ kpiId: 'health.visits', from: '01/11/2026' }).success).toBe(false);
    const members = Array.from({ length: 201 }, (_, i) => `m${i}`);
    expect(kpiMethods['kpi.matrix'].params.safeParse({ kpiId: 'health.visits', dim: 'commune', members }).success).toBe(false);
    expect(kpiMethods['kpi.breaches'].params.safeParse({ domain: 'health' }).success).toBe(false);
  });

  it('defaults a series to the province total', () => {
    expect(kpiMethods['kpi.series'].params.parse({ kpiId: 'health.visits' })).toEqual({ kpiId: 'health.visits', dim: 'total', member: '' });
  });
});
