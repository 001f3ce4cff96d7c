// The adjustment table in the cache, seeded once with the shipped defaults (an operator's removal sticks),
// and the working calendar built from it.
import { formatLocal } from '../../../../shared/model/period-math.js';
import type { Database } from '../../store/database.js';
import { DEFAULT_ADJUSTMENTS, type CalendarAdjustment } from './calendar-adjustments.js';
import { WorkingCalendar } from './working-calendar.js';

const SEEDED = 'calendar-defaults-seeded';

export async function loadAdjustments(db: Database, now: Date): Promise<CalendarAdjustment[]> {
  const seeded = await db.get('SELECT 1 FROM fr_settings WHERE key = ?', [SEEDED]);
  if (!seeded) {
    await db.transaction(async (tx) => {
      for (const a of DEFAULT_ADJUSTMENTS) {
        await tx.run('INSERT INTO fr_calendar_adjustments (date, kind, note, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [a.date, a.kind, a.note, formatLocal(now.getTime())]);
      }
      await tx.run('INSERT INTO fr_settings (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING', [SEEDED, formatLocal(now.getTime())]);
    });
  }
  return db.all<CalendarAdjustment>('SELECT date, kind, note FROM fr_calendar_adjustments ORDER BY date');
}

export async function setAdjustment(db: Database, a: CalendarAdjustment, at: string): Promise<void> {
  await db.run(
    'INSERT INTO fr_calendar_adjustments (date, kind, note, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, note = excluded.note, updated_at = excluded.updated_at',
    [a.date, a.kind, a.note, at],
  );
}

export async function removeAdjustment(db: Database, date: string): Promise<boolean> {
  return (await db.run('DELETE FROM fr_calendar_adjustments WHERE date = ?', [date])).changes > 0;
}

/** Open reports keep their handling time when the calendar changes: their deadline is counted again. */
export async function reschedule(db: Database, calendar: WorkingCalendar, handlingDays: (category: string) => number | undefined): Promise<number> {
  return db.transaction(async (tx) => {
    const open = await tx.all<{ id: number; category: string | null; forwarded_at: string; due_at: string }>(
      `SELECT id, category, forwarded_at, due_at FROM fr_reports WHERE state IN ('forwarded', 'acknowledged', 'in-progress') AND forwarded_at IS NOT NULL`,
    );
    let moved = 0;
    for (const r of open) {
      const days = r.category ? handlingDays(r.category) : undefined;
      if (days === undefined) continue;
      const due = calendar.dueAt(r.forwarded_at, days);
      if (due !== r.due_at) moved += (await tx.run('UPDATE fr_reports SET due_at = ? WHERE id = ?', [due, r.id])).changes;
    }
    return moved;
  });
}
