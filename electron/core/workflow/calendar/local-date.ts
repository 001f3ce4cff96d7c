// Calendar days in Vietnam time as 'YYYY-MM-DD' text and day numbers (days since 1970-01-01), so working-day
// arithmetic never depends on the machine's time zone.
const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;

export type LocalDate = string;

export function dayNumber(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): LocalDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(dayNumber(date) + days);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: LocalDate): number => (dayNumber(date) + 4) % 7;

export function localDateOf(instant: string | number | Date): LocalDate {
  const ms = typeof instant === 'number' ? instant : new Date(instant).getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${String(instant)}`);
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 10);
}

export const isLocalDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text) && fromDayNumber(dayNumber(text)) === text;

export const startOfDay = (date: LocalDate): string => `${date}T00:00:00+07:00`;
export const endOfDay = (date: LocalDate): string => `${date}T23:59:59+07:00`;

export const ymd = (year: number, month: number, day: number): LocalDate =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
