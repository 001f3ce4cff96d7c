// The yearly table of compensatory days off (nghỉ bù) and swapped days (hoán đổi ngày làm việc) that the
// government announces for civil servants. It is data: the console ships the announced years below as its
// default and operators edit the table (stored in the cache) when a new year's notice comes out.
import { z } from 'zod';
import { isLocalDate } from './local-date.js';

export const calendarAdjustmentSchema = z
  .object({
    date: z.string().refine(isLocalDate, 'expected a date YYYY-MM-DD'),
    /** day-off: a weekday off (compensation, swap); working-day: a weekend day worked in exchange. */
    kind: z.enum(['day-off', 'working-day']),
    note: z.string().min(1).max(300),
  })
  .strict();

export type CalendarAdjustment = z.infer<typeof calendarAdjustmentSchema>;

export const DEFAULT_ADJUSTMENTS: readonly CalendarAdjustment[] = [
  // 2025 (Bộ Nội vụ's notice): Tết from 25/01 to 02/02 with 27/01 swapped for Saturday 08/02;
  // 30/4–1/5 joined to the weekend with 02/5 swapped for Saturday 26/4; 2/9 with 1/9 as the adjacent day.
  { date: '2025-01-27', kind: 'day-off', note: 'Hoán đổi ngày làm việc dịp Tết Ất Tỵ' },
  { date: '2025-02-08', kind: 'working-day', note: 'Làm bù cho ngày 27/01/2025' },
  { date: '2025-05-02', kind: 'day-off', note: 'Hoán đổi ngày làm việc dịp 30/4 - 1/5' },
  { date: '2025-04-26', kind: 'working-day', note: 'Làm bù cho ngày 02/5/2025' },
  // 2026: Giỗ Tổ Hùng Vương (10/3 âm lịch) falls on Sunday 26/4, so Monday 27/4 is the day off in lieu.
  { date: '2026-04-27', kind: 'day-off', note: 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4/2026 là Chủ nhật)' },
];
