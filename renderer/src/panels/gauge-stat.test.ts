import { describe, expect, it } from 'vitest';
import { bandStops, gaugeOption, gaugeTable, targetCaption } from './gauge.js';
import { chartPalette } from './palette.js';
import { statColor, statOption } from './stat.js';
import { bedOccupancy, ctxOf, dailySeries, seriesOf, visits, windowOf } from './test-fixtures.js';

const week = windowOf('daily', '2025-03-01T00:00:00+07:00', 7);
const ctx = ctxOf(bedOccupancy, { window: week });
type Gauge = { id: string; data: { value: number; name?: string }[]; detail?: { color: string; formatter: () => string }; progress?: { itemStyle?: { color: string } }; axisLine?: { lineStyle: { color: [number, string][] } } };

describe('gauge', () => {
  it('shows the latest value as progress in its threshold colour, with the threshold bands and the target tick', () => {
    const option = gaugeOption({ series: dailySeries([60, 97]) }, ctx)!;
    const [value, bands, target] = option.series as Gauge[];
    expect(value).toMatchObject({ id: 'value', data: [{ value: 97 }], progress: { itemStyle: { color: '#c62828' } } });
    expect(value!.detail!.formatter()).toBe('97%');
    expect(bands!.id).toBe('bands');
    expect(target!.id).toBe('target');
    const tick = target!.axisLine!.lineStyle.color;
    expect(tick[1]![1]).toBe('#2e7d32');
    expect(tick[1]![0]).toBeCloseTo(0.856, 3);
  });

  it('keeps the needle within the range while stating the real value', () => {
    const grdp = { ...bedOccupancy, range: [-5, 15] as [number, number], target: 8, direction: 'higher-is-better' as const, thresholds: [] };
    const [value] = gaugeOption({ series: seriesOf({ ...grdp }, '2025-01-01T00:00:00+07:00', [19]) }, ctxOf(grdp))!.series as Gauge[];
    expect(value!.data[0]!.value).toBe(15);
    expect(value!.detail!.formatter()).toBe('19%');
  });

  it('splits the range into severity bands', () => {
    expect(bandStops(bedOccupancy, chartPalette(false))).toEqual([
      [0.85, '#2e7d32'],
      [0.95, '#ef6c00'],
      [1, '#c62828'],
    ]);
  });

  it('says how far the value is from its target: a share where more is better, a gap otherwise', () => {
    expect(targetCaption(ctx, 41)).toBe('Mục tiêu 85%\ncách mục tiêu −44%');
    const better = { ...bedOccupancy, direction: 'higher-is-better' as const };
    expect(targetCaption(ctxOf(better, { locale: 'en' }), 96.8)).toBe('Target 85%\n113.9% of target');
  });

  it('tables each period against the target, and draws nothing without a value', () => {
    const table = gaugeTable({ series: dailySeries([80, null, 90]) }, ctx);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['01/03/2025', '80%', '85%', '94,1%'],
      ['02/03/2025', '—', '85%', '—'],
      ['03/03/2025', '90%', '85%', '105,9%'],
    ]);
    expect(gaugeOption({ series: dailySeries([]) }, ctx)).toBeNull();
  });
});

describe('stat', () => {
  it('is a sparkline over the previous window, without axes, coloured by the latest threshold state', () => {
    const previous = seriesOf(bedOccupancy, '2025-02-22T00:00:00+07:00', [50, 51, 52]);
    const option = statOption({ series: dailySeries([80, 90, 97]), previous }, ctx)!;
    expect((option.xAxis as { show: boolean }).show).toBe(false);
    const [before, now] = option.series as { id: string; lineStyle: { color: string } }[];
    expect(before!.id).toBe('previous');
    expect(now!.lineStyle.color).toBe('#c62828');
    expect(statColor({ series: dailySeries([80]) }, ctx)).toBe('#1565c0');
  });

  it('leaves sums of a commune uncoloured (province thresholds do not apply to them)', () => {
    const commune = ctxOf(visits, { window: week, scope: { dim: 'commune', member: 'x' } });
    expect(statColor({ series: seriesOf(visits, '2025-03-01T00:00:00+07:00', [50000]) }, commune)).toBe('#1565c0');
    expect(statOption({ series: dailySeries([]) }, ctx)).toBeNull();
  });
});
