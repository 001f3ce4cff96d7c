import { describe, expect, it } from 'vitest';
import { countDataPoints } from '../components/chart-points.js';
import { bedOccupancy, ctxOf, dailySeries, seriesOf, visits, windowOf } from './test-fixtures.js';
import { seriesGrid, SYMBOL_LIMIT, timeseriesOption, timeseriesPanel, timeseriesTable } from './timeseries.js';

type AnySeries = { id: string; type: string; data: unknown[]; sampling?: string; showSymbol?: boolean; markLine?: { data: Record<string, unknown>[] }; lineStyle?: { color: string; type?: string } };
const seriesOfOption = (option: ReturnType<typeof timeseriesOption>) => option!.series as AnySeries[];
const week = windowOf('daily', '2025-03-01T00:00:00+07:00', 7);
const ctx = ctxOf(bedOccupancy, { window: week });

describe('timeseries', () => {
  it('draws the window’s values on its period grid, gaps as gaps', () => {
    const option = timeseriesOption({ series: dailySeries([80, null, 97]) }, ctx)!;
    const [value] = seriesOfOption(option);
    expect(value).toMatchObject({ id: 'value', type: 'line', data: [80, null, 97], sampling: 'lttb' });
    expect((option.xAxis as { data: string[] }).data).toEqual(['01/03', '02/03', '03/03']);
    expect(countDataPoints(option)).toBe(2);
  });

  it('lays the previous window under the same periods as a dashed line, and says so in the legend', () => {
    const previous = seriesOf(bedOccupancy, '2025-02-22T00:00:00+07:00', [70, 71, 72, 73]);
    const option = timeseriesOption({ series: dailySeries([80, 81, 82]), previous }, ctx)!;
    const [before, now] = seriesOfOption(option);
    expect(before).toMatchObject({ id: 'previous', data: [70, 71, 72], lineStyle: { type: 'dashed' } });
    expect(now!.id).toBe('value');
    expect((option.legend as { data: string[] }).data).toEqual(['Kỳ này', 'Kỳ trước']);
  });

  it('draws thresholds and the target as labelled lines, and leaves out those far from the data', () => {
    const lines = seriesOfOption(timeseriesOption({ series: dailySeries([80, 90, 97]) }, ctx)!)[0]!.markLine!.data;
    expect(lines.map((l) => l.yAxis)).toEqual([85, 95, 85]);
    expect(lines[1]).toMatchObject({ name: 'Quá tải', label: { formatter: 'Quá tải (> 95%)' } });
    expect(lines[2]).toMatchObject({ name: 'target', label: { formatter: 'Mục tiêu 85%' } });
    expect(seriesOfOption(timeseriesOption({ series: dailySeries([10, 12, 11]) }, ctx)!)[0]!.markLine!.data).toEqual([]);
  });

  it('drops province thresholds for a commune’s share of a count', () => {
    const commune = ctxOf(visits, { window: week, scope: { dim: 'commune', member: '24121' } });
    const option = timeseriesOption({ series: seriesOf(visits, '2025-03-01T00:00:00+07:00', [39000, 41000]) }, commune)!;
    expect(seriesOfOption(option)[0]!.markLine!.data).toEqual([]);
  });

  it('formats tooltips with the full period, the unit and the previous value, in the current language', () => {
    const previous = seriesOf(bedOccupancy, '2025-02-22T00:00:00+07:00', [70, 71]);
    const option = timeseriesOption({ series: dailySeries([80, 90.25]), previous }, { ...ctx, locale: 'en' })!;
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe('02/03/2025<br/>Hospital bed occupancy: <b>90.3%</b><br/>Previous period: 71%');
  });

  it('hides symbols and lets ECharts down-sample (LTTB) a long series', () => {
    const long = Array.from({ length: 400 }, (_, i) => 50 + (i % 7));
    const option = timeseriesOption({ series: dailySeries(long) }, ctxOf(bedOccupancy, { window: windowOf('daily', '2025-03-01T00:00:00+07:00', 400) }))!;
    expect(seriesOfOption(option)[0]).toMatchObject({ sampling: 'lttb', showSymbol: false });
    expect(400).toBeGreaterThan(SYMBOL_LIMIT);
  });

  it('has nothing to draw without values (the panel shows its empty state)', () => {
    expect(timeseriesOption({ series: dailySeries([]) }, ctx)).toBeNull();
    expect(timeseriesOption({}, ctx)).toBeNull();
  });

  it('uses the wall’s high-contrast palette in the dark theme', () => {
    expect(seriesOfOption(timeseriesOption({ series: dailySeries([1, 2]) }, { ...ctx, dark: true })!)[0]).toMatchObject({ lineStyle: { color: '#4fc3f7' } });
  });

  it('tables the same figures exactly, with the previous window and the change, and severities', () => {
    const previous = seriesOf(bedOccupancy, '2025-02-22T00:00:00+07:00', [70, 71]);
    const table = timeseriesTable({ series: dailySeries([80, 96]), previous }, ctx);
    expect(table.columns.map((c) => c.label)).toEqual(['Kỳ', 'Giá trị', 'Kỳ trước', 'Thay đổi']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['01/03/2025', '80%', '70%', '+10%'],
      ['02/03/2025', '96%', '71%', '+25%'],
    ]);
    expect(table.rows.map((r) => r.severity)).toEqual(['ok', 'critical']);
  });

  it('narrows the page to a clicked point’s period, and ignores clicks on the previous line', () => {
    const data = { series: dailySeries([80, 81, 82]) };
    expect(timeseriesPanel.drill!({ seriesId: 'value', dataIndex: 2 }, data, ctx)).toEqual({ kind: 'period', periodStart: '2025-03-03T00:00:00+07:00', period: 'daily' });
    expect(timeseriesPanel.drill!({ seriesId: 'previous', dataIndex: 2 }, data, ctx)).toBeNull();
    expect(seriesGrid(data, ctx).starts).toHaveLength(3);
  });
});
