// Which views a KPI panel offers: over time, and by commune/agency/category when the KPI is broken down.
import type { Kpi } from '../../../shared/catalog/schema.js';
import type { BreakdownDim } from '../stores/kpi-window.js';

export type PanelMode = 'series' | BreakdownDim;

const DIM_PREFERENCE: BreakdownDim[] = ['commune', 'agency', 'category'];

/** The breakdown a ranking uses: by commune when the KPI has it, else by agency, else by category. */
export function rankingDim(kpi: Pick<Kpi, 'breakdowns'>): BreakdownDim | undefined {
  return DIM_PREFERENCE.find((d) => kpi.breakdowns.includes(d));
}

export function panelModes(kpi: Pick<Kpi, 'breakdowns'>): PanelMode[] {
  return ['series', ...DIM_PREFERENCE.filter((d) => kpi.breakdowns.includes(d))];
}

/** What the panel shows first: a ranking for bar-ranking KPIs (when they have a breakdown), else the series. */
export function defaultMode(kpi: Pick<Kpi, 'breakdowns' | 'chart'>): PanelMode {
  const dim = rankingDim(kpi);
  return kpi.chart === 'bar-ranking' && dim ? dim : 'series';
}
