import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar } from './lunar.js';

const iso = (d: { day: number; month: number; year: number } | null) =>
  d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
const solar = (text: string) => {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

// Tết Nguyên Đán (1/1 âm lịch) and Giỗ Tổ Hùng Vương (10/3 âm lịch) as published in Vietnamese calendars.
const TET: Record<number, string> = {
  1985: '1985-01-21', // Vietnam (UTC+7); China celebrated on 20 February 1985
  2007: '2007-02-17', // China: 18 February
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
};
const HUNG_KINGS: Record<number, string> = {
  2019: '2019-04-14',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
};

describe('lunar calendar (Hồ Ngọc Đức, UTC+7)', () => {
  it.each(Object.entries(TET))('Tết of %s', (year, date) => {
    expect(iso(lunarToSolar({ day: 1, month: 1, year: Number(year), leap: false }))).toBe(date);
    expect(solarToLunar(solar(date))).toEqual({ day: 1, month: 1, year: Number(year), leap: false });
  });

  it.each(Object.entries(HUNG_KINGS))('Giỗ Tổ Hùng Vương of %s', (year, date) => {
    expect(iso(lunarToSolar({ day: 10, month: 3, year: Number(year), leap: false }))).toBe(date);
  });

  it('knows the leap months: 2023 had a leap 2nd month, 2025 a leap 6th month', () => {
    expect(solarToLunar(solar('2023-03-22'))).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(solarToLunar(solar('2025-07-25'))).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toEqual({ day: 25, month: 7, year: 2025 });
    expect(lunarToSolar({ day: 1, month: 5, year: 2025, leap: true })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 5, year: 2026, leap: true })).toBeNull();
  });

  it('round-trips every day of 2024–2027', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const s = { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
      expect(lunarToSolar(solarToLunar(s))).toEqual(s);
    }
  });
});
