// The state of a domain page, kept in the URL query so a view can be shared or put on the wall:
// ?period=today|7d|30d|quarter|year|custom [&from=yyyy-mm-dd&to=yyyy-mm-dd] [&commune=<code>] [&agency=<key>].
// Pure: parsing, writing back, the time range it means, and what a drill-down changes.
import type { Period } from '../../../shared/catalog/schema.js';
import { addPeriods, DAY_MS, floorPeriod, formatLocal, VN_OFFSET_MS } from '../../../shared/model/period-math.js';

export const PERIOD_PRESETS = ['today', '7d', '30d', 'quarter', 'year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_PRESET: PeriodPreset = '30d';

export interface PageFilters {
  period: PeriodPreset;
  /** Custom range, Vietnam-local calendar days, both inclusive (yyyy-mm-dd). */
  from?: string;
  to?: string;
  /** Commune or ward code; when set, panels show that commune where the KPI is broken down by commune. */
  commune?: string;
  /** Agency key; as above, by agency. A commune and an agency are never filtered together (the data has no cross). */
  agency?: string;
}

export type FilterProblem = 'bad-period' | 'bad-dates' | 'both-scopes';

type Query = Record<string, unknown>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KEY = /^[a-z0-9-]{1,64}$/;
const CODE = /^[A-Za-z0-9-]{1,64}$/;

/** Epoch ms of 00:00 Vietnam time on a yyyy-mm-dd day, or null when it is not a real date. */
export function dayStart(text: string): number | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const utc = Date.UTC(y, mo, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo || check.getUTCDate() !== d) return null;
  return utc - VN_OFFSET_MS;
}

/** yyyy-mm-dd of the Vietnam-local day containing `ms`. */
export function dayText(ms: number): string {
  return formatLocal(ms).slice(0, 10);
}

function single(value: unknown): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Reads the filters from a route query; whatever is malformed falls back to the default, and says so. */
export function parseFilters(query: Query): { filters: PageFilters; problems: FilterProblem[] } {
  const problems: FilterProblem[] = [];
  const periodText = single(query.period);
  let period: PeriodPreset = DEFAULT_PRESET;
  if (periodText !== undefined) {
    if ((PERIOD_PRESETS as readonly string[]).includes(periodText)) period = periodText as PeriodPreset;
    else problems.push('bad-period');
  }
  const filters: PageFilters = { period };
  if (period === 'custom') {
    const from = single(query.from);
    const to = single(query.to);
    const a = from ? dayStart(from) : null;
    const b = to ? dayStart(to) : null;
    if (a === null || b === null || a > b) {
      problems.push('bad-dates');
      filters.period = DEFAULT_PRESET;
    } else Object.assign(filters, { from, to });
  }
  const commune = single(query.commune);
  const agency = single(query.agency);
  if (commune && CODE.test(commune)) filters.commune = commune;
  if (agency && KEY.test(agency)) filters.agency = agency;
  if (filters.commune && filters.agency) {
    problems.push('both-scopes');
    delete filters.agency;
  }
  return { filters, problems };
}

/** The query that reproduces the filters (defaults left out, so a plain URL means the default view). */
export function filtersToQuery(f: PageFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.period !== DEFAULT_PRESET) q.period = f.period;
  if (f.period === 'custom' && f.from && f.to) Object.assign(q, { from: f.from, to: f.to });
  if (f.commune) q.commune = f.commune;
  else if (f.agency) q.agency = f.agency;
  return q;
}

/**
 * What a domain link carries from the page the operator is on: the period and the commune, so walking the
 * domains keeps the question asked (an agency is the current domain's own, so it stays behind).
 */
export function carriedQuery(query: Query): Record<string, string> {
  const { filters } = parseFilters(query);
  const { agency: _agency, ...kept } = filters;
  return filtersToQuery(kept);
}

export interface TimeRange {
  preset: PeriodPreset;
  /** [fromMs, toMs): from the start of the first day to now, or to the end of the last custom day. */
  fromMs: number;
  toMs: number;
}

