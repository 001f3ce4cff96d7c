import { describe, expect, it } from 'vitest';
import type { Threshold } from '../../../shared/catalog/schema.js';
import { trendColor, trendOf } from './severity.js';
import { visibleThresholds } from './thresholds.js';

const aqi: Threshold[] = [
  { op: '>', value: 100, severity: 'warning', label: { vi: 'Kém', en: 'Poor' } },
  { op: '>', value: 150, severity: 'warning', label: { vi: 'Xấu', en: 'Bad' } },
  { op: '>', value: 200, severity: 'critical', label: { vi: 'Rất xấu', en: 'Very bad' } },
];

describe('visibleThresholds', () => {
  it('keeps thresholds near the data only', () => {
    expect(visibleThresholds(aqi, [40, 60, 90]).map((t) => t.value)).toEqual([100]);
    expect(visibleThresholds(aqi, [])).toHaveLength(3);
  });
});

describe('trends', () => {
  it('colours a change by the KPI direction', () => {
    expect(trendOf(5, 3)).toBe('up');
    expect(trendOf(5, null)).toBeNull();
    expect(trendColor('up', 'higher-is-better')).toBe('success');
    expect(trendColor('up', 'lower-is-better')).toBe('error');
    expect(trendColor('down', 'neutral')).toBeUndefined();
    expect(trendColor('flat', 'higher-is-better')).toBeUndefined();
  });
});
