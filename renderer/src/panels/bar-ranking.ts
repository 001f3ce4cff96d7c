// Ranking: the top N members (communes, agencies, categories) of the latest period as horizontal bars.
import type { ChartOption } from './chart-option.js';
import { axisNumber, escapeHtml, valueText } from './common.js';
import { chartPalette } from './palette.js';
import { definePanel, type PanelContext, type PanelData } from './registry.js';
import { evaluateThresholds } from './thresholds.js';

export const DEFAULT_TOP_N = 10;

export interface RankedItem {
  member: string;
  name: string;
  v: number;
}

/** Highest values first, at most `topN`, with display names (the member key when no name is known). */
export function rankItems(data: PanelData, ctx: PanelContext): RankedItem[] {
  const items = data.breakdown?.items ?? [];
  return [...items]
    .filter((i) => Number.isFinite(i.v))
    .sort((a, b) => b.v - a.v || a.member.localeCompare(b.member))
    .slice(0, ctx.topN ?? DEFAULT_TOP_N)
    .map((i) => ({ member: i.member, name: ctx.memberNames?.get(i.member) ?? i.member, v: i.v }));
}

export function barRankingOption(data: PanelData, ctx: PanelContext): ChartOption {
  const palette = chartPalette(ctx.dark);
  const ranked = rankItems(data, ctx);
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 300,
    grid: { left: 8, right: 72, top: 8, bottom: 8 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const item = p ? ranked[p.dataIndex] : undefined;
        return item ? `${escapeHtml(item.name)}: <b>${escapeHtml(valueText(ctx, item.v))}</b>` : '';
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
      data: ranked.map((i) => i.name),
      axisLabel: { color: palette.text, width: 130, overflow: 'truncate' },
      axisLine: { lineStyle: { color: palette.grid } },
    },
    series: [
      {
        id: 'value',
        type: 'bar',
        barMaxWidth: 22,
        data: ranked.map((i) => ({
          value: i.v,
          itemStyle: { color: palette.severity[evaluateThresholds(ctx.kpi.thresholds, i.v).severity] },
        })),
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

export const barRankingPanel = definePanel({ kind: 'bar-ranking', source: 'breakdown', transform: barRankingOption });
