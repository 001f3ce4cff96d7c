import { describe, expect, it } from 'vitest';
import { countDataPoints } from '../components/chart-points.js';
import { compositionOption, compositionPanel, compositionTable, partsOf } from './composition.js';
import { HEAT_ROWS, heatCells, heatmapOption, heatmapPanel, heatmapTable, heatNote, thresholdPieces } from './heatmap.js';
import { tableKindTable, tablePanel } from './table.js';
import { aqi, bedOccupancy, breakdownOf, ctxOf, diseases, matrixOf, seriesOf, visits, windowOf } from './test-fixtures.js';

const days = ['2025-03-01T00:00:00+07:00', '2025-03-02T00:00:00+07:00', '2025-03-03T00:00:00+07:00'];
const names = new Map([
  ['dengue', 'Sốt xuất huyết'],
  ['hfmd', 'Tay chân miệng'],
]);

describe('composition', () => {
  const matrix = matrixOf(diseases, 'category', days, { dengue: [5, null, 7], hfmd: [10, 12, 14] });
  const ctx = ctxOf(diseases, { memberNames: names });

  it('orders the parts by their total over the window', () => {
    expect(partsOf({ matrix }, ctx).parts.map((p) => [p.name, p.total])).toEqual([
      ['Tay chân miệng', 36],
      ['Sốt xuất huyết', 12],
    ]);
  });

  it('stacks the parts over the periods by default, one bar series per part', () => {
    const option = compositionOption({ matrix }, ctx)!;
    const series = option.series as { id: string; type: string; stack: string; data: unknown[] }[];
    expect(series.map((s) => [s.id, s.type, s.stack])).toEqual([
      ['part:hfmd', 'bar', 'total'],
      ['part:dengue', 'bar', 'total'],
    ]);
    expect(series[1]!.data).toEqual([5, null, 7]);
    expect(countDataPoints(option)).toBe(5);
  });

  it('draws the window’s parts as a donut on request, or when there is one period only', () => {
    const donut = compositionOption({ matrix }, { ...ctx, variant: 'donut' })!;
    expect((donut.series as { type: string; data: unknown[] }[])[0]).toMatchObject({
      type: 'pie',
      data: [
        { name: 'Tay chân miệng', value: 36 },
        { name: 'Sốt xuất huyết', value: 12 },
      ],
    });
    expect(donut.xAxis).toBeUndefined();
    const one = matrixOf(diseases, 'category', days.slice(0, 1), { dengue: [5], hfmd: [1] });
    expect((compositionOption({ matrix: one }, ctx)!.series as { type: string }[])[0]!.type).toBe('pie');
  });

  it('tables periods by parts with totals both ways', () => {
    const table = compositionTable({ matrix }, ctx);
    expect(table.columns.map((c) => c.label)).toEqual(['Kỳ', 'Tay chân miệng', 'Sốt xuất huyết', 'Tổng']);
    expect(table.rows[1]!.cells).toEqual(['02/03/2025', '12', '—', '12']);
    expect(table.footer).toEqual(['Tổng', '36', '12', '48']);
  });

  it('asks for the category matrix, is province-only, and drills into a clicked period', () => {
    expect(compositionPanel.needs(diseases, {})).toEqual({ matrix: 'category' });
    expect(compositionPanel.provinceOnly).toBe(true);
    expect(compositionPanel.drill!({ seriesId: 'part:hfmd', dataIndex: 2 }, { matrix }, ctx)).toEqual({ kind: 'period', periodStart: days[2], period: 'daily' });
    expect(compositionOption({ matrix: matrixOf(diseases, 'category', days, {}) }, ctx)).toBeNull();
  });
});

