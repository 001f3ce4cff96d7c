// The KPIs whose latest value crosses a threshold of the catalog, most severe first.
//
// Switch point: the dashboards area brings `kpi.breaches` and shared/catalog/thresholds.ts (evaluateThresholds).
// When both are merged, `listBreaches` becomes a call to that method's query and `worstThreshold` goes away;
// nothing else in the wall depends on how breaches are found.
import type { Catalog, Threshold } from '../../../../shared/catalog/schema.js';
import type { Breach } from '../../../../shared/contract/areas/wall.js';
import type { LatestValue } from '../../../../shared/contract/model.js';

const RANK = { info: 1, warning: 2, critical: 3 } as const;

export function crosses(t: Pick<Threshold, 'op' | 'value'>, value: number): boolean {
  if (t.op === '>') return value > t.value;
  if (t.op === '>=') return value >= t.value;
  if (t.op === '<') return value < t.value;
  return value <= t.value;
}

/** The most severe threshold crossed; among equals the one furthest out. */
export function worstThreshold(thresholds: readonly Threshold[], value: number): Threshold | undefined {
  let worst: Threshold | undefined;
  for (const t of thresholds) {
    if (!crosses(t, value)) continue;
    const further = worst && RANK[t.severity] === RANK[worst.severity] && (t.op.startsWith('>') ? t.value > worst.value : t.value < worst.value);
    if (!worst || RANK[t.severity] > RANK[worst.severity] || further) worst = t;
  }
  return worst;
}

/** Breaches among the latest values given (warning and critical only). */
export function breachesOf(catalog: Catalog, latest: readonly LatestValue[]): Breach[] {
  const byId = new Map(catalog.domains.flatMap((d) => d.kpis.map((k) => [k.id, { kpi: k, domain: d.key }] as const)));
  const out: Breach[] = [];
  for (const v of latest) {
    const entry = byId.get(v.kpiId);
    if (!entry || v.value === null || v.periodStart === null) continue;
    const t = worstThreshold(entry.kpi.thresholds, v.value);
    if (!t || t.severity === 'info') continue;
    out.push({ kpiId: v.kpiId, domain: entry.domain, severity: t.severity, value: v.value, threshold: t, periodStart: v.periodStart, provenance: v.provenance });
  }
  return out.sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.kpiId.localeCompare(b.kpiId));
}
