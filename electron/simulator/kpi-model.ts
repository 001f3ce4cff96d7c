// The fixed character of one simulated KPI: its bounds, its normal band (kept clear of thresholds),
// its rounding step, the shape of its daily/weekly/annual cycles and the thresholds it may rarely cross.
import type { Kpi, Threshold } from '../../shared/catalog/schema.js';
import { hashOf, hashString, unit } from './random.js';

/** Cycle shapes: rush hours (air, traffic), office activity, leisure (tourism), rainfall, smooth. */
export type Shape = 'rush' | 'activity' | 'leisure' | 'rain' | 'smooth';

export interface BreachTarget {
  op: Threshold['op'];
  value: number;
}

export interface KpiModel {
  kpi: Kpi;
  /** Hash of seed and KPI id: the root of every random draw for this KPI. */
  salt: number;
  /** Hard bounds: the catalog range, and 0–100 for percentages. */
  lo: number;
  hi: number;
  /** Normal values stay within center ± amp, inside the safe band. */
  center: number;
  amp: number;
  /** The safe band in units of 1/scale: normal values (outside breach episodes) cross no threshold. */
  safeUnits: readonly [number, number];
  /** The bounds in units of 1/scale. */
  boundUnits: readonly [number, number];
  /** Values are whole multiples of 1/scale (scale = 1, 10, 100 or 1000). */
  scale: number;
  shape: Shape;
  /** Day of the year (0-based) where the annual cycle peaks. */
  annualPeak: number;
  /** Sign of the gentle multi-year trend: towards "better" for directional KPIs. */
  trendSign: number;
  /** Thresholds that can be crossed without leaving the bounds. */
  breaches: BreachTarget[];
}

function scaleFor(kpi: Kpi, span: number): number {
  if (kpi.unit === 'count' || kpi.unit === 'level' || span >= 1000) return 1;
  if (span >= 100) return 10;
  if (span >= 1) return 100;
  return 1000;
}

function shapeFor(kpi: Kpi): Shape {
  const id = kpi.id.toLowerCase();
  if (kpi.unit === 'mm' || /rain|mua/.test(id)) return 'rain';
  if (kpi.unit === 'ug-m3' || /aqi|pm2|pm10|air|traffic|congest|vehicle|violation|accident/.test(id)) return 'rush';
  if (/touris|visitor|guest|hotel|du-lich/.test(id)) return 'leisure';
  if (kpi.unit === 'count') return 'activity';
  return 'smooth';
}

const ANNUAL_PEAK: Partial<Record<Shape, number>> = {
  rush: 60, // dry season haze and traffic, March
  rain: 285, // Central Highlands and coast: wettest in October
  leisure: 190, // summer holidays
};

const isUpper = (op: Threshold['op']) => op === '>' || op === '>=';

export function buildKpiModel(kpi: Kpi, seed: number): KpiModel {
  const salt = hashOf(seed, hashString(kpi.id));
  const lo = kpi.unit === 'percent' ? Math.max(0, kpi.range[0]) : kpi.range[0];
  const hi = kpi.unit === 'percent' ? Math.min(100, kpi.range[1]) : kpi.range[1];
  const span = hi - lo;
  const scale = scaleFor(kpi, span);
  const step = 1 / scale;
  // The safe band: values that cross no threshold (inclusive bounds on the value grid).
  let safeLo = lo;
  let safeHi = hi;
  for (const t of kpi.thresholds) {
    if (t.op === '>') safeHi = Math.min(safeHi, t.value);
    else if (t.op === '>=') safeHi = Math.min(safeHi, t.value - step);
    else if (t.op === '<') safeLo = Math.max(safeLo, t.value);
    else safeLo = Math.max(safeLo, t.value + step);
  }
  if (safeHi < safeLo) {
    // Thresholds that leave no normal value: ignore them for the normal band.
    safeLo = lo;
    safeHi = hi;
  }
  const width = safeHi - safeLo;
  const shape = shapeFor(kpi);
  let center = safeLo + width * (0.4 + 0.2 * unit(hashOf(salt, 'center')));
  let amp = Math.min(center - safeLo, safeHi - center) * (0.6 + 0.3 * unit(hashOf(salt, 'amp')));
  if (kpi.unit === 'level') {
    // Few discrete levels: swing far enough that rounding reaches the ends of the safe band.
    center = safeLo + width / 2;
    amp = width / 2 + 0.5;
  } else if (shape === 'rain') {
    // Rain starts from nothing: the band is the lower 80% of the safe band.
    center = safeLo + width * 0.4;
    amp = width * 0.4;
  }
  const boundUnits = [Math.ceil(lo * scale - 1e-9) + 0, Math.floor(hi * scale + 1e-9) + 0] as const;
  const safeUnits = [Math.ceil(safeLo * scale - 1e-9) + 0, Math.floor(safeHi * scale + 1e-9) + 0] as const;
  const breaches = kpi.thresholds
    .filter((t) => (isUpper(t.op) ? t.value + step <= hi : t.value - step >= lo))
    .map((t) => ({ op: t.op, value: t.value }));
  const trendSign =
    kpi.direction === 'higher-is-better' ? 1 : kpi.direction === 'lower-is-better' ? -1 : unit(hashOf(salt, 'trend')) < 0.5 ? -1 : 1;
  return {
    kpi,
    salt,
    lo,
    hi,
    center,
    amp,
    safeUnits: safeUnits[0] <= safeUnits[1] ? safeUnits : boundUnits,
    boundUnits,
    scale,
    shape,
    annualPeak: ANNUAL_PEAK[shape] ?? Math.floor(unit(hashOf(salt, 'peak')) * 365),
    trendSign,
    breaches,
  };
}
