import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_POLICY } from '../../../../shared/catalog/field-report-categories.js';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { saveContact } from '../directory/directory-store.js';
import { DEMO_OPERATOR } from '../actor.js';
import { deliver, inbound, openKit, type Kit } from '../test-kit.js';
import { applyTransition } from '../transitions.js';
import { toDesktopNotification } from './desktop-notification.js';
import { escalationStage } from './escalation-ladder.js';
import { listNotices, runEscalation } from './escalation-runner.js';

const cal = new WorkingCalendar([]);
const due = '2026-12-04T23:59:59+07:00'; // a Friday

describe('escalation ladder', () => {
  it('reminds on the due day, urges once overdue, escalates after two more working days', () => {
    const stage = (now: string) => escalationStage(due, now, cal, DEFAULT_ESCALATION_POLICY);
    expect(stage('2026-12-03T23:00:00+07:00')).toBeNull();
    expect(stage('2026-12-04T00:00:00+07:00')).toBe('reminder');
    expect(stage('2026-12-05T08:00:00+07:00')).toBe('urge');
    expect(stage('2026-12-08T10:00:00+07:00')).toBe('urge'); // only Monday has ended
    expect(stage('2026-12-09T10:00:00+07:00')).toBe('escalate');
  });
});

describe('escalation runner', () => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await openKit('2026-12-01T09:00:00+07:00');
    await deliver(kit, [inbound()]);
    const act = (p: object, key: string) => applyTransition(kit.deps, { id: 1, idempotencyKey: key, ...p } as never, DEMO_OPERATOR);
    await act({ action: 'triage', verdict: 'valid' }, 'k-triage');
    await act({ action: 'forward', agencyKey: 'ubnd-24001' }, 'k-forward'); // rác thải: 3 working days, due Friday 4/12
    await saveContact(kit.db, { agencyKey: 'ubnd-24001', role: 'focal', name: 'Trần Văn Nam', fromDate: '2026-01-01' }, '2026-01-01T00:00:00+07:00');
  });
  afterEach(() => kit.db.close());

  it('records each stage once per deadline, with the serving contacts as recipients', async () => {
    expect(await runEscalation(kit.db, cal, DEFAULT_ESCALATION_POLICY, new Date('2026-12-03T10:00:00+07:00'))).toEqual([]);
    const [reminder] = await runEscalation(kit.db, cal, DEFAULT_ESCALATION_POLICY, new Date('2026-12-04T08:00:00+07:00'));
    expect(reminder).toMatchObject({ stage: 'reminder', reportId: 1, agencyKey: 'ubnd-24001', recipients: [{ role: 'focal', name: 'Trần Văn Nam' }] });
    expect(await runEscalation(kit.db, cal, DEFAULT_ESCALATION_POLICY, new Date('2026-12-04T09:00:00+07:00'))).toEqual([]);
    const [urge] = await runEscalation(kit.db, cal, DEFAULT_ESCALATION_POLICY, new Date('2026-12-07T08:00:00+07:00'));
    expect(urge).toMatchObject({ stage: 'urge', recipients: [{ role: 'focal', name: 'Trần Văn Nam' }, { role: 'leader', name: null }] });
    const [escalate] = await runEscalation(kit.db, cal, DEFAULT_ESCALATION_POLICY, new Date('2026-12-09T08:00:00+07:00'));
    expect(escalate!.stage).toBe('escalate');
    expect((await listNotices(kit.db, 10, true)).unread).toBe(3);
    const desktop = toDesktopNotification(escalate!, 'UBND Phường Tân An');
    expect(desktop).toMatchObject({ title: 'Báo cáo lãnh đạo: phản ánh quá hạn kéo dài', urgency: 'critical', tag: 'field-report-1-escalate', route: '#/field-reports/1' });
    expect(desktop.body).toContain('Phản ánh #1 — UBND Phường Tân An, hạn 04/12/2026');
  });
});
