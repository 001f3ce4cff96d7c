// What the Electron shell shows as a desktop notification for a workflow notice: a pure mapping, so the
// shell only calls `new Notification(toDesktopNotification(...))`. Vietnamese first; no reporter data.
import type { WorkflowNotice } from '../../../../shared/contract/areas/field-reports.js';

export interface DesktopNotification {
  title: string;
  body: string;
  /** Electron's urgency on Linux; critical notices stay until dismissed. */
  urgency: 'normal' | 'critical';
  /** Replaces an earlier notification of the same report and stage. */
  tag: string;
  /** Where clicking it leads in the console. */
  route: string;
}

const TITLES = {
  vi: { reminder: 'Sắp đến hạn xử lý phản ánh', urge: 'Đôn đốc: phản ánh quá hạn xử lý', escalate: 'Báo cáo lãnh đạo: phản ánh quá hạn kéo dài' },
  en: { reminder: 'Field report due soon', urge: 'Follow-up: field report overdue', escalate: 'Escalated: field report long overdue' },
} as const;

function dateText(iso: string, locale: 'vi' | 'en'): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return locale === 'vi' ? `${d}/${m}/${y}` : `${d}/${m}/${y}`;
}

export function toDesktopNotification(notice: WorkflowNotice, agencyName: string | null, locale: 'vi' | 'en' = 'vi'): DesktopNotification {
  const agency = agencyName ?? (locale === 'vi' ? 'cơ quan xử lý' : 'the processing agency');
  const due = dateText(notice.dueAt, locale);
  const summary = notice.description.length > 120 ? `${notice.description.slice(0, 119)}…` : notice.description;
  const head = locale === 'vi' ? `Phản ánh #${notice.reportId} — ${agency}, hạn ${due}` : `Report #${notice.reportId} — ${agency}, due ${due}`;
  return {
    title: TITLES[locale][notice.stage],
    body: `${head}\n${summary}`,
    urgency: notice.stage === 'reminder' ? 'normal' : 'critical',
    tag: `field-report-${notice.reportId}-${notice.stage}`,
    route: `#/field-reports/${notice.reportId}`,
  };
}
