// What each chart kind needs from its KPI, checked when the catalog loads: a panel must be able to draw
// every KPI the catalog declares, so a KPI that cannot be drawn is a catalog error naming that KPI.
import type { ChartKind, Kpi } from './schema.js';

type Rule = (kpi: Kpi) => string[];

const RULES: Partial<Record<ChartKind, Rule>> = {
  gauge: (k) => {
    if (k.target === undefined) return ['a gauge shows progress to a target: give the KPI a target'];
    if (k.target < k.range[0] || k.target > k.range[1]) return [`the gauge target ${k.target} lies outside the range ${k.range[0]}–${k.range[1]}`];
    return [];
  },
  composition: (k) => [
    ...(k.breakdowns.includes('category') && (k.categories?.length ?? 0) >= 2
      ? []
      : ['a composition splits the KPI into its parts: it needs a category breakdown with at least two categories']),
    ...(k.aggregate === 'sum' ? [] : [`a composition adds its parts up: the aggregate must be "sum", not "${k.aggregate}"`]),
  ],
  heatmap: (k) =>
    k.period === 'hourly' || k.breakdowns.includes('commune') || k.breakdowns.includes('agency')
      ? []
      : ['a heat map is hour × day (an hourly KPI) or commune/agency × period: it needs an hourly period or a commune or agency breakdown'],
  'bar-ranking': (k) => (k.breakdowns.length > 0 ? [] : ['a ranking compares members: it needs a commune, agency or category breakdown']),
};

/** The problems of one KPI's chart kind, each a sentence saying what is missing. */
export function chartProblems(kpi: Kpi): string[] {
  return RULES[kpi.chart]?.(kpi) ?? [];
}
