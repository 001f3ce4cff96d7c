// Small helpers the panel transforms share: text, numbers, threshold lines, the period grid of a window.
import type { Period } from '../../../shared/catalog/schema.js';
import type { Point } from '../../../shared/contract/model.js';
import { addPeriods } from '../../../shared/model/period-math.js';
import { formatNumber, formatValue } from '../format/index.js';
import { pickText } from '../i18n/localized.js';
import { fill, labels } from './labels.js';
import type { KpiWindow } from './page-filters.js';
import { chartPalette } from './palette.js';
import type { PanelContext } from './registry.js';
import { thresholdsApply, visibleThresholds } from './thresholds.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function axisNumber(ctx: PanelContext) {
  return (value: number) => formatNumber(value, ctx.locale, { maximumFractionDigits: 2 });
}

export function valueText(ctx: PanelContext, value: number | null | undefined): string {
  return formatValue(value, ctx.kpi.unit, ctx.locale);
}

export function memberName(ctx: PanelContext, member: string): string {
  return ctx.memberNames?.get(member) ?? member;
}

/** Whether the KPI's thresholds apply to the panel's per-period values (see shared/catalog/thresholds.ts). */
export function thresholdsApplyHere(ctx: PanelContext, overPeriods = 1): boolean {
  return thresholdsApply(ctx.kpi, ctx.scope && ctx.scope.dim !== 'total' ? 'member' : 'total', overPeriods);
}

type LabelPosition = 'insideEndTop' | 'insideStartTop';

/** Threshold (when they apply) and target lines over a value axis, as a line series' markLine. */
export function thresholdMarkLine(ctx: PanelContext, values: readonly number[], axis: 'yAxis' | 'xAxis' = 'yAxis') {
  const palette = chartPalette(ctx.dark);
  const thresholds = thresholdsApplyHere(ctx) ? visibleThresholds(ctx.kpi.thresholds, values) : [];
  const lines = thresholds.map((t) => ({
    [axis]: t.value,
    name: pickText(t.label, ctx.locale),
    lineStyle: { color: palette.severity[t.severity], type: 'dashed' as const, width: 1.5 },
    label: {
      formatter: `${pickText(t.label, ctx.locale)} (${t.op} ${valueText(ctx, t.value)})`,
      color: palette.severity[t.severity],
      position: 'insideEndTop' as LabelPosition,
    },
  }));
  const target = ctx.kpi.target;
  const targetNear = target !== undefined && visibleThresholds([{ op: '>', value: target, severity: 'info', label: { vi: '-', en: '-' } }], values).length > 0;
  if (target !== undefined && targetNear && (!ctx.scope || ctx.scope.dim === 'total' || ctx.kpi.aggregate !== 'sum')) {
    lines.push({
      [axis]: target,
      name: 'target',
      lineStyle: { color: palette.target, type: 'dashed' as const, width: 1.5 },
      label: { formatter: fill(labels(ctx.locale).chart.targetValue, { value: valueText(ctx, target) }), color: palette.target, position: 'insideStartTop' as LabelPosition },
    });
  }
  return { silent: true, symbol: 'none', animation: false, data: lines };
}

/** Period starts (epoch ms) of a window, oldest first. */
export function periodStarts(period: Period, w: Pick<KpiWindow, 'fromMs' | 'toMs'>): number[] {
  const out: number[] = [];
  for (let p = w.fromMs; p < w.toMs; p = addPeriods(period, p, 1)) out.push(p);
  return out;
}

/**
 * The series on the window's period grid, up to its last value: values[i] belongs to starts[i], null
 * where a period has no value (a gap, not a zero). Without a window the points themselves are the grid.
 */
export function onGrid(period: Period, points: readonly Point[], w?: Pick<KpiWindow, 'fromMs' | 'toMs'>): { starts: number[]; values: (number | null)[] } {
  const finite = points.filter((p) => Number.isFinite(p.v));
  if (!w) return { starts: finite.map((p) => Date.parse(p.t)), values: finite.map((p) => p.v) };
  const byTime = new Map(finite.map((p) => [Date.parse(p.t), p.v]));
  let starts = periodStarts(period, w);
  let last = -1;
  starts.forEach((s, i) => {
    if (byTime.has(s)) last = i;
  });
  starts = starts.slice(0, last + 1);
  return { starts, values: starts.map((s) => byTime.get(s) ?? null) };
}

/** The previous window's values placed under the current grid: the i-th period before lines up with the i-th now. */
export function alignPrevious(period: Period, current: readonly number[], previous: readonly Point[], periods: number): (number | null)[] {
  const byTime = new Map(previous.filter((p) => Number.isFinite(p.v)).map((p) => [Date.parse(p.t), p.v]));
  return current.map((start) => byTime.get(addPeriods(period, start, -periods)) ?? null);
}
