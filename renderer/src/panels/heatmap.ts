// Heat map: hour × day for an hourly KPI (when in the day trouble comes), or commune/agency × period for
// the others (where, and since when). Cells take their threshold colour when thresholds apply, else a scale.
import { floorPeriod, formatLocal, localParts } from '../../../shared/model/period-math.js';
import { pickText } from '../i18n/localized.js';
import { formatPeriod, formatPeriodShort } from '../format/index.js';
import type { ChartOption } from './chart-option.js';
import { escapeHtml, memberName, onGrid, thresholdsApplyHere, valueText } from './common.js';
import { rollUp } from './figures.js';
import { fill, labels } from './labels.js';
import { chartPalette } from './palette.js';
import { definePanel, memberDim, type ChartClick, type PanelContext, type PanelData } from './registry.js';
import { column, type TableModel } from './table-model.js';
import { evaluateThresholds } from './thresholds.js';

/** Member rows a heat map shows (the table has them all). */
export const HEAT_ROWS = 12;

export interface HeatCells {
  layout: 'hour-day' | 'member-period';
  /** Column labels (hours or periods) and their period starts (ISO). */
  columns: string[];
  columnStarts: string[];
  /** Row labels (days or member names) and keys (day start ISO or member key). */
  rows: string[];
  rowKeys: string[];
  /** [column, row, value] for every cell with a value. */
  cells: [number, number, number][];
}

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

function hourDay(data: PanelData, ctx: PanelContext): HeatCells {
  const grid = onGrid('hourly', data.series?.points ?? [], ctx.window);
  // Days before the first value are left out: a heat map of empty rows says nothing (the notes say why).
  const first = grid.values.findIndex((v) => v !== null);
  const from = first < 0 ? Infinity : floorPeriod('daily', grid.starts[first]!);
  const keep = grid.starts.map((s) => s >= from);
  const starts = grid.starts.filter((_, i) => keep[i]);
  const values = grid.values.filter((_, i) => keep[i]);
  const rowOf = new Map<number, number>();
  const rows: string[] = [];
  const rowKeys: string[] = [];
  const cells: [number, number, number][] = [];
  starts.forEach((s, i) => {
    const day = floorPeriod('daily', s);
    let row = rowOf.get(day);
    if (row === undefined) {
      row = rows.length;
      rowOf.set(day, row);
      rowKeys.push(formatLocal(day));
      rows.push(formatPeriod(rowKeys[row]!, 'daily', ctx.locale));
    }
    const v = values[i];
    if (v !== null && v !== undefined) cells.push([localParts(s).hour, row, v]);
  });
  return { layout: 'hour-day', columns: HOURS, columnStarts: HOURS, rows, rowKeys, cells };
}

/** The members shown: the highest over the window (and the selected one), highest first. */
function shownMembers(data: PanelData, ctx: PanelContext, limit: number): number[] {
  const m = data.matrix!;
  const ranked = m.members
    .map((member, i) => ({ i, member, v: rollUp(ctx.kpi.aggregate === 'last' ? 'last' : ctx.kpi.aggregate, (m.values[i] ?? []).filter((v): v is number => v !== null)) }))
    .filter((r) => r.v !== null)
    .sort((a, b) => b.v! - a.v! || (a.member < b.member ? -1 : 1));
  const shown = ranked.slice(0, limit);
  const selected = ranked.find((r) => r.member === ctx.selected);
  if (selected && !shown.includes(selected)) shown.push(selected);
  return shown.map((r) => r.i);
}

function memberPeriod(data: PanelData, ctx: PanelContext, limit: number): HeatCells {
  const m = data.matrix;
  if (!m) return { layout: 'member-period', columns: [], columnStarts: [], rows: [], rowKeys: [], cells: [] };
  const rows = shownMembers(data, ctx, limit);
  const cells: [number, number, number][] = [];
  rows.forEach((mi, row) => (m.values[mi] ?? []).forEach((v, col) => v !== null && Number.isFinite(v) && cells.push([col, row, v])));
  return {
    layout: 'member-period',
    columns: m.periods.map((t) => formatPeriodShort(t, ctx.kpi.period, ctx.locale)),
    columnStarts: m.periods,
    rows: rows.map((mi) => memberName(ctx, m.members[mi]!)),
    rowKeys: rows.map((mi) => m.members[mi]!),
    cells,
  };
}

export function heatCells(data: PanelData, ctx: PanelContext, limit = HEAT_ROWS): HeatCells {
  return ctx.kpi.period === 'hourly' ? hourDay(data, ctx) : memberPeriod(data, ctx, limit);
}

/** Colour pieces between the threshold values, each coloured by the severity in it. */
export function thresholdPieces(ctx: PanelContext) {
  const palette = chartPalette(ctx.dark);
  const cuts = [...new Set(ctx.kpi.thresholds.map((t) => t.value))].sort((a, b) => a - b);
  const edges = [-Infinity, ...cuts, Infinity];
  const pieces = [];
  for (let i = 1; i < edges.length; i++) {
    const [lo, hi] = [edges[i - 1]!, edges[i]!];
    const probe = Number.isFinite(lo) && Number.isFinite(hi) ? (lo + hi) / 2 : Number.isFinite(hi) ? hi - 1e-6 : lo + 1e-6;
    const state = evaluateThresholds(ctx.kpi.thresholds, probe);
    pieces.push({
      ...(Number.isFinite(lo) ? { gt: lo } : {}),
      ...(Number.isFinite(hi) ? { lte: hi } : {}),
      color: state.severity === 'ok' ? palette.heat[1]! : palette.severity[state.severity],
      label: state.threshold ? pickText(state.threshold.label, ctx.locale) : labels(ctx.locale).chart.normal,
    });
  }
  return pieces;
}

