// Composes a deck's slides from the cache: for each slide the KPI's value in its period and in the period
// before (every slide compares with the previous period), the trend up to it, and the communes it names.
import type { Slide } from '../../../shared/briefing/deck.js';
import { findKpi } from '../../../shared/catalog/load.js';
import type { Catalog, Kpi } from '../../../shared/catalog/schema.js';
import type { ComposedSlide } from '../../../shared/contract/areas/briefing.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import type { Provenance } from '../../../shared/contract/model.js';
import { addPeriods, periodFloor, toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { latestPeriod, readBreakdown, readSeries } from '../store/observations.js';
import { readGeoDocument } from '../store/sync-state.js';
import { communeListSchema } from '../sync/provincial-api-schema.js';

/** Periods of trend a slide shows, ending with its own. */
export const TREND_PERIODS = 12;

export interface ComposeDeps {
  db: Database;
  catalog: Catalog;
  provenance: (kpi: Kpi) => Promise<Provenance>;
}

/** Commune and ward names by code, from the cached geography (empty when none is cached yet). */
export async function readCommuneNames(db: Database): Promise<Map<string, string>> {
  const doc = await readGeoDocument(db, 'communes');
  if (!doc) return new Map();
  const parsed = communeListSchema.safeParse(JSON.parse(doc.body));
  return parsed.success ? new Map(parsed.data.items.map((c) => [c.code, c.name])) : new Map();
}

/** abs and pct of the change from `previous` to `current`; pct is null when previous is 0. */
export function changeBetween(current: number | null, previous: number | null): ComposedSlide['change'] {
  if (current === null || previous === null) return null;
  const abs = current - previous;
  return { abs, pct: previous === 0 ? null : (abs / Math.abs(previous)) * 100 };
}

const at = (rows: { period_start: string; value: number }[], start: Date) =>
  rows.find((r) => Date.parse(r.period_start) === start.getTime())?.value ?? null;

export async function composeSlide(deps: ComposeDeps, slide: Slide, communeNames: ReadonlyMap<string, string>): Promise<ComposedSlide> {
  const found = findKpi(deps.catalog, slide.kpiId);
  if (!found) throw new EngineError('not-found', `slide "${slide.id}": the KPI "${slide.kpiId}" is not in the catalog`);
  const { kpi, domain } = found;
  const chosen = slide.periodStart ?? (await latestPeriod(deps.db, kpi.id, 'total'));
  const base = {
    slideId: slide.id,
    kpiId: kpi.id,
    title: slide.title ? { vi: slide.title, en: slide.title } : kpi.name,
    kpiName: kpi.name,
    domain: domain.name,
    unit: kpi.unit,
    period: kpi.period,
    direction: kpi.direction,
    notes: slide.notes,
    provenance: await deps.provenance(kpi),
  };
  if (chosen === null) return { ...base, current: null, previous: null, change: null, trend: [], communes: [] };

  const current = periodFloor(new Date(chosen), kpi.period);
  const previous = addPeriods(current, kpi.period, -1);
  const rows = await readSeries(
    deps.db,
    kpi.id,
    'total',
    '',
    toVnIso(addPeriods(current, kpi.period, -(TREND_PERIODS - 1))),
    toVnIso(addPeriods(current, kpi.period, 1)),
  );
  const currentValue = at(rows, current);
  const previousValue = at(rows, previous);

  let communes: ComposedSlide['communes'] = [];
  if (slide.communes.length && kpi.breakdowns.includes('commune')) {
    const [now, before] = await Promise.all([
      readBreakdown(deps.db, kpi.id, 'commune', toVnIso(current)),
      readBreakdown(deps.db, kpi.id, 'commune', toVnIso(previous)),
    ]);
    const valueOf = (list: { member: string; value: number }[], code: string) => list.find((r) => r.member === code)?.value ?? null;
    communes = slide.communes.map((code) => ({ code, name: communeNames.get(code) ?? code, current: valueOf(now, code), previous: valueOf(before, code) }));
  }

  return {
    ...base,
    current: currentValue === null ? null : { periodStart: toVnIso(current), value: currentValue },
    previous: previousValue === null ? null : { periodStart: toVnIso(previous), value: previousValue },
    change: changeBetween(currentValue, previousValue),
    trend: rows.map((r) => ({ t: r.period_start, v: r.value })),
    communes,
  };
}
