import { describe, expect, it } from 'vitest';
import { countDataPoints } from '../components/chart-points.js';
import { bedOccupancy, communeBreakdown, dailySeries } from './test-fixtures.js';
import {
  barRankingOption,
  getPanel,
  rankItems,
  registeredKinds,
  statOption,
  timeseriesOption,
  type PanelContext,
} from './index.js';

const ctx: PanelContext = { kpi: bedOccupancy, locale: 'vi', dark: false };

type AnySeries = { type: string; data: unknown[]; markLine?: { data: Record<string, unknown>[] }; label?: { formatter: (p: { dataIndex: number }) => string } };
const firstSeries = (option: ReturnType<typeof timeseriesOption>) => (option.series as AnySeries[])[0]!;

describe('panel registry', () => {
  it('has timeseries, bar-ranking and stat, and falls back to timeseries for other kinds', () => {
    expect(registeredKinds()).toEqual(expect.arrayContaining(['timeseries', 'bar-ranking', 'stat']));
    expect(getPanel('bar-ranking').source).toBe('breakdown');
    expect(getPanel('gauge').kind).toBe('timeseries');
    expect(getPanel('heatmap').kind).toBe('timeseries');
  });
});

describe('timeseries', () => {
  it('draws one line with an area over the period labels', () => {
    const option = timeseriesOption({ series: dailySeries([80, 90, 97]) }, ctx);
    const s = firstSeries(option);
    expect(s.type).toBe('line');
    expect(s.data).toEqual([80, 90, 97]);
    expect((option.xAxis as { data: string[] }).data).toEqual(['01/03', '02/03', '03/03']);
    expect(s).toHaveProperty('areaStyle');
    expect(countDataPoints(option)).toBe(3);
  });

  it('draws the thresholds and the target as labelled lines', () => {
    const option = timeseriesOption({ series: dailySeries([80, 90, 97]) }, ctx);
    const lines = firstSeries(option).markLine!.data;
    expect(lines.map((l) => l.yAxis)).toEqual([85, 95, 85]);
    expect(lines[1]).toMatchObject({ name: 'Quá tải', label: { formatter: 'Quá tải (> 95%)' } });
    expect(lines[2]).toMatchObject({ name: 'target' });
  });

  it('leaves out thresholds far from the data', () => {
    const option = timeseriesOption({ series: dailySeries([10, 12, 11]) }, ctx);
    expect(firstSeries(option).markLine!.data).toEqual([]);
  });

  it('formats tooltips with the full period and the unit, in the current language', () => {
    const option = timeseriesOption({ series: dailySeries([80, 90.25]) }, { ...ctx, locale: 'en' });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe('02/03/2025<br/>Hospital bed occupancy: <b>90.3%</b>');
  });

  it('copes with an empty series', () => {
    const option = timeseriesOption({ series: dailySeries([]) }, ctx);
    expect(countDataPoints(option)).toBe(0);
    expect(countDataPoints(timeseriesOption({}, ctx))).toBe(0);
  });
});

describe('bar-ranking', () => {
  const names = new Map([
    ['24121', 'Phường Buôn Ma Thuột'],
    ['24133', 'Xã Hòa Phú'],
  ]);

  it('ranks the highest first, keeps the top N and names the members', () => {
    const data = { breakdown: communeBreakdown([['a', 1], ['24121', 97], ['24133', 60], ['b', 70]]) };
    const ranked = rankItems(data, { ...ctx, memberNames: names, topN: 3 });
    expect(ranked.map((r) => r.name)).toEqual(['Phường Buôn Ma Thuột', 'b', 'Xã Hòa Phú']);
  });

  it('draws horizontal bars coloured by threshold state with formatted labels', () => {
    const data = { breakdown: communeBreakdown([['24121', 97], ['24133', 60]]) };
    const option = barRankingOption(data, { ...ctx, memberNames: names });
    const s = (option.series as AnySeries[])[0]!;
    expect(s.type).toBe('bar');
    expect((option.yAxis as { data: string[]; type: string }).data).toEqual(['Phường Buôn Ma Thuột', 'Xã Hòa Phú']);
    expect(s.data).toEqual([
      { value: 97, itemStyle: { color: '#c62828' } },
      { value: 60, itemStyle: { color: '#1565c0' } },
    ]);
    expect(s.label!.formatter({ dataIndex: 0 })).toBe('97%');
    expect(countDataPoints(option)).toBe(2);
  });

  it('defaults to ten members', () => {
    const items = Array.from({ length: 15 }, (_, i) => [`m${i}`, i] as [string, number]);
    expect(countDataPoints(barRankingOption({ breakdown: communeBreakdown(items) }, ctx))).toBe(10);
  });
});

describe('stat', () => {
  it('is a sparkline without axes', () => {
    const option = statOption({ series: dailySeries([1, 2, 3, 4]) }, ctx);
    expect((option.xAxis as { show: boolean }).show).toBe(false);
    expect(countDataPoints(option)).toBe(4);
  });
});

describe('dark theme', () => {
  it('uses the high-contrast palette', () => {
    const option = timeseriesOption({ series: dailySeries([1, 2]) }, { ...ctx, dark: true });
    expect(firstSeries(option)).toMatchObject({ lineStyle: { color: '#4fc3f7' } });
  });
});