/** The time range the filters mean at `nowMs`: calendar days in Vietnam time, quarter and year to date. */
export function rangeOf(f: PageFilters, nowMs: number): TimeRange {
  const today = floorPeriod('daily', nowMs);
  switch (f.period) {
    case 'today':
      return { preset: f.period, fromMs: today, toMs: nowMs };
    case '7d':
      return { preset: f.period, fromMs: today - 6 * DAY_MS, toMs: nowMs };
    case '30d':
      return { preset: f.period, fromMs: today - 29 * DAY_MS, toMs: nowMs };
    case 'quarter':
      return { preset: f.period, fromMs: floorPeriod('quarterly', nowMs), toMs: nowMs };
    case 'year':
      return { preset: f.period, fromMs: yearStart(nowMs), toMs: nowMs };
    case 'custom':
      return { preset: f.period, fromMs: dayStart(f.from!)!, toMs: dayStart(f.to!)! + DAY_MS };
  }
}

function yearStart(nowMs: number): number {
  return dayStart(`${dayText(nowMs).slice(0, 4)}-01-01`)!;
}

/** Fewer periods than this make no chart: a short range shows a KPI's latest periods instead. */
export const MIN_PERIODS: Record<Period, number> = { hourly: 24, daily: 7, monthly: 6, quarterly: 4 };

export interface KpiWindow {
  fromMs: number;
  toMs: number;
  /** ISO with +07:00, as the engine takes them. */
  from: string;
  to: string;
  /** Periods in the window. */
  periods: number;
  /** True when the page's range was too short for this KPI's period and the window reaches further back. */
  extended: boolean;
}

function countPeriods(period: Period, fromMs: number, toMs: number): number {
  let n = 0;
  for (let p = fromMs; p < toMs; p = addPeriods(period, p, 1)) n++;
  return n;
}

function windowOf(period: Period, fromMs: number, toMs: number, extended: boolean): KpiWindow {
  return { fromMs, toMs, from: formatLocal(fromMs), to: formatLocal(toMs), periods: countPeriods(period, fromMs, toMs), extended };
}

/**
 * The window of one KPI: the range at the KPI's granularity, ending with the period that contains the end
 * of the range (so it stays the same while that period lasts), reaching back to MIN_PERIODS when shorter.
 */
export function kpiWindow(range: TimeRange, period: Period): KpiWindow {
  const fromMs = floorPeriod(period, range.fromMs);
  const toMs = addPeriods(period, floorPeriod(period, Math.max(range.toMs, fromMs + 1) - 1), 1);
  if (countPeriods(period, fromMs, toMs) >= MIN_PERIODS[period]) return windowOf(period, fromMs, toMs, false);
  return windowOf(period, addPeriods(period, toMs, -MIN_PERIODS[period]), toMs, true);
}

/** The window just before, of the same number of periods: what "compared with the previous period" means. */
export function previousWindow(w: KpiWindow, period: Period): KpiWindow {
  const fromMs = addPeriods(period, w.fromMs, -w.periods);
  return windowOf(period, fromMs, w.fromMs, w.extended);
}

/** Where a KPI's figures come from under the filters, and why not from the member asked for. */
export interface KpiScope {
  dim: 'total' | 'commune' | 'agency';
  member: string;
  /** Set when a commune or agency is filtered but the KPI has no such breakdown: the province is shown. */
  fallback?: 'commune' | 'agency';
}

export function scopeOf(kpi: { breakdowns: readonly string[] }, f: PageFilters): KpiScope {
  if (f.commune) return kpi.breakdowns.includes('commune') ? { dim: 'commune', member: f.commune } : { dim: 'total', member: '', fallback: 'commune' };
  if (f.agency) return kpi.breakdowns.includes('agency') ? { dim: 'agency', member: f.agency } : { dim: 'total', member: '', fallback: 'agency' };
  return { dim: 'total', member: '' };
}

export type Drill = { kind: 'member'; dim: 'commune' | 'agency'; member: string } | { kind: 'period'; periodStart: string; period: Period };

/** The filters after a drill-down: a clicked commune or agency narrows the scope; a clicked point the dates. */
export function applyDrill(f: PageFilters, drill: Drill): PageFilters {
  if (drill.kind === 'member') {
    const { commune: _c, agency: _a, ...rest } = f;
    return drill.dim === 'commune' ? { ...rest, commune: drill.member } : { ...rest, agency: drill.member };
  }
  const start = Date.parse(drill.periodStart);
  // An hour narrows to its day; a day, month or quarter to itself.
  const unit: Period = drill.period === 'hourly' ? 'daily' : drill.period;
  const first = floorPeriod(unit, start);
  const last = addPeriods(unit, first, 1) - DAY_MS;
  return { ...f, period: 'custom', from: dayText(first), to: dayText(last) };
}
