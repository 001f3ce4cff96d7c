// Time series: a line with an area, thresholds and target as dashed lines, periods on a category axis.
import { formatPeriod, formatPeriodShort } from '../format/index.js';
import { pickText } from '../i18n/localized.js';
import type { ChartOption } from './chart-option.js';
import { axisNumber, escapeHtml, thresholdMarkLine, valueText } from './common.js';
import { chartPalette } from './palette.js';
import { definePanel, type PanelContext, type PanelData } from './registry.js';

export function timeseriesOption(data: PanelData, ctx: PanelContext): ChartOption {
  const palette = chartPalette(ctx.dark);
  const points = data.series?.points ?? [];
  const values = points.map((p) => p.v);
  const name = pickText(ctx.kpi.name, ctx.locale);
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 300,
    grid: { left: 8, right: 24, top: 28, bottom: 8 },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const point = first ? points[first.dataIndex] : undefined;
        if (!point) return '';
        return `${escapeHtml(formatPeriod(point.t, ctx.kpi.period, ctx.locale))}<br/>${escapeHtml(name)}: <b>${escapeHtml(valueText(ctx, point.v))}</b>`;
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((p) => formatPeriodShort(p.t, ctx.kpi.period, ctx.locale)),
      axisLabel: { color: palette.muted, hideOverlap: true },
      axisLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: palette.muted, formatter: axisNumber(ctx) },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series: [
      {
        id: 'value',
        type: 'line',
        name,
        data: values,
        showSymbol: values.length <= 31,
        symbolSize: 5,
        lineStyle: { color: palette.series, width: 2 },
        itemStyle: { color: palette.series },
        areaStyle: { color: palette.area },
        markLine: thresholdMarkLine(ctx, values),
      },
    ],
  };
}

export const timeseriesPanel = definePanel({ kind: 'timeseries', source: 'series', transform: timeseriesOption });
