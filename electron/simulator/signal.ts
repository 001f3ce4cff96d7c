// The province-level value of a KPI for one period: center ± amp shaped by daily, weekly and annual
// cycles, a gentle trend, slow drift and noise; rare deterministic episodes cross a threshold.
import type { Period } from '../../shared/catalog/schema.js';
import type { KpiModel, Shape } from './kpi-model.js';
import { DAY_MS, VN_OFFSET_MS, localParts, periodIndex } from '../../shared/model/period-math.js';
import { hashOf, mixInt, signed, unit, valueNoise } from './random.js';

// Hour of day (Vietnam time) → level in [-1, 1].
const DIURNAL: Record<Shape, readonly number[]> = {
  rush: [-0.6, -0.7, -0.8, -0.85, -0.8, -0.4, 0.3, 0.9, 1, 0.5, 0.1, 0, 0, -0.1, 0, 0.2, 0.5, 0.9, 1, 0.85, 0.6, 0.3, 0, -0.3],
  activity: [-1, -1, -1, -1, -0.95, -0.8, -0.5, 0, 0.5, 0.85, 1, 0.9, 0.6, 0.7, 0.9, 1, 0.85, 0.6, 0.3, 0.1, -0.2, -0.5, -0.75, -0.9],
  leisure: [-0.9, -1, -1, -1, -0.9, -0.6, -0.2, 0.2, 0.5, 0.8, 0.9, 0.8, 0.6, 0.6, 0.8, 0.9, 1, 0.9, 0.8, 0.7, 0.5, 0.2, -0.3, -0.6],
  rain: [-0.4, -0.5, -0.5, -0.5, -0.5, -0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.2, 0.5, 0.8, 1, 1, 0.9, 0.6, 0.3, 0.1, 0, -0.1, -0.2, -0.3],
  smooth: Array.from({ length: 24 }, (_, h) => Math.cos(((h - 15) / 24) * 2 * Math.PI)),
};

// Weekday (0 = Sunday) → level in [-1, 1]: offices quiet on Sundays, tourists busy at weekends.
const WEEKLY: Record<Shape, readonly number[]> = {
  rush: [-0.6, 0.3, 0.3, 0.3, 0.3, 0.4, -0.2],
  activity: [-1, 0.35, 0.4, 0.4, 0.35, 0.3, -0.6],
  leisure: [0.8, -0.5, -0.5, -0.4, -0.3, 0.2, 1],
  rain: [0, 0, 0, 0, 0, 0, 0],
  smooth: [-0.3, 0.1, 0.1, 0.1, 0.1, 0.1, -0.2],
};

interface Mix {
  diurnal: number;
  weekly: number;
  annual: number;
  trend: number;
  drift: number;
  noise: number;
  /** Periods per drift step. */
  driftLength: number;
  /** Days to add to a period start to reach its middle, for the annual cycle. */
  midDays: number;
}

const MIX: Record<Period, Mix> = {
  hourly: { diurnal: 0.8, weekly: 0.08, annual: 0.04, trend: 0.02, drift: 0.03, noise: 0.03, driftLength: 72, midDays: 0 },
  daily: { diurnal: 0, weekly: 0.3, annual: 0.3, trend: 0.1, drift: 0.15, noise: 0.15, driftLength: 10, midDays: 0.5 },
  monthly: { diurnal: 0, weekly: 0, annual: 0.55, trend: 0.2, drift: 0.1, noise: 0.15, driftLength: 4, midDays: 15 },
  quarterly: { diurnal: 0, weekly: 0, annual: 0.5, trend: 0.25, drift: 0.1, noise: 0.15, driftLength: 2, midDays: 45 },
};

/** Breach episodes: block length in periods and the chance that a block is one. */
const EPISODE: Record<Period, { block: number; chance: number }> = {
  hourly: { block: 4, chance: 0.02 },
  daily: { block: 2, chance: 0.02 },
  monthly: { block: 1, chance: 0.06 },
  quarterly: { block: 1, chance: 0.08 },
};

/** Trend reference (2025-07-01, the new province) and the time it takes to move one full step. */
const TREND_ORIGIN_MS = Date.UTC(2025, 6, 1) - VN_OFFSET_MS;
const TREND_SPAN_MS = 3 * 365 * DAY_MS;

