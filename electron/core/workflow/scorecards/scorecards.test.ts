import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openKit, type Kit } from '../test-kit.js';
import { provinceScore, scorecards, scorePeriod } from './scorecards.js';

let kit: Kit;
const NOW = new Date('2026-12-20T12:00:00+07:00');
const t = (day: string) => `2026-${day}T09:00:00+07:00`;

async function report(id: number, agency: string, forwarded: string, due: string, resolved: string | null, extra: { satisfaction?: string; rated?: string } = {}) {
  const reported = forwarded.replace('T09', 'T08');
  await kit.db.run(
    `INSERT INTO fr_reports (id, source_id, external_id, ingest_key, category, upstream_category, description, channel, reported_at, upstream_updated_at,
       upstream_status, state, agency_key, forwarded_at, due_at, resolved_at, handling_minutes, satisfaction, rated_at, received_at, updated_at, commune_code)
     VALUES (?, 's', ?, ?, 'rac-thai', 'rac-thai', 'x', 'app', ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '24001')`,
    [id, `e${id}`, `s|e${id}`, reported, reported, resolved ? 'closed' : 'in-progress', agency, forwarded, due, resolved, resolved ? (Date.parse(resolved) - Date.parse(forwarded)) / 60_000 : null, extra.satisfaction ?? null, extra.rated ?? null, reported, reported],
  );
}

beforeEach(async () => {
  kit = await openKit();
  const A = 'ubnd-24001';
  const B = 'so-xay-dung';
  await report(1, A, t('12-01'), t('12-04'), t('12-03'), { satisfaction: 'rat-hai-long', rated: t('12-05') });
  await report(2, A, t('12-02'), t('12-07'), t('12-10'), { satisfaction: 'khong-hai-long', rated: t('12-12') });
  await report(3, A, t('12-05'), t('12-10'), null); // open past its deadline: late
  await report(4, A, t('12-15'), t('12-22'), null); // open within its deadline
  await report(5, A, t('11-20'), t('11-25'), t('12-02')); // received in November, handled late in December
  await report(6, A, t('11-10'), t('11-15'), t('11-14')); // all in November
  await report(7, B, t('12-01'), t('12-15'), t('12-14'));
  await report(8, B, t('12-01'), t('12-15'), null);
});
afterEach(() => kit.db.close());

describe('scorecards (hand-computed)', () => {
  it('count open-overdue items as late, per agency, ranked', async () => {
    const period = scorePeriod('2026-12-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00', NOW);
    expect(period.asOf).toBe('2026-12-20T12:00:00+07:00');
    const [first, second] = await scorecards(kit.db, 'agency', period);
    expect(second).toEqual({
      key: 'ubnd-24001', received: 4, handled: 3, onTime: 1, handledLate: 2, open: 2, openOverdue: 1, late: 3,
      onTimeRate: 25, avgHandlingHours: 176, rated: 2, satisfied: 1, satisfactionRate: 50, rank: 2,
    });
    expect(first).toMatchObject({ key: 'so-xay-dung', received: 2, handled: 1, onTime: 1, open: 1, openOverdue: 1, late: 1, onTimeRate: 50, avgHandlingHours: 312, rank: 1 });
  });

  it('take the open counts at the end of a past period', async () => {
    const november = scorePeriod('2026-11-01T00:00:00+07:00', '2026-12-01T00:00:00+07:00', NOW);
    const [a] = await scorecards(kit.db, 'agency', november, 'ubnd-24001');
    expect(a).toMatchObject({ received: 2, handled: 1, onTime: 1, open: 1, openOverdue: 1, onTimeRate: 50 });
  });

  it('give the province and the communes the same definitions, with received counted by report time', async () => {
    const period = scorePeriod('2026-12-01T00:00:00+07:00', '2027-01-01T00:00:00+07:00', NOW);
    expect(await provinceScore(kit.db, period)).toMatchObject({ received: 6, handled: 4, onTime: 2, open: 3, openOverdue: 2, late: 4, onTimeRate: 33.3 });
    const [commune] = await scorecards(kit.db, 'commune', period);
    expect(commune).toMatchObject({ key: '24001', received: 6, onTimeRate: 33.3 });
  });

  it('refuse a period that ends before it starts', () => {
    expect(() => scorePeriod('2026-12-02T00:00:00+07:00', '2026-12-01T00:00:00+07:00', NOW)).toThrow(/from before to/);
  });
});
