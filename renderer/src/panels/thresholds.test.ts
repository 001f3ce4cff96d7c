import { describe, expect, it } from 'vitest';
import type { Threshold } from '../../../shared/catalog/schema.js';
import { defaultMode, panelModes, rankingDim } from './modes.js';
import { trendColor, trendOf } from './severity.js';
import { evaluateThresholds, visibleThresholds } from './thresholds.js';

const label = { vi: 'x', en: 'x' };
const aqi: Threshold[] = [
  { op: '>', value: 100, severity: 'warning', label: { vi: 'Kém', en: 'Poor' } },
  { op: '>', value: 150, severity: 'warning', label: { vi: 'Xấu', en: 'Bad' } },
  { op: '>', value: 200, severity: 'critical', label: { vi: 'Rất xấu', en: 'Very bad' } },
];
const coverage: Threshold[] = [
  { op: '<', value: 90, severity: 'warning', label },
  { op: '<', value: 80, severity: 'critical', label },
];

describe('evaluateThresholds', () => {
  it('is ok below every threshold and for missing values', () => {
    expect(evaluateThresholds(aqi, 50)).toEqual({ severity: 'ok' });
    expect(evaluateThresholds(aqi, null)).toEqual({ severity: 'ok' });
  });
  it('picks the most severe crossed threshold, then the furthest out', () => {
    expect(evaluateThresholds(aqi, 120).threshold?.label.vi).toBe('Kém');
    expect(evaluateThresholds(aqi, 160).threshold?.label.vi).toBe('Xấu');
    expect(evaluateThresholds(aqi, 250).severity).toBe('critical');
  });
  it('handles lower-is-worse thresholds', () => {
    expect(evaluateThresholds(coverage, 85).severity).toBe('warning');
    expect(evaluateThresholds(coverage, 75).severity).toBe('critical');
    expect(evaluateThresholds([{ op: '<=', value: 90, severity: 'info', label }], 90).severity).toBe('info');
    expect(evaluateThresholds([{ op: '>=', value: 90, severity: 'info', label }], 89.9).severity).toBe('ok');
  });
});

describe('visibleThresholds', () => {
  it('keeps thresholds near the data only', () => {
    expect(visibleThresholds(aqi, [40, 60, 90]).map((t) => t.value)).toEqual([100]);
    expect(visibleThresholds(aqi, [])).toHaveLength(3);
  });
});

describe('panel modes', () => {
  it('prefers the commune breakdown for rankings', () => {
    expect(rankingDim({ breakdowns: ['category', 'commune'] })).toBe('commune');
    expect(rankingDim({ breakdowns: ['agency'] })).toBe('agency');
    expect(rankingDim({ breakdowns: [] })).toBeUndefined();
    expect(panelModes({ breakdowns: ['category', 'commune'] })).toEqual(['series', 'commune', 'category']);
    expect(defaultMode({ breakdowns: ['commune'], chart: 'bar-ranking' })).toBe('commune');
    expect(defaultMode({ breakdowns: [], chart: 'bar-ranking' })).toBe('series');
    expect(defaultMode({ breakdowns: ['commune'], chart: 'timeseries' })).toBe('series');
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
