// Time series: the window's values as a line with an area, the previous window's as a dashed line under
// the same periods, thresholds and target as labelled lines; long series down-sampled (LTTB).
import { formatLocal } from '../../../shared/model/period-math.js';
import { formatDelta, formatPeriod, formatPeriodShort } from '../format/index.js';
import { pickText } from '../i18n/localized.js';
import type { ChartOption } from './chart-option.js';
import { alignPrevious, axisNumber, escapeHtml, onGrid, thresholdMarkLine, thresholdsApplyHere, valueText } from './common.js';
import { labels } from './labels.js';
import { chartPalette } from './palette.js';
import { definePanel, type ChartClick, type PanelContext, type PanelData } from './registry.js';
import { column, type TableModel } from './table-model.js';
import { evaluateThresholds } from './thresholds.js';

/** Above this many points the line is drawn without symbols and ECharts down-samples it with LTTB. */
export const SYMBOL_LIMIT = 62;

export interface SeriesGrid {
  starts: number[];
  values: (number | null)[];
  previous: (number | null)[] | null;
}

export function seriesGrid(data: PanelData, ctx: PanelContext): SeriesGrid {
  const { starts, values } = onGrid(ctx.kpi.period, data.series?.points ?? [], ctx.window);
  const previous = data.previous && ctx.window ? alignPrevious(ctx.kpi.period, starts, data.previous.points, ctx.window.periods) : null;
  return { starts, values, previous: previous && previous.some((v) => v !== null) ? previous : null };
}

/** Period starts travel as the engine writes them: ISO with the +07:00 offset. */
const iso = formatLocal;

export function timeseriesOption(data: PanelData, ctx: PanelContext): ChartOption | null {
  const grid = seriesGrid(data, ctx);
  if (grid.values.every((v) => v === null)) return null;
  const palette = chartPalette(ctx.dark);
  const text = labels(ctx.locale).chart;
  const name = pickText(ctx.kpi.name, ctx.locale);
  const present = grid.values.filter((v): v is number => v !== null);
  const many = grid.starts.length > SYMBOL_LIMIT;
  const series: NonNullable<ChartOption['series']> = [];
  if (grid.previous) {
    series.push({
      id: 'previous',
      type: 'line',
      name: text.previous,
      data: grid.previous,
      showSymbol: false,
      sampling: 'lttb',
      lineStyle: { color: palette.previous, width: 1.5, type: 'dashed' },
      itemStyle: { color: palette.previous },
      z: 1,
    });
  }
  series.push({
    id: 'value',
    type: 'line',
    name: text.current,
    data: grid.values,
    showSymbol: !many,
    symbolSize: 6,
    sampling: 'lttb',
    triggerLineEvent: true,
    lineStyle: { color: palette.series, width: 2 },
    itemStyle: { color: palette.series },
    areaStyle: { color: palette.area },
    markLine: thresholdMarkLine(ctx, present),
    z: 2,
  });
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 300,
    grid: { left: 8, right: 24, top: grid.previous ? 30 : 24, bottom: 8 },
    legend: grid.previous ? { show: true, top: 0, right: 8, itemHeight: 8, textStyle: { color: palette.muted }, data: [text.current, text.previous] } : { show: false },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const i = first?.dataIndex;
        if (i === undefined || grid.starts[i] === undefined) return '';
        const lines = [`${escapeHtml(formatPeriod(iso(grid.starts[i]!), ctx.kpi.period, ctx.locale))}`, `${escapeHtml(name)}: <b>${escapeHtml(valueText(ctx, grid.values[i]))}</b>`];
        const before = grid.previous?.[i];
        if (before !== null && before !== undefined) lines.push(`${escapeHtml(text.previous)}: ${escapeHtml(valueText(ctx, before))}`);
        return lines.join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: grid.starts.map((s) => formatPeriodShort(iso(s), ctx.kpi.period, ctx.locale)),
      axisLabel: { color: palette.muted, hideOverlap: true },
      axisLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: { color: palette.muted, formatter: axisNumber(ctx) },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    series,
  };
}

/** Periods, value, the previous window's value under it, and the change. */
export function timeseriesTable(data: PanelData, ctx: PanelContext): TableModel {
  const grid = seriesGrid(data, ctx);
  const text = labels(ctx.locale).chart;
  const applies = thresholdsApplyHere(ctx);
  const columns = [column('period', text.period), column('value', text.value, true)];
  if (grid.previous) columns.push(column('previous', text.previous, true), column('change', text.change, true));
  const rows = grid.starts.map((s, i) => {
    const v = grid.values[i] ?? null;
    const cells = [formatPeriod(iso(s), ctx.kpi.period, ctx.locale), valueText(ctx, v)];
    if (grid.previous) {
      const before = grid.previous[i] ?? null;
      cells.push(valueText(ctx, before), v !== null && before !== null ? formatDelta(v - before, ctx.kpi.unit, ctx.locale) : '—');
    }
    return { key: String(s), cells, ...(applies && v !== null ? { severity: evaluateThresholds(ctx.kpi.thresholds, v).severity } : {}) };
  });
  return { columns, rows };
}

/** A clicked point narrows the page to its period. */
export function periodDrill(click: ChartClick, data: PanelData, ctx: PanelContext) {
  if (click.seriesId !== undefined && click.seriesId !== 'value') return null;
  const start = seriesGrid(data, ctx).starts[click.dataIndex];
  return start === undefined ? null : { kind: 'period' as const, periodStart: iso(start), period: ctx.kpi.period };
}

export const timeseriesPanel = definePanel({
  kind: 'timeseries',
  needs: () => ({ previous: true }),
  transform: timeseriesOption,
  table: timeseriesTable,
  drill: periodDrill,
});
