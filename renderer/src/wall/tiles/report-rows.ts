// What the field-report tiles print for a report: its category and commune by name, and times as a wall
// reads them at a glance ("03/12 14:05", Vietnam time).
import { FIELD_REPORT_CATEGORIES } from '../../../../shared/catalog/field-report-categories.js';
import type { WallReport } from '../../../../shared/contract/areas/wall.js';
import { zonedParts } from '../../format/index.js';

const pad = (n: number) => String(n).padStart(2, '0');
const CATEGORY_NAMES = new Map(FIELD_REPORT_CATEGORIES.map((c) => [c.key, c.name]));

/** "03/12 14:05"; "—" when there is no time. */
export function dayMonthTime(iso: string | null): string {
  const p = iso ? zonedParts(iso) : undefined;
  return p ? `${pad(p.day)}/${pad(p.month)} ${pad(p.hour)}:${pad(p.minute)}` : '—';
}

export interface ReportLine {
  id: number;
  category: { vi: string; en: string } | null;
  commune: string | null;
  received: string;
  due: string;
}

/** Names for codes; an unknown category or commune shows its code rather than nothing. */
export function reportLine(report: WallReport, communeNames: ReadonlyMap<string, string>): ReportLine {
  const category = report.category ? (CATEGORY_NAMES.get(report.category) ?? { vi: report.category, en: report.category }) : null;
  return {
    id: report.id,
    category,
    commune: report.communeCode ? (communeNames.get(report.communeCode) ?? report.communeCode) : null,
    received: dayMonthTime(report.reportedAt),
    due: dayMonthTime(report.dueAt),
  };
}