describe('heatmap', () => {
  it('lays an hourly KPI out hour × day, leaving out the days before the first value', () => {
    const window = windowOf('hourly', '2025-03-01T00:00:00+07:00', 72);
    const values = [...new Array<number | null>(24).fill(null), ...Array.from({ length: 30 }, (_, i) => 50 + i)];
    const series = seriesOf(aqi, '2025-03-01T00:00:00+07:00', values);
    const h = heatCells({ series }, ctxOf(aqi, { window }));
    expect(h.layout).toBe('hour-day');
    expect(h.rows).toEqual(['02/03/2025', '03/03/2025']);
    expect(h.cells[0]).toEqual([0, 0, 50]);
    expect(h.cells.at(-1)).toEqual([5, 1, 79]);
    expect(heatmapPanel.needs(aqi, {})).toEqual({});
  });

  it('colours cells by threshold pieces when thresholds apply', () => {
    const pieces = thresholdPieces(ctxOf(aqi));
    expect(pieces.map((p) => [p.gt ?? null, p.lte ?? null, p.label, p.color])).toEqual([
      [null, 100, 'Bình thường', '#90caf9'],
      [100, 150, 'Kém', '#ef6c00'],
      [150, null, 'Xấu', '#c62828'],
    ]);
    const series = seriesOf(aqi, '2025-03-01T00:00:00+07:00', [40, 160]);
    expect((heatmapOption({ series }, ctxOf(aqi))!.visualMap as { type: string }).type).toBe('piecewise');
  });

  it('lays other KPIs out member × period, the highest members first, the selected one always in', () => {
    const rows: Record<string, number[]> = {};
    for (let i = 0; i < 20; i++) rows[`c${String(i).padStart(2, '0')}`] = [i, i + 1];
    const kpi = { ...bedOccupancy, chart: 'heatmap' as const, period: 'monthly' as const };
    const matrix = matrixOf(kpi, 'commune', ['2025-01-01T00:00:00+07:00', '2025-02-01T00:00:00+07:00'], rows);
    const ctx = ctxOf(kpi, { selected: 'c01' });
    const h = heatCells({ matrix }, ctx);
    expect(h.layout).toBe('member-period');
    expect(h.rowKeys.slice(0, 2)).toEqual(['c19', 'c18']);
    expect(h.rowKeys).toHaveLength(HEAT_ROWS + 1);
    expect(h.rowKeys.at(-1)).toBe('c01');
    expect(heatNote({ matrix }, ctx)).toBe('12 đơn vị có giá trị cao nhất trong kỳ');
    expect(heatmapTable({ matrix }, ctx).rows).toHaveLength(20);
    expect(heatmapPanel.drill!({ dataIndex: 0 }, { matrix }, ctx)).toEqual({ kind: 'member', dim: 'commune', member: 'c19' });
    expect(heatmapPanel.needs(kpi, {})).toEqual({ matrix: 'commune' });
    expect((heatmapOption({ matrix }, ctx)!.visualMap as { type: string }).type).toBe('piecewise');
  });

  it('uses a continuous scale where thresholds do not apply, and draws nothing without cells', () => {
    const series = seriesOf({ ...visits, period: 'hourly' }, '2025-03-01T00:00:00+07:00', [10, 20]);
    const commune = ctxOf({ ...visits, period: 'hourly', chart: 'heatmap' }, { scope: { dim: 'commune', member: 'x' } });
    expect((heatmapOption({ series }, commune)!.visualMap as { type: string }).type).toBe('continuous');
    expect(heatmapOption({ series: seriesOf(aqi, '2025-03-01T00:00:00+07:00', []) }, ctxOf(aqi))).toBeNull();
  });
});

describe('table kind', () => {
  it('ranks the members of a broken-down KPI, or lists the periods under a commune filter', () => {
    const kpi = { ...visits, chart: 'table' as const };
    expect(tablePanel.needs(kpi, {})).toEqual({ breakdown: 'commune' });
    expect(tablePanel.needs(kpi, { scope: { dim: 'commune', member: 'x' } })).toEqual({ previous: true });
    expect(tablePanel.transform({}, ctxOf(kpi))).toBeNull();
    const ranked = tableKindTable({ breakdown: breakdownOf(kpi, 'commune', [['a', 3], ['b', 1]], 7) }, ctxOf(kpi, { dim: 'commune' }));
    expect(ranked.rows.map((r) => r.cells[1])).toEqual(['a', 'b']);
    const periods = tableKindTable({ series: seriesOf(kpi, days[0]!, [3, 4]) }, ctxOf(kpi));
    expect(periods.rows.map((r) => r.cells)).toEqual([
      ['01/03/2025', '3'],
      ['02/03/2025', '4'],
    ]);
  });
});
