// Table: KPIs read best as exact figures (many units, or few periods). Members ranked when the KPI is broken
// down, else its periods; no chart.
import { rankingTable } from './bar-ranking.js';
import { definePanel, memberDim, type PanelContext, type PanelData } from './registry.js';
import type { TableModel } from './table-model.js';
import { timeseriesTable } from './timeseries.js';

export function tableKindTable(data: PanelData, ctx: PanelContext): TableModel {
  return data.breakdown ? rankingTable(data, ctx) : timeseriesTable(data, ctx);
}

export const tablePanel = definePanel({
  kind: 'table',
  needs: (kpi, ctx) => {
    const dim = memberDim(kpi, ctx.scope);
    // Under a commune or agency filter the table shows that member's periods.
    return dim && (!ctx.scope || ctx.scope.dim === 'total') ? { breakdown: dim } : { previous: true };
  },
  transform: () => null,
  table: tableKindTable,
});