function annual(m: KpiModel, start: number, midDays: number): number {
  const day = localParts(start + midDays * DAY_MS).dayOfYear;
  return Math.cos(((day - m.annualPeak) / 365.25) * 2 * Math.PI);
}

function cycleSignal(m: KpiModel, start: number, index: number, version: number): number {
  const mix = MIX[m.kpi.period];
  const parts = localParts(start);
  const trend = m.trendSign * Math.max(-1, Math.min(1, (start - TREND_ORIGIN_MS) / TREND_SPAN_MS));
  const s =
    mix.diurnal * DIURNAL[m.shape][parts.hour]! +
    mix.weekly * WEEKLY[m.shape][parts.weekday]! +
    mix.annual * annual(m, start, mix.midDays) +
    mix.trend * trend +
    mix.drift * valueNoise(mixInt(m.salt, 0xd1f7), index / mix.driftLength) +
    mix.noise * signed(hashOf(m.salt, 'noise', index, version));
  return Math.max(-1, Math.min(1, s));
}

/** Rain: mostly dry or light, wetter in the rainy season, with heavy days now and then. */
function rainAmount(m: KpiModel, start: number, index: number, version: number): number {
  const season = (annual(m, start, MIX[m.kpi.period].midDays) + 1) / 2;
  const hourly = m.kpi.period === 'hourly' ? (DIURNAL.rain[localParts(start).hour]! + 1) / 2 : 1;
  const wet = unit(hashOf(m.salt, 'wet', index)) < (0.15 + 0.65 * season) * (0.4 + 0.6 * hourly);
  if (!wet) return 0.03 * unit(hashOf(m.salt, 'dry', index, version));
  const u = unit(hashOf(m.salt, 'amount', index, version));
  return Math.min(1, (0.1 + 0.9 * u * u) * (0.4 + 0.6 * season));
}

/** A value beyond one of the KPI's thresholds when `start` falls in a breach episode, else null. */
function episode(m: KpiModel, start: number, index: number): number | null {
  if (m.breaches.length === 0) return null;
  const { block, chance } = EPISODE[m.kpi.period];
  const b = Math.floor(index / block);
  if (unit(hashOf(m.salt, 'episode', b)) >= chance) return null;
  const target = m.breaches[Math.floor(unit(hashOf(m.salt, 'which', b)) * m.breaches.length)]!;
  const margin = Math.max(1 / m.scale, (m.hi - m.lo) * (0.01 + 0.07 * unit(hashOf(m.salt, 'margin', index))));
  const upper = target.op === '>' || target.op === '>=';
  return upper ? Math.min(m.hi, target.value + margin) : Math.max(m.lo, target.value - margin);
}

/**
 * The province value of period `start` in units of 1/scale (an integer), within the KPI's bounds.
 * `version` > 1 is a revision: the same shape with different noise.
 */
export function provinceUnits(m: KpiModel, start: number, version: number): number {
  const index = periodIndex(m.kpi.period, start);
  const breach = episode(m, start, index);
  const [lo, hi] = breach === null ? m.safeUnits : m.boundUnits;
  let units: number;
  if (breach !== null) units = Math.round(breach * m.scale);
  else {
    const expected =
      m.shape === 'rain'
        ? m.center - m.amp + 2 * m.amp * rainAmount(m, start, index, version)
        : m.center + m.amp * cycleSignal(m, start, index, version);
    // Small counts (accidents, deaths) scatter like a Poisson process around their expected value.
    units =
      m.kpi.unit === 'count' && expected < SMALL_COUNT
        ? poisson(Math.max(0, expected), unit(hashOf(m.salt, 'poisson', index, version)))
        : Math.round(expected * m.scale);
  }
  return Math.max(lo, Math.min(hi, units));
}

const SMALL_COUNT = 30;

/** Inverse CDF of the Poisson distribution: the count whose cumulative probability first reaches u. */
function poisson(lambda: number, u: number): number {
  let k = 0;
  let p = Math.exp(-lambda);
  let cumulative = p;
  while (u > cumulative && k < 4 * SMALL_COUNT) {
    k++;
    p *= lambda / k;
    cumulative += p;
  }
  return k;
}
