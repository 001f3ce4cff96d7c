// The panel registry: each chart kind is defined once, as pure functions from engine data to an ECharts
// option and to a table of the same figures, so every transform is tested without a DOM.
import type { ChartKind, Kpi } from '../../../shared/catalog/schema.js';
import type { KpiSeries, Matrix, RangeBreakdown } from '../../../shared/contract/areas/kpi.js';
import type { Locale } from '../format/locale.js';
import type { ChartOption } from './chart-option.js';
import type { Drill, KpiScope, KpiWindow } from './page-filters.js';
import type { TableModel } from './table-model.js';

export type BreakdownDim = 'commune' | 'agency' | 'category';

/** What the engine gave a panel: always the scoped series; the rest as the kind needs it. */
export interface PanelData {
  series?: KpiSeries | null;
  /** The same number of periods just before the window (time series and stats compare with it). */
  previous?: KpiSeries | null;
  breakdown?: RangeBreakdown | null;
  matrix?: Matrix | null;
}

export interface PanelContext {
  kpi: Kpi;
  locale: Locale;
  dark: boolean;
  /** Where the figures come from under the page filters (the province by default). */
  scope?: KpiScope;
  window?: KpiWindow;
  /** Display names of breakdown members (commune code, agency key, category key → name). */
  memberNames?: ReadonlyMap<string, string>;
  /** The member the page is filtered to: highlighted in rankings and heat maps. */
  selected?: string;
  /** How many members a ranking or a member heat map shows, and from which end. */
  topN?: number;
  order?: 'top' | 'bottom';
  /** The breakdown a ranking or member heat map uses. */
  dim?: BreakdownDim;
  /** Compositions: parts over time, or the parts of the whole window. */
  variant?: 'stacked' | 'donut';
}

/** Data the panel needs besides the scoped series. */
export interface PanelNeeds {
  previous?: boolean;
  breakdown?: BreakdownDim;
  matrix?: BreakdownDim;
}

/** A click on a chart, as ECharts reports it. */
export interface ChartClick {
  seriesId?: string;
  dataIndex: number;
  name?: string;
}

export interface PanelDefinition {
  kind: ChartKind;
  /** The kind draws a breakdown that exists for the province only (categories): a commune filter cannot narrow it. */
  provinceOnly?: boolean;
  needs(kpi: Kpi, ctx: Pick<PanelContext, 'scope' | 'dim'>): PanelNeeds;
  /** The chart, or null when this kind draws none (tables) or the data holds nothing to draw. */
  transform(data: PanelData, ctx: PanelContext): ChartOption | null;
  table(data: PanelData, ctx: PanelContext): TableModel;
  /** What a click narrows the page to; null when the click means nothing. */
  drill?(click: ChartClick, data: PanelData, ctx: PanelContext): Drill | null;
}

const registry = new Map<ChartKind, PanelDefinition>();

export function definePanel(def: PanelDefinition): PanelDefinition {
  registry.set(def.kind, def);
  return def;
}

export function getPanel(kind: ChartKind): PanelDefinition {
  const panel = registry.get(kind);
  if (!panel) throw new Error(`no panel is registered for chart kind "${kind}"`);
  return panel;
}

export function registeredKinds(): ChartKind[] {
  return [...registry.keys()];
}

/** The breakdown a ranking or member view uses: the one the page filters by, else commune, agency, category. */
export function memberDim(kpi: Pick<Kpi, 'breakdowns'>, scope?: KpiScope): BreakdownDim | undefined {
  if (scope && scope.dim !== 'total' && kpi.breakdowns.includes(scope.dim)) return scope.dim;
  return (['commune', 'agency', 'category'] as const).find((d) => kpi.breakdowns.includes(d));
}
