// The KPIs currently in breach: each KPI's latest province value evaluated against its thresholds, with
// the period the unbroken run of breaching periods began; newest breach first. Recent values are cached
// per KPI and dropped when new data for that KPI lands, so the overview can ask as often as it likes.
import type { Catalog, Kpi } from '../../../shared/catalog/schema.js';
import { SEVERITY_RANK, evaluateThresholds, isBreach } from '../../../shared/catalog/thresholds.js';
import type { Breach } from '../../../shared/contract/areas/kpi.js';
import type { Provenance } from '../../../shared/contract/model.js';
import { formatLocal, nextPeriod, parseInstant } from '../../../shared/model/period-math.js';
import type { Database } from '../store/database.js';
import { readRecentTotals } from './kpi-reads.js';

/** How far back the start of a breach is looked for (a breach older than this says "since" its oldest). */
export const BREACH_LOOKBACK_PERIODS = 96;

interface Recent {
  period_start: string;
  value: number;
}

export interface BreachEvaluation {
  evaluatedAt: string;
  breaches: Breach[];
}

export class BreachWatch {
  private readonly recent = new Map<string, Promise<Recent[]>>();
  private readonly watched: { kpi: Kpi; domain: string }[];

  constructor(
    private readonly db: Database,
    catalog: Catalog,
    private readonly provenance: (kpi: Kpi) => Promise<Provenance>,
    private readonly now: () => Date,
  ) {
    this.watched = catalog.domains.flatMap((d) => d.kpis.filter((k) => k.thresholds.length > 0).map((kpi) => ({ kpi, domain: d.key })));
  }

  /** New data for these KPIs: their cached recent values are out of date. */
  invalidate(kpiIds: readonly string[]): void {
    for (const id of kpiIds) this.recent.delete(id);
  }

  private recentOf(kpi: Kpi): Promise<Recent[]> {
    let values = this.recent.get(kpi.id);
    if (!values) {
      values = readRecentTotals(this.db, kpi.id, BREACH_LOOKBACK_PERIODS);
      this.recent.set(kpi.id, values);
      values.catch(() => this.recent.delete(kpi.id));
    }
    return values;
  }

  async evaluate(): Promise<BreachEvaluation> {
    const found = await Promise.all(this.watched.map(async ({ kpi, domain }) => ({ kpi, domain, run: breachRun(kpi, await this.recentOf(kpi)) })));
    const breaches = await Promise.all(
      found
        .filter((f) => f.run !== null)
        .map(async ({ kpi, domain, run }): Promise<Breach> => ({ kpiId: kpi.id, domain, ...run!, provenance: await this.provenance(kpi) })),
    );
    breaches.sort(
      (a, b) =>
        (a.since < b.since ? 1 : a.since > b.since ? -1 : 0) ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (a.kpiId < b.kpiId ? -1 : 1),
    );
    return { evaluatedAt: formatLocal(this.now().getTime()), breaches };
  }
}

/**
 * Whether the latest value (newest first in `recent`) is in breach, and since when: the run goes back
 * while periods are consecutive and still in breach (of any severity from warning up).
 */
export function breachRun(kpi: Kpi, recent: readonly Recent[]): Omit<Breach, 'kpiId' | 'domain' | 'provenance'> | null {
  const latest = recent[0];
  if (!latest) return null;
  const state = evaluateThresholds(kpi.thresholds, latest.value);
  if (!isBreach(state.severity) || !state.threshold) return null;
  let since = latest.period_start;
  for (let i = 1; i < recent.length; i++) {
    const older = recent[i]!;
    const consecutive = nextPeriod(kpi.period, parseInstant(older.period_start)!) === parseInstant(since);
    if (!consecutive || !isBreach(evaluateThresholds(kpi.thresholds, older.value).severity)) break;
    since = older.period_start;
  }
  return { severity: state.severity, value: latest.value, threshold: state.threshold, periodStart: latest.period_start, since };
}
