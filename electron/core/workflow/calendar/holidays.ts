// Vietnam's public holidays (Labour Code 2019, Art. 112): the fixed solar days plus Tết Nguyên Đán and
// Giỗ Tổ Hùng Vương from the lunar calendar. The yearly compensatory days off and swapped working days the
// government announces are not rules: they come from the adjustment table (calendar-adjustments.ts).
import { lunarToSolar } from './lunar.js';
import { addDays, ymd, type LocalDate } from './local-date.js';

export type HolidayKind = 'new-year' | 'tet' | 'hung-kings' | 'reunification' | 'labour-day' | 'national-day';

export interface Holiday {
  date: LocalDate;
  kind: HolidayKind;
  name: { vi: string; en: string };
}

const NAMES: Record<HolidayKind, { vi: string; en: string }> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration (10th day of the 3rd lunar month)" },
  reunification: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  'labour-day': { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' },
  'national-day': { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
};

function solarOf(day: number, month: number, lunarYear: number): LocalDate {
  const s = lunarToSolar({ day, month, year: lunarYear, leap: false });
  if (!s) throw new Error(`no solar date for ${day}/${month}/${lunarYear} (lunar)`);
  return ymd(s.year, s.month, s.day);
}

/** The first day of the lunar year that starts in solar `year`. */
export const tetDate = (year: number): LocalDate => solarOf(1, 1, year);
export const hungKingsDate = (year: number): LocalDate => solarOf(10, 3, year);

/**
 * The statutory holidays of a solar year. Tết is five days: the last day of the old lunar year and the
 * first four of the new one (the usual split; a different split is an adjustment). National Day is 2/9 and
 * one adjacent day, 1/9 by default (the Prime Minister picks 1/9 or 3/9 each year; adjust when it is 3/9).
 */
export function statutoryHolidays(year: number): Holiday[] {
  const tet = tetDate(year);
  const days: Array<[LocalDate, HolidayKind]> = [
    [ymd(year, 1, 1), 'new-year'],
    ...[-1, 0, 1, 2, 3].map((offset): [LocalDate, HolidayKind] => [addDays(tet, offset), 'tet']),
    [hungKingsDate(year), 'hung-kings'],
    [ymd(year, 4, 30), 'reunification'],
    [ymd(year, 5, 1), 'labour-day'],
    [ymd(year, 9, 1), 'national-day'],
    [ymd(year, 9, 2), 'national-day'],
  ];
  return days.map(([date, kind]) => ({ date, kind, name: NAMES[kind] })).sort((a, b) => (a.date < b.date ? -1 : 1));
}
