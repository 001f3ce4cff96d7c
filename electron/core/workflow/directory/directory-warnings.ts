// Art. 4.3: each processing agency names one leader and one focal person for field reports, and files a
// change within 7 days. Pure: the warnings of one agency's contacts on a given day.
import type { DirectoryWarning } from '../../../../shared/contract/areas/agencies.js';
import { addDays, type LocalDate } from '../calendar/local-date.js';

export const SUCCESSOR_DAYS = 7;

export interface ContactDates {
  role: 'leader' | 'focal';
  fromDate: LocalDate;
  toDate: LocalDate | null;
}

/** Serving on `today`: started on or before it and not yet left (a person leaves at the start of toDate). */
export const isServing = (c: ContactDates, today: LocalDate) => c.fromDate <= today && (c.toDate === null || c.toDate > today);

export function directoryWarnings(contacts: readonly ContactDates[], today: LocalDate): DirectoryWarning[] {
  const warnings: DirectoryWarning[] = [];
  for (const role of ['leader', 'focal'] as const) {
    const mine = contacts.filter((c) => c.role === role);
    if (mine.some((c) => isServing(c, today))) continue;
    const left = mine.filter((c) => c.toDate !== null && c.toDate <= today).sort((a, b) => (a.toDate! < b.toDate! ? 1 : -1))[0];
    if (!left) {
      warnings.push({ code: 'missing', role, since: null, deadline: null });
      continue;
    }
    const deadline = addDays(left.toDate!, SUCCESSOR_DAYS);
    warnings.push({ code: today > deadline ? 'successor-overdue' : 'successor-pending', role, since: left.toDate, deadline });
  }
  return warnings;
}
