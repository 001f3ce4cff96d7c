import { describe, expect, it } from 'vitest';
import type { Threshold } from './schema.js';
import { evaluateThresholds, isBreach, thresholdsApply } from './thresholds.js';

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
  it('is ok below every threshold and for missing or non-numeric values', () => {
    expect(evaluateThresholds(aqi, 50)).toEqual({ severity: 'ok' });
    expect(evaluateThresholds(aqi, null)).toEqual({ severity: 'ok' });
    expect(evaluateThresholds(aqi, Number.NaN)).toEqual({ severity: 'ok' });
  });
  it('picks the most severe crossed threshold, then the furthest out', () => {
    expect(evaluateThresholds(aqi, 120).threshold?.label.vi).toBe('Kém');
    expect(evaluateThresholds(aqi, 160).threshold?.label.vi).toBe('Xấu');
    expect(evaluateThresholds(aqi, 250).severity).toBe('critical');
  });
  it('handles lower-is-worse thresholds and inclusive operators', () => {
    expect(evaluateThresholds(coverage, 85).severity).toBe('warning');
    expect(evaluateThresholds(coverage, 75).severity).toBe('critical');
    expect(evaluateThresholds([{ op: '<=', value: 90, severity: 'info', label }], 90).severity).toBe('info');
    expect(evaluateThresholds([{ op: '>=', value: 90, severity: 'info', label }], 89.9).severity).toBe('ok');
  });
});

describe('breaches and where thresholds apply', () => {
  it('counts warnings and criticals as breaches, not info', () => {
    expect(['ok', 'info', 'warning', 'critical'].map((s) => isBreach(s as never))).toEqual([false, false, true, true]);
  });
  it('applies province thresholds to a commune only for rates, means and maxima, and never to a multi-period sum', () => {
    expect(thresholdsApply({ aggregate: 'sum' }, 'total')).toBe(true);
    expect(thresholdsApply({ aggregate: 'sum' }, 'member')).toBe(false);
    expect(thresholdsApply({ aggregate: 'sum' }, 'total', 7)).toBe(false);
    expect(thresholdsApply({ aggregate: 'mean' }, 'member')).toBe(true);
    expect(thresholdsApply({ aggregate: 'max' }, 'member', 30)).toBe(true);
  });
});
