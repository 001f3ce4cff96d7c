// The escalation ladder (Art. 6.7): a reminder to the focal person before the deadline, an urging notice
// ("đôn đốc") to the focal person and the leader once it has passed, and escalation to the IOC supervisors
// past a further limit. Pure functions of the deadline, the clock and the calendar.
import type { EscalationPolicy } from '../../../../shared/catalog/field-report-categories.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

export type NoticeStage = 'reminder' | 'urge' | 'escalate';
export const STAGE_ORDER: readonly NoticeStage[] = ['reminder', 'urge', 'escalate'];
export type RecipientRole = 'focal' | 'leader' | 'ioc-supervisors';

export const RECIPIENTS: Record<NoticeStage, readonly RecipientRole[]> = {
  reminder: ['focal'],
  urge: ['focal', 'leader'],
  escalate: ['ioc-supervisors', 'leader'],
};

/** The highest stage a report open with this deadline has reached at `nowIso`, or null. */
export function escalationStage(dueIso: string, nowIso: string, calendar: WorkingCalendar, policy: EscalationPolicy): NoticeStage | null {
  if (new Date(nowIso).getTime() > new Date(dueIso).getTime()) {
    return calendar.workingDaysPast(dueIso, nowIso) >= policy.escalateAfterWorkingDays ? 'escalate' : 'urge';
  }
  return new Date(nowIso).getTime() >= new Date(calendar.reminderAt(dueIso, policy.remindBeforeWorkingDays)).getTime() ? 'reminder' : null;
}
