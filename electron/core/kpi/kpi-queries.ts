// KPI reads for the UI, always from the cache, each with its provenance and, for windows, its coverage.
import type { Catalog, Kpi } from '../../../shared/catalog/schema.js';
import { findKpi } from '../../../shared/catalog/load.js';
import type { KpiSeries, Matrix, RangeBreakdown } from '../../../shared/contract/areas/kpi.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import type { Dimension, LatestValue, Provenance } from '../../../shared/contract/model.js';
import { floorPeriod, formatLocal, nextPeriod, parseInstant } from '../../../shared/model/period-math.js';
import type { Database } from '../store/database.js';
import { latestPeriod, readBreakdown, readLatestTwo, readSeries } from '../store/observations.js';
import { coverageOf, resolveWindow, type Window } from './coverage.js';
import { freshnessOf } from './freshness.js';
import { readAggregateByMember, readMatrixRows, readPeriodStarts, readRejectedCount, readSpan } from './kpi-reads.js';

export { DEFAULT_WINDOW_PERIODS as DEFAULT_SERIES_PERIODS } from './coverage.js';

type BreakdownDim = Exclude<Dimension, 'total'>;
interface Publication {
  as_of: string | null;
  stored_at: string | null;
}

export class KpiQueries {
  constructor(
    private readonly db: Database,
    private readonly catalog: Catalog,
    private readonly sourceName: string,
    private readonly now: () => Date,
  ) {}

  kpi(kpiId: string): Kpi {
    const found = findKpi(this.catalog, kpiId);
    if (!found) throw new EngineError('not-found', `unknown KPI "${kpiId}"`);
    return found.kpi;
  }

  private requireDim(kpi: Kpi, dim: Dimension): void {
    if (dim !== 'total' && !kpi.breakdowns.includes(dim)) {
      throw new EngineError('invalid-params', `KPI "${kpi.id}" has no breakdown by ${dim}; it has: ${['total', ...kpi.breakdowns].join(', ')}`);
    }
  }

  private window(kpi: Kpi, from?: string, to?: string): Window {
    const window = resolveWindow(kpi, this.now().getTime(), from, to);
    if (window.fromMs >= window.toMs) throw new EngineError('invalid-params', `the window ends (${to}) before it starts (${from})`);
    return window;
  }

  /** The newest publication of each KPI read so far; dropped by invalidate() when its observations change. */
  private readonly publications = new Map<string, Promise<Publication>>();

  /** New observations of these KPIs arrived (the engine's data.changed): their provenance is read again. */
  invalidate(kpiIds: readonly string[]): void {
    for (const id of kpiIds) this.publications.delete(id);
  }

  private publication(kpiId: string): Promise<Publication> {
    let known = this.publications.get(kpiId);
    if (!known) {
      // Two scans of every province-total row of the KPI (a year of hourly data: ~2 ms) on each read is what
      // made series slow; the answer only changes when the sync stores new observations.
      known = this.db
        .get<Publication>(`SELECT max(updated_at) AS as_of, max(stored_at) AS stored_at FROM observations WHERE kpi_id = ? AND dim = 'total'`, [kpiId])
        .then((row) => row ?? { as_of: null, stored_at: null });
      known.catch(() => this.publications.delete(kpiId));
      this.publications.set(kpiId, known);
    }
    return known;
  }

  async provenance(kpi: Kpi): Promise<Provenance> {
    const row = await this.publication(kpi.id);
    const asOf = row.as_of;
    return {
      agency: kpi.agency,
      source: this.sourceName,
      asOf,
      syncedAt: row.stored_at,
      freshness: freshnessOf(asOf, kpi.period, this.now()),
    };
  }

  async series(p: { kpiId: string; dim: Dimension; member: string; from?: string; to?: string }): Promise<KpiSeries> {
    const kpi = this.kpi(p.kpiId);
    this.requireDim(kpi, p.dim);
    if ((p.dim === 'total') !== (p.member === '')) {
      throw new EngineError('invalid-params', p.dim === 'total' ? 'the province total has no member' : `a series by ${p.dim} needs a member`);
    }
    const window = this.window(kpi, p.from, p.to);
    const member = p.dim === 'total' ? '' : p.member;
    const [rows, span, rejected, provenance] = await Promise.all([
      readSeries(this.db, kpi.id, p.dim, member, window.from, window.to),
      readSpan(this.db, kpi.id, p.dim, member),
      readRejectedCount(this.db, kpi.id, p.dim, p.dim === 'total' ? null : member, window.from, window.to),
      this.provenance(kpi),
    ]);
    return {
      kpiId: kpi.id,
      dim: p.dim,
      member,
      points: rows.map((r) => ({ t: r.period_start, v: r.value })),
      provenance,
      coverage: coverageOf(kpi, window, rows.map((r) => r.period_start), this.now().getTime(), { rejected, span }),
    };
  }

