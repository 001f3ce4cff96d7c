// The columns of the per-agency and per-category tables, shared by the XLSX and the PDF so both read alike.
import type { ScoreRow } from '../../../shared/contract/areas/field-reports.js';

export interface ScoreColumn {
  header: string;
  value: (r: ScoreRow) => number | null;
  kind: 'count' | 'percent' | 'hours' | 'rank';
}

export const SCORE_COLUMNS: readonly ScoreColumn[] = [
  { header: 'Tiếp nhận', value: (r) => r.received, kind: 'count' },
  { header: 'Đã xử lý', value: (r) => r.handled, kind: 'count' },
  { header: 'Đúng hạn', value: (r) => r.onTime, kind: 'count' },
  { header: 'Trễ hạn', value: (r) => r.late, kind: 'count' },
  { header: 'Đang xử lý', value: (r) => r.open, kind: 'count' },
  { header: 'Quá hạn còn mở', value: (r) => r.openOverdue, kind: 'count' },
  { header: 'Tỷ lệ đúng hạn', value: (r) => r.onTimeRate, kind: 'percent' },
  { header: 'TG xử lý TB (giờ)', value: (r) => r.avgHandlingHours, kind: 'hours' },
  { header: 'Lượt đánh giá', value: (r) => r.rated, kind: 'count' },
  { header: 'Tỷ lệ hài lòng', value: (r) => r.satisfactionRate, kind: 'percent' },
];

/** Vietnamese number text: 1.234 and 92,5. */
export function viNumber(value: number | null, digits = 0): string {
  if (value === null) return '—';
  return value.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const viPercent = (value: number | null) => (value === null ? '—' : `${viNumber(value, 1)}%`);

export function viDateTime(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

export const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
