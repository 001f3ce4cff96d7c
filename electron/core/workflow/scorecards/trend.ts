// The monthly trend of one scope (the province, an agency, a commune): the scorecard of each of the last
// months, the current one included (its open counts taken now).
import type { ScoreRow } from '../../../../shared/contract/areas/field-reports.js';
import { addPeriods, floorPeriod, formatLocal } from '../../../../shared/model/period-math.js';
import type { Database } from '../../store/database.js';
import { provinceScore, scorecards, scorePeriod, toScoreRow } from './scorecards.js';

export async function trend(db: Database, scope: 'province' | 'agency' | 'commune', key: string | undefined, months: number, now: Date): Promise<(ScoreRow & { periodStart: string })[]> {
  const current = floorPeriod('monthly', now.getTime());
  const out: (ScoreRow & { periodStart: string })[] = [];
  for (let i = months - 1; i >= 0; i--) {
    const start = addPeriods('monthly', current, -i);
    const period = scorePeriod(formatLocal(start), formatLocal(addPeriods('monthly', start, 1)), now);
    const row =
      scope === 'province' || key === undefined
        ? await provinceScore(db, period)
        : ((await scorecards(db, scope, period, key))[0] ?? toScoreRow({ key, received: 0, handled: 0, on_time: 0, handled_late: 0, open: 0, open_overdue: 0, handling_hours: null, rated: 0, satisfied: 0 }));
    out.push({ ...row, key: key ?? '', periodStart: formatLocal(start) });
  }
  return out;
}