  /** One period (given, or the latest with data), or a range of periods rolled up per member. */
  async breakdown(p: { kpiId: string; dim: BreakdownDim; periodStart?: string; from?: string; to?: string }): Promise<RangeBreakdown> {
    const kpi = this.kpi(p.kpiId);
    this.requireDim(kpi, p.dim);
    if (p.from === undefined && p.to === undefined) {
      const periodStart = p.periodStart ? formatLocal(floorPeriod(kpi.period, parseInstant(p.periodStart)!)) : await latestPeriod(this.db, kpi.id, p.dim);
      const [rows, provenance] = await Promise.all([periodStart ? readBreakdown(this.db, kpi.id, p.dim, periodStart) : [], this.provenance(kpi)]);
      return {
        kpiId: kpi.id,
        dim: p.dim,
        periodStart,
        items: rows.map((r) => ({ member: r.member, v: r.value })),
        provenance,
        from: null,
        to: null,
        periods: rows.length > 0 ? 1 : 0,
        coverage: null,
      };
    }
    const window = this.window(kpi, p.from, p.to);
    const [rows, periods, span, rejected, provenance] = await Promise.all([
      readAggregateByMember(this.db, kpi, p.dim, window.from, window.to),
      readPeriodStarts(this.db, kpi.id, p.dim, window.from, window.to),
      readSpan(this.db, kpi.id, p.dim, null),
      readRejectedCount(this.db, kpi.id, p.dim, null, window.from, window.to),
      this.provenance(kpi),
    ]);
    return {
      kpiId: kpi.id,
      dim: p.dim,
      periodStart: periods.at(-1) ?? null,
      items: rows.map((r) => ({ member: r.member, v: r.value })),
      provenance,
      from: window.from,
      to: window.to,
      periods: periods.length,
      coverage: coverageOf(kpi, window, periods, this.now().getTime(), { rejected, span }),
    };
  }

  /** Members × periods of a breakdown over a window: heat maps and compositions over time. */
  async matrix(p: { kpiId: string; dim: BreakdownDim; from?: string; to?: string; members?: string[] }): Promise<Matrix> {
    const kpi = this.kpi(p.kpiId);
    this.requireDim(kpi, p.dim);
    const window = this.window(kpi, p.from, p.to);
    const [rows, span, rejected, provenance] = await Promise.all([
      readMatrixRows(this.db, kpi.id, p.dim, window.from, window.to, p.members),
      readSpan(this.db, kpi.id, p.dim, null),
      readRejectedCount(this.db, kpi.id, p.dim, null, window.from, window.to),
      this.provenance(kpi),
    ]);
    const periods = [...new Set(rows.map((r) => r.period_start))].sort();
    const members = [...new Set(rows.map((r) => r.member))].sort();
    const column = new Map(periods.map((t, i) => [t, i]));
    const row = new Map(members.map((m, i) => [m, i]));
    const values = members.map(() => new Array<number | null>(periods.length).fill(null));
    for (const r of rows) values[row.get(r.member)!]![column.get(r.period_start)!] = r.value;
    return {
      kpiId: kpi.id,
      dim: p.dim,
      periods,
      members,
      values,
      coverage: coverageOf(kpi, window, periods, this.now().getTime(), { rejected, span }),
      provenance,
    };
  }

  async latest(kpiIds: string[]): Promise<LatestValue[]> {
    return Promise.all(
      kpiIds.map(async (id) => {
        const kpi = this.kpi(id);
        const [last, previous] = await readLatestTwo(this.db, kpi.id);
        // The previous value only counts when it is the period just before (a gap is not a trend).
        const adjacent = last && previous && nextPeriod(kpi.period, parseInstant(previous.period_start)!) === parseInstant(last.period_start);
        return {
          kpiId: kpi.id,
          periodStart: last?.period_start ?? null,
          value: last?.value ?? null,
          previous: adjacent ? previous.value : null,
          provenance: await this.provenance(kpi),
        };
      }),
    );
  }
}
