// The panel registry: a panel kind is a pure transform from engine data to an ECharts option.
import type { ChartKind, Kpi } from '../../../shared/catalog/schema.js';
import type { BreakdownResult, Series } from '../../../shared/contract/index.js';
import type { Locale } from '../format/locale.js';
import type { ChartOption } from './chart-option.js';

export interface PanelData {
  series?: Series | null;
  breakdown?: BreakdownResult | null;
}

export interface PanelContext {
  kpi: Kpi;
  locale: Locale;
  dark: boolean;
  /** Display names of breakdown members (commune code, agency key, category key → name). */
  memberNames?: ReadonlyMap<string, string>;
  /** How many members a ranking shows. */
  topN?: number;
}

export interface PanelDefinition {
  kind: ChartKind;
  /** Which engine call feeds it: kpi.series or kpi.breakdown. */
  source: 'series' | 'breakdown';
  transform(data: PanelData, ctx: PanelContext): ChartOption;
}

const registry = new Map<ChartKind, PanelDefinition>();

export function definePanel(def: PanelDefinition): PanelDefinition {
  registry.set(def.kind, def);
  return def;
}

/** The panel for a chart kind; kinds without their own panel yet are drawn as a time series. */
export function getPanel(kind: ChartKind): PanelDefinition {
  const panel = registry.get(kind) ?? registry.get('timeseries');
  if (!panel) throw new Error('the timeseries panel is not registered');
  return panel;
}

export function registeredKinds(): ChartKind[] {
  return [...registry.keys()];
}
