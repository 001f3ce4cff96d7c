// Stat: the card states the latest figure, its threshold colour and trend; the chart is a sparkline of
// the window over the previous window's (dashed), coloured by the latest value's threshold state.
import { formatLocal } from '../../../shared/model/period-math.js';
import type { ChartOption } from './chart-option.js';
import { escapeHtml, thresholdsApplyHere, valueText } from './common.js';
import { formatPeriod } from '../format/index.js';
import { labels } from './labels.js';
import { chartPalette } from './palette.js';
import { definePanel, type PanelContext, type PanelData } from './registry.js';
import { evaluateThresholds } from './thresholds.js';
import { periodDrill, seriesGrid, timeseriesTable } from './timeseries.js';

/** The colour of the latest value: its threshold severity when thresholds apply, else the series colour. */
export function statColor(data: PanelData, ctx: PanelContext): string {
  const palette = chartPalette(ctx.dark);
  const last = [...(data.series?.points ?? [])].reverse().find((p) => Number.isFinite(p.v));
  if (!last || !thresholdsApplyHere(ctx)) return palette.series;
  return palette.severity[evaluateThresholds(ctx.kpi.thresholds, last.v).severity];
}

export function statOption(data: PanelData, ctx: PanelContext): ChartOption | null {
  const grid = seriesGrid(data, ctx);
  if (grid.values.every((v) => v === null)) return null;
  const palette = chartPalette(ctx.dark);
  const text = labels(ctx.locale).chart;
  const color = statColor(data, ctx);
  const iso = formatLocal;
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 300,
    grid: { left: 2, right: 2, top: 6, bottom: 2, outerBoundsMode: 'none' },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const i = first?.dataIndex;
        if (i === undefined || grid.starts[i] === undefined) return '';
        const before = grid.previous?.[i];
        return (
          `${escapeHtml(formatPeriod(iso(grid.starts[i]!), ctx.kpi.period, ctx.locale))}: <b>${escapeHtml(valueText(ctx, grid.values[i]))}</b>` +
          (before !== null && before !== undefined ? `<br/>${escapeHtml(text.previous)}: ${escapeHtml(valueText(ctx, before))}` : '')
        );
      },
    },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: grid.starts.map(iso) },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      ...(grid.previous
        ? [{ id: 'previous', type: 'line' as const, data: grid.previous, showSymbol: false, sampling: 'lttb' as const, lineStyle: { color: palette.previous, width: 1, type: 'dashed' as const } }]
        : []),
      {
        id: 'value',
        type: 'line',
        data: grid.values,
        showSymbol: false,
        sampling: 'lttb',
        triggerLineEvent: true,
        lineStyle: { color, width: 2 },
        itemStyle: { color },
        areaStyle: { color, opacity: 0.15 },
      },
    ],
  };
}

export const statPanel = definePanel({
  kind: 'stat',
  needs: () => ({ previous: true }),
  transform: statOption,
  table: timeseriesTable,
  drill: periodDrill,
});
