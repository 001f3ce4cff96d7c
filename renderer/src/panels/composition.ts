// Composition: how a total splits into its categories, as stacked bars over the window's periods or as a
// donut of the whole window. The parts come from the category breakdown, which exists for the province.
import { formatPeriod, formatPeriodShort, formatValue } from '../format/index.js';
import type { ChartOption } from './chart-option.js';
import { axisNumber, escapeHtml, memberName, valueText } from './common.js';
import { labels } from './labels.js';
import { chartPalette } from './palette.js';
import { definePanel, type ChartClick, type PanelContext, type PanelData } from './registry.js';
import { column, type TableModel } from './table-model.js';

export interface Part {
  member: string;
  name: string;
  /** Aligned with `periods`; null where the period has no figure for this part. */
  values: (number | null)[];
  total: number;
}

export interface Parts {
  periods: string[];
  parts: Part[];
}

/** The parts, largest over the window first (so colours and legend order are stable and meaningful). */
export function partsOf(data: PanelData, ctx: PanelContext): Parts {
  const m = data.matrix;
  if (!m) return { periods: [], parts: [] };
  const parts = m.members
    .map((member, i) => {
      const values = (m.values[i] ?? []).map((v) => (v !== null && Number.isFinite(v) ? v : null));
      return { member, name: memberName(ctx, member), values, total: values.reduce<number>((a, v) => a + (v ?? 0), 0) };
    })
    .filter((p) => p.values.some((v) => v !== null))
    .sort((a, b) => b.total - a.total || (a.member < b.member ? -1 : 1));
  return { periods: m.periods, parts };
}

function stacked(p: Parts, ctx: PanelContext): ChartOption {
  const palette = chartPalette(ctx.dark);
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 300,
    color: [...palette.categorical],
    grid: { left: 8, right: 16, top: 40, bottom: 8 },
    legend: { type: 'scroll', top: 0, textStyle: { color: palette.text }, pageTextStyle: { color: palette.muted }, itemHeight: 10 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const i = list[0]?.dataIndex;
        if (i === undefined || !p.periods[i]) return '';
        const rows = p.parts.map((part) => `${escapeHtml(part.name)}: <b>${escapeHtml(valueText(ctx, part.values[i]))}</b>`);
        const sum = p.parts.reduce((a, part) => a + (part.values[i] ?? 0), 0);
        return [escapeHtml(formatPeriod(p.periods[i], ctx.kpi.period, ctx.locale)), ...rows, `${escapeHtml(labels(ctx.locale).chart.total)}: <b>${escapeHtml(valueText(ctx, sum))}</b>`].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: p.periods.map((t) => formatPeriodShort(t, ctx.kpi.period, ctx.locale)),
      axisLabel: { color: palette.muted, hideOverlap: true },
      axisLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: { type: 'value', axisLabel: { color: palette.muted, formatter: axisNumber(ctx) }, splitLine: { lineStyle: { color: palette.grid } } },
    series: p.parts.map((part) => ({ id: `part:${part.member}`, type: 'bar' as const, name: part.name, stack: 'total', barMaxWidth: 28, data: part.values })),
  };
}

function donut(p: Parts, ctx: PanelContext): ChartOption {
  const palette = chartPalette(ctx.dark);
  const sum = p.parts.reduce((a, part) => a + part.total, 0);
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 300,
    color: [...palette.categorical],
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle', textStyle: { color: palette.text }, pageTextStyle: { color: palette.muted } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const part = item ? p.parts[item.dataIndex] : undefined;
        if (!part) return '';
        return `${escapeHtml(part.name)}: <b>${escapeHtml(valueText(ctx, part.total))}</b> (${escapeHtml(formatValue(sum > 0 ? (100 * part.total) / sum : 0, 'percent', ctx.locale))})`;
      },
    },
    series: [
      {
        id: 'parts',
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['36%', '52%'],
        avoidLabelOverlap: true,
        label: { show: true, color: palette.text, formatter: (x: { percent?: number }) => formatValue(x.percent ?? 0, 'percent', ctx.locale) },
        itemStyle: { borderColor: ctx.dark ? '#000' : '#fff', borderWidth: 1 },
        data: p.parts.map((part) => ({ name: part.name, value: part.total })),
      },
    ],
  };
}

export function compositionOption(data: PanelData, ctx: PanelContext): ChartOption | null {
  const p = partsOf(data, ctx);
  if (p.parts.length === 0) return null;
  const variant = ctx.variant ?? (p.periods.length > 1 ? 'stacked' : 'donut');
  return variant === 'donut' ? donut(p, ctx) : stacked(p, ctx);
}

/** Periods down, parts across, each period's total at the end and the window's totals below. */
export function compositionTable(data: PanelData, ctx: PanelContext): TableModel {
  const p = partsOf(data, ctx);
  const text = labels(ctx.locale).chart;
  const columns = [column('period', text.period), ...p.parts.map((part) => column(part.member, part.name, true)), column('total', text.total, true)];
  const rows = p.periods.map((t, i) => {
    const sum = p.parts.reduce((a, part) => a + (part.values[i] ?? 0), 0);
    return { key: t, cells: [formatPeriod(t, ctx.kpi.period, ctx.locale), ...p.parts.map((part) => valueText(ctx, part.values[i])), valueText(ctx, sum)] };
  });
  const all = p.parts.reduce((a, part) => a + part.total, 0);
  return { columns, rows, ...(p.parts.length > 0 ? { footer: [text.total, ...p.parts.map((part) => valueText(ctx, part.total)), valueText(ctx, all)] } : {}) };
}

export function compositionDrill(click: ChartClick, data: PanelData, ctx: PanelContext) {
  if (!click.seriesId?.startsWith('part:')) return null;
  const t = partsOf(data, ctx).periods[click.dataIndex];
  return t ? { kind: 'period' as const, periodStart: t, period: ctx.kpi.period } : null;
}

export const compositionPanel = definePanel({
  kind: 'composition',
  provinceOnly: true,
  needs: () => ({ matrix: 'category' }),
  transform: compositionOption,
  table: compositionTable,
  drill: compositionDrill,
});
