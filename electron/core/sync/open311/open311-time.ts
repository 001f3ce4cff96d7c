// Open311 servers write times in many ways; this reads the common ones and says which variation it met.
import { toVnIso } from '../../../../shared/model/periods.js';

export interface ReadTime {
  iso: string;
  /** Set when the text was not plain ISO 8601 with an offset. */
  variation?: string;
}

const FULL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Reads an Open311 date-time; a time without an offset is taken as Vietnam time. Null when unreadable. */
export function readOpen311Time(value: unknown): ReadTime | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const m = FULL.exec(value.trim());
  if (!m) return null;
  const [, date, time, zone] = m;
  let variation: string | undefined;
  let offset = zone?.toUpperCase();
  if (!offset) {
    offset = '+07:00';
    variation = 'times without an offset, read as Vietnam time';
  } else if (offset !== 'Z' && !offset.includes(':')) {
    offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
    variation = 'offsets without a colon (+0700)';
  }
  if (value.includes(' ') && !variation) variation = 'a space instead of "T" in times';
  const ms = Date.parse(`${date}T${time}${offset}`);
  if (Number.isNaN(ms)) return null;
  return { iso: toVnIso(new Date(ms)), ...(variation ? { variation } : {}) };
}

/** How the connector writes start_date/end_date: ISO 8601 with +07:00, or in UTC for servers that refuse offsets. */
export function formatOpen311Time(ms: number, utc: boolean): string {
  return utc ? new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z') : toVnIso(new Date(ms));
}
