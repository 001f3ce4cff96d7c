import { describe, expect, it } from 'vitest';
import { REPORT_ACTIONS, REPORT_STATES, type ReportAction, type ReportState } from '../../../shared/model/field-report-workflow.js';
import { allowedActions, decide, type Actor } from './state-machine.js';

const ioc: Actor = { id: 'u1', name: 'Trực ban IOC', role: 'ioc-operator', agencyKey: null };
const supervisor: Actor = { id: 'u2', name: 'Giám sát IOC', role: 'ioc-supervisor', agencyKey: null };
const agency: Actor = { id: 'u3', name: 'Cán bộ phường', role: 'agency-officer', agencyKey: 'ubnd-22015' };
const other: Actor = { id: 'u4', name: 'Cán bộ Sở', role: 'agency-leader', agencyKey: 'so-xay-dung' };

// The whole table: every (state, action) that is allowed and its target; everything else is refused.
const ALLOWED: Record<string, ReportState> = {
  'received|triage': 'triaged',
  'received|mark-duplicate': 'duplicate',
  'triaged|mark-duplicate': 'duplicate',
  'triaged|forward': 'forwarded',
  'returned|forward': 'forwarded',
  'forwarded|acknowledge': 'acknowledged',
  'acknowledged|start': 'in-progress',
  'forwarded|return': 'returned',
  'acknowledged|return': 'returned',
  'in-progress|return': 'returned',
  'acknowledged|resolve': 'resolved',
  'in-progress|resolve': 'resolved',
  'resolved|request-rework': 'in-progress',
  'resolved|publish': 'published',
  'published|close': 'closed',
  'rejected|reopen': 'received',
  'duplicate|reopen': 'received',
  'published|rate': 'published',
  'closed|rate': 'closed',
};
const AGENCY_ACTIONS: readonly ReportAction[] = ['acknowledge', 'start', 'return', 'resolve'];

function actorFor(action: ReportAction): Actor {
  if (action === 'reopen') return supervisor;
  return AGENCY_ACTIONS.includes(action) ? agency : ioc;
}

describe('field-report state machine', () => {
  const cases = REPORT_STATES.flatMap((state) => REPORT_ACTIONS.map((action) => [state, action] as const));
  it.each(cases)('%s + %s', (state, action) => {
    const decision = decide({ state, agencyKey: 'ubnd-22015', rated: false }, action, actorFor(action), { verdict: 'valid' });
    const expected = ALLOWED[`${state}|${action}`];
    if (expected) expect(decision).toEqual({ ok: true, to: expected });
    else expect(decision).toMatchObject({ ok: false, refusal: 'illegal-transition' });
  });

  it('sends invalid and abusive reports to rejected', () => {
    for (const verdict of ['invalid', 'abusive'] as const) {
      expect(decide({ state: 'received', agencyKey: null, rated: false }, 'triage', ioc, { verdict })).toEqual({ ok: true, to: 'rejected' });
    }
  });

  it('keeps agency actions to the assigned agency and IOC actions to the IOC', () => {
    const forwarded = { state: 'forwarded' as const, agencyKey: 'ubnd-22015', rated: false };
    expect(decide(forwarded, 'acknowledge', other)).toMatchObject({ ok: false, refusal: 'not-assigned' });
    expect(decide(forwarded, 'acknowledge', ioc)).toMatchObject({ ok: false, refusal: 'not-permitted' });
    expect(decide({ state: 'triaged', agencyKey: null, rated: false }, 'forward', agency)).toMatchObject({ ok: false, refusal: 'not-permitted' });
    expect(decide({ state: 'rejected', agencyKey: null, rated: false }, 'reopen', ioc)).toMatchObject({ ok: false, refusal: 'not-permitted' });
    expect(decide({ state: 'closed', agencyKey: null, rated: true }, 'rate', ioc)).toMatchObject({ ok: false, refusal: 'already-rated' });
  });

  it('offers the actions the actor could take', () => {
    expect(allowedActions({ state: 'in-progress', agencyKey: 'ubnd-22015', rated: false }, agency)).toEqual(['return', 'resolve']);
    expect(allowedActions({ state: 'in-progress', agencyKey: 'ubnd-22015', rated: false }, ioc)).toEqual([]);
    expect(allowedActions({ state: 'resolved', agencyKey: 'ubnd-22015', rated: false }, ioc)).toEqual(['request-rework', 'publish']);
  });
});
