// Small helpers the panel transforms share.
import { formatNumber, formatValue } from '../format/index.js';
import { pickText } from '../i18n/localized.js';
import { chartPalette } from './palette.js';
import type { PanelContext } from './registry.js';
import { visibleThresholds } from './thresholds.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function axisNumber(ctx: PanelContext) {
  return (value: number) => formatNumber(value, ctx.locale, { maximumFractionDigits: 2 });
}

export function valueText(ctx: PanelContext, value: number | null | undefined): string {
  return formatValue(value, ctx.kpi.unit, ctx.locale);
}

type LabelPosition = 'insideEndTop' | 'insideStartTop';

/** Threshold (and target) lines over a value axis, as a line series' markLine. */
export function thresholdMarkLine(ctx: PanelContext, values: readonly number[], axis: 'yAxis' | 'xAxis' = 'yAxis') {
  const palette = chartPalette(ctx.dark);
  const lines = visibleThresholds(ctx.kpi.thresholds, values).map((t) => ({
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
  if (target !== undefined && visibleThresholds([{ op: '>', value: target, severity: 'info', label: { vi: '-', en: '-' } }], values).length) {
    lines.push({
      [axis]: target,
      name: 'target',
      lineStyle: { color: palette.target, type: 'dashed' as const, width: 1.5 },
      label: { formatter: `${ctx.locale === 'vi' ? 'Mục tiêu' : 'Target'} ${valueText(ctx, target)}`, color: palette.target, position: 'insideStartTop' as LabelPosition },
    });
  }
  return { silent: true, symbol: 'none', animation: false, data: lines };
}
