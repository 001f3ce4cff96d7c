// Gauge: the latest value as progress along the KPI's range, coloured by its threshold state, a ring of
// the threshold bands, and the target as a marker; the caption says how far it is from the target.
import { formatLocal } from '../../../shared/model/period-math.js';
import type { Kpi } from '../../../shared/catalog/schema.js';
import { formatPeriod, formatValue } from '../format/index.js';
import type { ChartOption } from './chart-option.js';
import { onGrid, thresholdsApplyHere, valueText } from './common.js';
import { latestOf, progressToTarget } from './figures.js';
import { fill, labels } from './labels.js';
import { chartPalette, type ChartPalette } from './palette.js';
import { definePanel, type PanelContext, type PanelData } from './registry.js';
import { column, type TableModel } from './table-model.js';
import { evaluateThresholds } from './thresholds.js';

/** Colour stops along the range [min, max] for the threshold bands: [end fraction, colour][]. */
export function bandStops(kpi: Pick<Kpi, 'thresholds' | 'range'>, palette: ChartPalette): [number, string][] {
  const [min, max] = kpi.range;
  const cuts = [...new Set(kpi.thresholds.map((t) => t.value).filter((v) => v > min && v < max))].sort((a, b) => a - b);
  const edges = [min, ...cuts, max];
  const stops: [number, string][] = [];
  for (let i = 1; i < edges.length; i++) {
    const mid = (edges[i - 1]! + edges[i]!) / 2;
    const severity = evaluateThresholds(kpi.thresholds, mid).severity;
    const color = severity === 'ok' ? palette.target : palette.severity[severity];
    const end = (edges[i]! - min) / (max - min);
    if (stops.length > 0 && stops.at(-1)![1] === color) stops.at(-1)![0] = end;
    else stops.push([end, color]);
  }
  return stops;
}

/** Colour stops that draw only a thin tick at `fraction` of the track. */
export function targetTick(fraction: number, color: string): [number, string][] {
  const f = Math.max(0.006, Math.min(0.994, fraction));
  return [
    [f - 0.006, 'rgba(0,0,0,0)'],
    [f + 0.006, color],
    [1, 'rgba(0,0,0,0)'],
  ];
}

/** "Mục tiêu 85%\nđạt 48% mục tiêu" or "…\ncách mục tiêu −3 điểm". */
export function targetCaption(ctx: PanelContext, value: number): string {
  const target = ctx.kpi.target;
  const text = labels(ctx.locale).chart;
  if (target === undefined) return '';
  const progress = progressToTarget(ctx.kpi, value)!;
  const head = fill(text.targetValue, { value: valueText(ctx, target) });
  if (progress.ratio !== null) return `${head}\n${fill(text.ofTarget, { ratio: formatValue(progress.ratio * 100, 'percent', ctx.locale) })}`;
  const sign = progress.gap > 0 ? '+' : progress.gap < 0 ? '−' : '';
  return `${head}\n${fill(text.toTarget, { gap: `${sign}${valueText(ctx, Math.abs(progress.gap))}` })}`;
}

/** A ring drawn over the gauge (threshold bands, the target tick): only its axis line shows. */
function ring(common: object, id: string, radius: string, lineStyle: { width: number; color: [number, string][] }) {
  const hidden = { show: false };
  return {
    ...common,
    type: 'gauge' as const,
    id,
    radius,
    silent: true,
    progress: hidden,
    axisLine: { lineStyle },
    pointer: hidden,
    anchor: hidden,
    axisTick: hidden,
    splitLine: hidden,
    axisLabel: hidden,
    title: hidden,
    detail: hidden,
    data: [{ value: 0 }],
  };
}

export function gaugeOption(data: PanelData, ctx: PanelContext): ChartOption | null {
  const latest = latestOf(ctx.kpi, data.series?.points);
  if (!latest) return null;
  const palette = chartPalette(ctx.dark);
  const [min, max] = ctx.kpi.range;
  const applies = thresholdsApplyHere(ctx);
  const severity = applies ? evaluateThresholds(ctx.kpi.thresholds, latest.v).severity : 'ok';
  const color = palette.severity[severity];
  const shown = Math.max(min, Math.min(max, latest.v));
  const common = { type: 'gauge' as const, min, max, startAngle: 210, endAngle: -30, center: ['50%', '55%'], splitNumber: 5 };
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 400,
    series: [
      {
        ...common,
        id: 'value',
        radius: '88%',
        progress: { show: true, width: 16, roundCap: true, itemStyle: { color } },
        axisLine: { roundCap: true, lineStyle: { width: 16, color: [[1, palette.track]] } },
        pointer: { show: false },
        anchor: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { distance: 24, color: palette.muted, fontSize: 11, formatter: (v: number) => (v === min || v === max ? formatValue(v, ctx.kpi.unit, ctx.locale) : '') },
        title: { show: ctx.kpi.target !== undefined, offsetCenter: [0, '62%'], color: palette.muted, fontSize: 12, lineHeight: 16 },
        detail: { valueAnimation: false, offsetCenter: [0, '0%'], color, fontSize: 26, fontWeight: 'bold', formatter: () => valueText(ctx, latest.v) },
        data: [{ value: shown, name: targetCaption(ctx, latest.v) }],
      },
      ...(applies && ctx.kpi.thresholds.length > 0 ? [ring(common, 'bands', '98%', { width: 4, color: bandStops(ctx.kpi, palette) })] : []),
      // The target as a tick across the track: a colour stop only a little wider than a line.
      ...(ctx.kpi.target !== undefined ? [ring(common, 'target', '95%', { width: 26, color: targetTick((ctx.kpi.target - min) / (max - min), palette.target) })] : []),
    ],
  };
}

/** Every period of the window with its value and its distance to the target. */
export function gaugeTable(data: PanelData, ctx: PanelContext): TableModel {
  const { starts, values } = onGrid(ctx.kpi.period, data.series?.points ?? [], ctx.window);
  const text = labels(ctx.locale).chart;
  const target = ctx.kpi.target;
  const applies = thresholdsApplyHere(ctx);
  const columns = [column('period', text.period), column('value', text.value, true)];
  if (target !== undefined) columns.push(column('target', text.target, true), column('progress', `${text.target} (%)`, true));
  return {
    columns,
    rows: starts.map((s, i) => {
      const v = values[i] ?? null;
      const cells = [formatPeriod(formatLocal(s), ctx.kpi.period, ctx.locale), valueText(ctx, v)];
      if (target !== undefined) cells.push(valueText(ctx, target), v !== null && target !== 0 ? formatValue((100 * v) / target, 'percent', ctx.locale) : '—');
      return { key: String(s), cells, ...(applies && v !== null ? { severity: evaluateThresholds(ctx.kpi.thresholds, v).severity } : {}) };
    }),
  };
}

export const gaugePanel = definePanel({ kind: 'gauge', needs: () => ({}), transform: gaugeOption, table: gaugeTable });
