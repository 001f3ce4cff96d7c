// Stat: the big number is drawn by the card; the chart is a sparkline of the recent periods.
import type { ChartOption } from './chart-option.js';
import { escapeHtml, valueText } from './common.js';
import { formatPeriod } from '../format/index.js';
import { chartPalette } from './palette.js';
import { definePanel, type PanelContext, type PanelData } from './registry.js';

export function statOption(data: PanelData, ctx: PanelContext): ChartOption {
  const palette = chartPalette(ctx.dark);
  const points = data.series?.points ?? [];
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 300,
    grid: { left: 2, right: 2, top: 4, bottom: 2, outerBoundsMode: 'none' },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const point = first ? points[first.dataIndex] : undefined;
        return point
          ? `${escapeHtml(formatPeriod(point.t, ctx.kpi.period, ctx.locale))}: <b>${escapeHtml(valueText(ctx, point.v))}</b>`
          : '';
      },
    },
    xAxis: { type: 'category', show: false, boundaryGap: false, data: points.map((p) => p.t) },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        id: 'value',
        type: 'line',
        data: points.map((p) => p.v),
        showSymbol: false,
        lineStyle: { color: palette.series, width: 2 },
        areaStyle: { color: palette.area },
      },
    ],
  };
}

export const statPanel = definePanel({ kind: 'stat', source: 'series', transform: statOption });
