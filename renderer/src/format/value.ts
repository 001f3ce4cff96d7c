// A KPI value with its unit, in words the reader uses: "1.234,5 tỷ đồng", "95,2%", "cấp 3".
import type { Unit } from '../../../shared/catalog/schema.js';
import type { Locale } from './locale.js';
import { formatNumber, MISSING } from './number.js';

interface UnitSpec {
  digits: number;
  vi: string;
  en: string;
  /** English word with a singular form ("1 hour"). */
  enOne?: string;
  /** The label goes before the number ("cấp 3"). */
  prefix?: boolean;
  /** No space between number and label ("95%"). */
  tight?: boolean;
}

const UNITS: Record<Unit, UnitSpec> = {
  count: { digits: 0, vi: '', en: '' },
  percent: { digits: 1, vi: '%', en: '%', tight: true },
  'billion-vnd': { digits: 1, vi: 'tỷ đồng', en: 'billion VND' },
  'million-usd': { digits: 1, vi: 'triệu USD', en: 'million USD' },
  index: { digits: 1, vi: '', en: '' },
  points: { digits: 1, vi: 'điểm', en: 'points', enOne: 'point' },
  hours: { digits: 1, vi: 'giờ', en: 'hours', enOne: 'hour' },
  days: { digits: 1, vi: 'ngày', en: 'days', enOne: 'day' },
  minutes: { digits: 0, vi: 'phút', en: 'minutes', enOne: 'minute' },
  mm: { digits: 1, vi: 'mm', en: 'mm' },
  m: { digits: 2, vi: 'm', en: 'm' },
  'ug-m3': { digits: 1, vi: 'µg/m³', en: 'µg/m³' },
  level: { digits: 0, vi: 'cấp', en: 'level', prefix: true },
  tonnes: { digits: 1, vi: 'tấn', en: 'tonnes', enOne: 'tonne' },
  'vnd-per-kg': { digits: 0, vi: 'đồng/kg', en: 'VND/kg' },
};

/** The unit as an axis or column label ("tỷ đồng"); empty for plain numbers. */
export function unitLabel(unit: Unit, locale: Locale): string {
  return UNITS[unit][locale];
}

export function unitDigits(unit: Unit): number {
  return UNITS[unit].digits;
}

export function formatValue(value: number | null | undefined, unit: Unit, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const spec = UNITS[unit];
  const number = formatNumber(value, locale, { maximumFractionDigits: spec.digits });
  const label = locale === 'en' && spec.enOne && Math.abs(value) === 1 ? spec.enOne : spec[locale];
  if (!label) return number;
  if (spec.prefix) return `${label} ${number}`;
  return spec.tight ? `${number}${label}` : `${number} ${label}`;
}

/** A change between two values, signed: "+1,2%" / "−3 phút". */
export function formatDelta(delta: number, unit: Unit, locale: Locale): string {
  const text = formatValue(Math.abs(delta), unit, locale);
  if (text === MISSING || formatNumber(Math.abs(delta), locale, { maximumFractionDigits: UNITS[unit].digits }) === '0') {
    return text;
  }
  return `${delta > 0 ? '+' : '−'}${text}`;
}