export function heatmapOption(data: PanelData, ctx: PanelContext): ChartOption | null {
  const h = heatCells(data, ctx);
  if (h.cells.length === 0) return null;
  const palette = chartPalette(ctx.dark);
  const applies = thresholdsApplyHere(ctx) && ctx.kpi.thresholds.length > 0;
  let min = Infinity;
  let max = -Infinity;
  for (const [, , v] of h.cells) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const visualMap = applies
    ? { type: 'piecewise' as const, pieces: thresholdPieces(ctx), orient: 'horizontal' as const, left: 'center', bottom: 0, itemWidth: 12, itemHeight: 10, textStyle: { color: palette.text, fontSize: 10 } }
    : { type: 'continuous' as const, min, max: max > min ? max : min + 1, inRange: { color: [...palette.heat] }, orient: 'horizontal' as const, left: 'center', bottom: 0, itemHeight: 120, itemWidth: 10, calculable: false, textStyle: { color: palette.muted, fontSize: 10 }, formatter: (v: unknown) => valueText(ctx, typeof v === 'number' ? v : Number(v)) };
  const text = labels(ctx.locale).chart;
  return {
    backgroundColor: 'transparent',
    animationDurationUpdate: 300,
    grid: { left: 8, right: 12, top: 8, bottom: 40 },
    tooltip: {
      confine: true,
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const cell = p ? h.cells[p.dataIndex] : undefined;
        if (!cell) return '';
        const where = h.layout === 'hour-day' ? `${h.rows[cell[1]]} ${h.columns[cell[0]]}:00` : `${h.rows[cell[1]]} · ${formatPeriod(h.columnStarts[cell[0]]!, ctx.kpi.period, ctx.locale)}`;
        return `${escapeHtml(where)}: <b>${escapeHtml(valueText(ctx, cell[2]))}</b>`;
      },
    },
    xAxis: { type: 'category', data: h.columns, name: h.layout === 'hour-day' ? text.hour : '', splitArea: { show: false }, axisLabel: { color: palette.muted, hideOverlap: true }, axisLine: { lineStyle: { color: palette.grid } } },
    yAxis: { type: 'category', data: h.rows, inverse: true, axisLabel: { color: palette.text, width: 120, overflow: 'truncate', hideOverlap: true }, axisLine: { lineStyle: { color: palette.grid } } },
    visualMap,
    series: [
      {
        id: 'cells',
        type: 'heatmap',
        data: h.cells,
        progressive: 0,
        itemStyle: { borderColor: ctx.dark ? '#000' : '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: palette.selected, borderWidth: 2 } },
      },
    ],
  };
}

/** Rows and columns as drawn (all members for a member heat map), every value exact. */
export function heatmapTable(data: PanelData, ctx: PanelContext): TableModel {
  const h = heatCells(data, ctx, Infinity);
  const text = labels(ctx.locale).chart;
  const first = h.layout === 'hour-day' ? text.day : ctx.dim === 'agency' || memberDim(ctx.kpi, ctx.scope) === 'agency' ? text.agency : text.commune;
  const grid = h.rows.map(() => new Array<number | null>(h.columns.length).fill(null));
  for (const [c, r, v] of h.cells) grid[r]![c] = v;
  return {
    columns: [column('row', first), ...h.columns.map((label, i) => column(h.columnStarts[i] ?? label, h.layout === 'hour-day' ? `${label}:00` : label, true))],
    rows: h.rows.map((label, r) => ({ key: h.rowKeys[r] ?? label, cells: [label, ...grid[r]!.map((v) => valueText(ctx, v))], selected: h.rowKeys[r] === ctx.selected })),
  };
}

/** A cell narrows the page: to the member of its row, or (hour × day) to its day. */
export function heatmapDrill(click: ChartClick, data: PanelData, ctx: PanelContext) {
  const h = heatCells(data, ctx);
  const cell = h.cells[click.dataIndex];
  if (!cell) return null;
  if (h.layout === 'hour-day') return { kind: 'period' as const, periodStart: h.rowKeys[cell[1]]!, period: 'daily' as const };
  const dim = memberDim(ctx.kpi, ctx.scope);
  return dim === 'commune' || dim === 'agency' ? { kind: 'member' as const, dim, member: h.rowKeys[cell[1]]! } : null;
}

export const heatmapPanel = definePanel({
  kind: 'heatmap',
  needs: (kpi, ctx) => {
    if (kpi.period === 'hourly') return {};
    const dim = memberDim(kpi, ctx.scope);
    return dim === 'commune' || dim === 'agency' ? { matrix: dim } : {};
  },
  transform: heatmapOption,
  table: heatmapTable,
  drill: heatmapDrill,
});

/** The note under a member heat map: how many rows it shows. */
export function heatNote(data: PanelData, ctx: PanelContext): string | null {
  if (ctx.kpi.period === 'hourly' || !data.matrix || data.matrix.members.length <= HEAT_ROWS) return null;
  return fill(labels(ctx.locale).chart.heatTop, { n: HEAT_ROWS });
}
