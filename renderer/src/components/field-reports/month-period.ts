// A month as the bounds the scorecards take, in Vietnam time: "2026-11" → [2026-11-01, 2026-12-01).
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01T00:00:00+07:00`, to: `${next}-01T00:00:00+07:00` };
}

/** The current month and the eleven before it, newest first, in Vietnam time. */
export function recentMonths(now: Date, count = 12): string[] {
  const local = new Date(now.getTime() + 7 * 3_600_000);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/** Today's date in Vietnam, YYYY-MM-DD, whatever the machine's zone. */
export const todayVn = (now = Date.now()): string => new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
