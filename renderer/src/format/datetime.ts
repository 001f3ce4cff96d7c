// Dates and times as the province reads them: dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh, whatever the machine's zone.
import type { Period } from '../../../shared/catalog/schema.js';
import type { Locale } from './locale.js';
import { MISSING } from './number.js';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function toDate(value: string | Date | number): Date | undefined {
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function zonedParts(value: string | Date | number): ZonedParts | undefined {
  const d = toDate(value);
  if (!d) return undefined;
  const out: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(d)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute! };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "05/03/2025 14:00" */
export function formatDateTime(value: string | Date | number | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const p = zonedParts(value);
  return p ? `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}` : MISSING;
}

/** "05/03/2025" */
export function formatDate(value: string | Date | number | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const p = zonedParts(value);
  return p ? `${pad(p.day)}/${pad(p.month)}/${p.year}` : MISSING;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The period a value belongs to: "05/03/2025 14:00", "05/03/2025", "Tháng 3/2025", "Quý I/2025". */
export function formatPeriod(periodStart: string | null | undefined, period: Period, locale: Locale): string {
  if (!periodStart) return MISSING;
  const p = zonedParts(periodStart);
  if (!p) return MISSING;
  switch (period) {
    case 'hourly':
      return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:00`;
    case 'daily':
      return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
    case 'monthly':
      return locale === 'vi' ? `Tháng ${p.month}/${p.year}` : `${EN_MONTHS[p.month - 1]} ${p.year}`;
    case 'quarterly': {
      const q = Math.floor((p.month - 1) / 3);
      return locale === 'vi' ? `Quý ${ROMAN[q]}/${p.year}` : `Q${q + 1} ${p.year}`;
    }
  }
}

/** Compact labels for a chart axis: "14:00", "05/03", "T3/25" ("Mar 25"), "Q1/25". */
export function formatPeriodShort(periodStart: string, period: Period, locale: Locale): string {
  const p = zonedParts(periodStart);
  if (!p) return '';
  const yy = pad(p.year % 100);
  switch (period) {
    case 'hourly':
      return p.hour === 0 ? `${pad(p.day)}/${pad(p.month)}` : `${pad(p.hour)}:00`;
    case 'daily':
      return `${pad(p.day)}/${pad(p.month)}`;
    case 'monthly':
      return locale === 'vi' ? `T${p.month}/${yy}` : `${EN_MONTHS[p.month - 1]} ${yy}`;
    case 'quarterly':
      return `Q${Math.floor((p.month - 1) / 3) + 1}/${yy}`;
  }
}

/** An instant as ISO 8601 with the +07:00 offset the engine uses: "2025-03-05T14:00:00+07:00". */
export function toVnIso(value: Date | number): string {
  const d = toDate(value)!;
  const shifted = new Date(d.getTime() + 7 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}
