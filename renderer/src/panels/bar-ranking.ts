// Ranking: communes, agencies or categories over the window (rolled up with the KPI's aggregate) as
// horizontal bars, the top or bottom N; the filtered member is highlighted and always shown with its rank.
import { formatValue } from '../format/index.js';
import type { ChartOption } from './chart-option.js';
import { axisNumber, escapeHtml, memberName, thresholdsApplyHere, valueText } from './common.js';
import { fill, labels } from './labels.js';
import { chartPalette } from './palette.js';
import { definePanel, memberDim, type ChartClick, type PanelContext, type PanelData } from './registry.js';
import { column, type TableModel } from './table-model.js';
import { evaluateThresholds } from './thresholds.js';

export const DEFAULT_TOP_N = 10;

export interface RankedItem {
  member: string;
  name: string;
  v: number;
  /** 1 = highest value. */
  rank: number;
  selected: boolean;
}

/** Every member with a value, highest first, with its rank (ties ranked by member key for stability). */
export function rankAll(data: PanelData, ctx: PanelContext): RankedItem[] {
  return [...(data.breakdown?.items ?? [])]
    .filter((i) => Number.isFinite(i.v))
    .sort((a, b) => b.v - a.v || (a.member < b.member ? -1 : a.member > b.member ? 1 : 0))
    .map((i, index) => ({ member: i.member, name: memberName(ctx, i.member), v: i.v, rank: index + 1, selected: i.member === ctx.selected }));
}

/** The N shown: the highest (or lowest) N, plus the selected member when it falls outside them. */
export function rankItems(data: PanelData, ctx: PanelContext): RankedItem[] {
  const all = rankAll(data, ctx);
  const n = ctx.topN ?? DEFAULT_TOP_N;
  const shown = ctx.order === 'bottom' ? all.slice(-n).reverse() : all.slice(0, n);
  const selected = all.find((i) => i.selected);
  if (selected && !shown.includes(selected)) shown.push(selected);
  return shown;
}

function barColor(ctx: PanelContext, item: RankedItem, applies: boolean): string {
  const palette = chartPalette(ctx.dark);
  if (item.selected) return palette.selected;
  return applies ? palette.severity[evaluateThresholds(ctx.kpi.thresholds, item.v).severity] : palette.series;
}

export function barRankingOption(data: PanelData, ctx: PanelContext): ChartOption | null {
  const ranked = rankItems(data, ctx);
  if (ranked.length === 0) return null;
  const palette = chartPalette(ctx.dark);
  const total = rankAll(data, ctx).length;
  const applies = thresholdsApplyHere(ctx, data.breakdown?.periods ?? 1) && ctx.dim !== 'category';
  const text = labels(ctx.locale).chart;
  const label = (item: RankedItem) => (item.selected || ctx.order === 'bottom' || item.rank > (ctx.topN ?? DEFAULT_TOP_N) ? `#${item.rank} ${item.name}` : item.name);
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 300,
    grid: { left: 8, right: 80, top: 8, bottom: 8 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const item = p ? ranked[p.dataIndex] : undefined;
        if (!item) return '';
        return `${escapeHtml(item.name)}: <b>${escapeHtml(valueText(ctx, item.v))}</b><br/>${escapeHtml(fill(text.rankOf, { rank: item.rank, total }))}`;
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { color: palette.muted, formatter: axisNumber(ctx), hideOverlap: true },
      splitLine: { lineStyle: { color: palette.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map(label),
      axisLabel: { color: palette.text, width: 140, overflow: 'truncate' },
      axisLine: { lineStyle: { color: palette.grid } },
    },
    series: [
      {
        id: 'value',
        type: 'bar',
        barMaxWidth: 22,
        cursor: ctx.dim === 'category' ? 'default' : 'pointer',
        data: ranked.map((i) => ({ value: i.v, itemStyle: { color: barColor(ctx, i, applies) } })),
        label: {
          show: true,
          position: 'right',
          color: palette.text,
          formatter: (p: { dataIndex: number }) => valueText(ctx, ranked[p.dataIndex]?.v),
        },
      },
    ],
  };
}

/** Every member, ranked, with its share of the whole for KPIs that add up. */
export function rankingTable(data: PanelData, ctx: PanelContext): TableModel {
  const all = rankAll(data, ctx);
  const text = labels(ctx.locale).chart;
  const sums = ctx.kpi.aggregate === 'sum';
  const sum = all.reduce((a, i) => a + i.v, 0);
  const applies = thresholdsApplyHere(ctx, data.breakdown?.periods ?? 1) && ctx.dim !== 'category';
  const memberLabel = ctx.dim === 'agency' ? text.agency : ctx.dim === 'category' ? text.category : text.commune;
  const columns = [column('rank', text.rank, true), column('member', memberLabel), column('value', text.value, true)];
  if (sums) columns.push(column('share', text.share, true));
  const share = (v: number) => (sum > 0 ? formatValue((100 * v) / sum, 'percent', ctx.locale) : '—');
  return {
    columns,
    valueColumn: 2,
    rows: all.map((i) => ({
      key: i.member,
      cells: [String(i.rank), i.name, valueText(ctx, i.v), ...(sums ? [share(i.v)] : [])],
      selected: i.selected,
      ...(applies ? { severity: evaluateThresholds(ctx.kpi.thresholds, i.v).severity } : {}),
    })),
    ...(sums && all.length > 0 ? { footer: ['', text.total, valueText(ctx, sum), formatValue(100, 'percent', ctx.locale)] } : {}),
  };
}

/** A clicked commune or agency bar narrows the page to it (categories are not a page filter). */
export function memberDrill(click: ChartClick, data: PanelData, ctx: PanelContext) {
  const item = rankItems(data, ctx)[click.dataIndex];
  if (!item || (ctx.dim !== 'commune' && ctx.dim !== 'agency')) return null;
  return { kind: 'member' as const, dim: ctx.dim, member: item.member };
}

export const barRankingPanel = definePanel({
  kind: 'bar-ranking',
  needs: (kpi, ctx) => ({ breakdown: ctx.dim ?? memberDim(kpi, ctx.scope) }),
  transform: barRankingOption,
  table: rankingTable,
  drill: memberDrill,
});
