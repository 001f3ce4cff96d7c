import { describe, expect, it } from 'vitest';
import { defaultLayers, mapQuery, parseMapQuery } from './url-state.js';

describe('map URL state', () => {
  it('round-trips centre, zoom, layers, KPI, period and commune', () => {
    const state = { center: [108.05123456, 12.68] as [number, number], zoom: 9.123, layers: ['cameras', 'schools'], kpi: 'environment.aqi', period: '2026-03-01T08:00:00+07:00', commune: '24121' };
    const query = mapQuery(state);
    expect(query).toEqual({ center: '108.05123,12.68', zoom: '9.12', layers: 'cameras,schools', kpi: 'environment.aqi', period: '2026-03-01T08:00:00+07:00', commune: '24121' });
    expect(parseMapQuery(query)).toEqual({ ...state, center: [108.05123, 12.68], zoom: 9.12 });
  });

  it('ignores what it cannot use instead of failing', () => {
    expect(parseMapQuery({ center: 'abc', zoom: 'x', layers: 'cameras,parking', kpi: 'DROP TABLE', period: 'soon', commune: '<script>' })).toEqual({
      center: null, zoom: null, layers: ['cameras'], kpi: null, period: null, commune: null,
    });
    expect(parseMapQuery({ center: '500,12', zoom: '99' })).toMatchObject({ center: null, zoom: 22 });
  });

  it('tells "no layers chosen" from "the defaults"', () => {
    expect(parseMapQuery({ layers: '' }).layers).toEqual([]);
    expect(parseMapQuery({}).layers).toBeNull();
    expect(defaultLayers()).toContain('field-reports');
    expect(defaultLayers()).not.toContain('schools');
  });
});
