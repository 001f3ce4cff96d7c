// KPI reads for the UI, always from the cache, each with its provenance.
import type { Catalog, Kpi, Period } from '../../../shared/catalog/schema.js';
import { findKpi } from '../../../shared/catalog/load.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import type { BreakdownResult, LatestValue, Provenance, Series } from '../../../shared/contract/model.js';
import { addPeriods, periodFloor, toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { latestPeriod, readBreakdown, readLatestTwo, readSeries } from '../store/observations.js';
import { freshnessOf } from './freshness.js';

/** How many periods a series shows when the caller does not say. */
export const DEFAULT_SERIES_PERIODS: Record<Period, number> = { hourly: 48, daily: 30, monthly: 24, quarterly: 12 };

export class KpiQueries {
  constructor(
    private readonly db: Database,
    private readonly catalog: Catalog,
    private readonly sourceName: string,
    private readonly now: () => Date,
  ) {}

  private kpi(kpiId: string): Kpi {
    const found = findKpi(this.catalog, kpiId);
    if (!found) throw new EngineError('not-found', `unknown KPI "${kpiId}"`);
    return found.kpi;
  }

  async provenance(kpi: Kpi): Promise<Provenance> {
    const row = await this.db.get<{ as_of: string | null; stored_at: string | null }>(
      `SELECT max(updated_at) AS as_of, max(stored_at) AS stored_at FROM observations WHERE kpi_id = ? AND dim = 'total'`,
      [kpi.id],
    );
    const asOf = row?.as_of ?? null;
    return {
      agency: kpi.agency,
      source: this.sourceName,
      asOf,
      syncedAt: row?.stored_at ?? null,
      freshness: freshnessOf(asOf, kpi.period, this.now()),
    };
  }

  async series(p: { kpiId: string; dim: string; member: string; from?: string; to?: string }): Promise<Series> {
    const kpi = this.kpi(p.kpiId);
    const current = periodFloor(this.now(), kpi.period);
    const from = p.from ?? toVnIso(addPeriods(current, kpi.period, -DEFAULT_SERIES_PERIODS[kpi.period]));
    const to = p.to ?? toVnIso(addPeriods(current, kpi.period, 1));
    const rows = await readSeries(this.db, kpi.id, p.dim, p.member, toVnIso(new Date(from)), toVnIso(new Date(to)));
    return {
      kpiId: kpi.id,
      dim: p.dim as Series['dim'],
      member: p.member,
      points: rows.map((r) => ({ t: r.period_start, v: r.value })),
      provenance: await this.provenance(kpi),
    };
  }

  async breakdown(p: { kpiId: string; dim: 'commune' | 'agency' | 'category'; periodStart?: string }): Promise<BreakdownResult> {
    const kpi = this.kpi(p.kpiId);
    if (!kpi.breakdowns.includes(p.dim)) {
      throw new EngineError('invalid-params', `KPI "${kpi.id}" has no breakdown by ${p.dim}`);
    }
    const periodStart = p.periodStart ? toVnIso(new Date(p.periodStart)) : await latestPeriod(this.db, kpi.id, p.dim);
    const rows = periodStart ? await readBreakdown(this.db, kpi.id, p.dim, periodStart) : [];
    return {
      kpiId: kpi.id,
      dim: p.dim,
      periodStart,
      items: rows.map((r) => ({ member: r.member, v: r.value })),
      provenance: await this.provenance(kpi),
    };
  }

  async latest(kpiIds: string[]): Promise<LatestValue[]> {
    return Promise.all(
      kpiIds.map(async (id) => {
        const kpi = this.kpi(id);
        const [last, previous] = await readLatestTwo(this.db, kpi.id);
        return {
          kpiId: kpi.id,
          periodStart: last?.period_start ?? null,
          value: last?.value ?? null,
          previous: previous?.value ?? null,
          provenance: await this.provenance(kpi),
        };
      }),
    );
  }
}
