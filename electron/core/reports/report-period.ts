// A report's period as bounds and a Vietnamese label: "Tháng 11/2026", "Quý IV/2026", "Năm 2026", "Từ 01/11/2026 đến 15/11/2026".
import { EngineError } from '../../../shared/contract/envelope.js';
import type { ReportPeriod } from '../../../shared/contract/areas/reports.js';
import { addDays, isLocalDate, startOfDay, ymd } from '../workflow/calendar/local-date.js';

const ROMAN = ['I', 'II', 'III', 'IV'];
const dmy = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;

export interface PeriodBounds {
  from: string;
  to: string;
  label: string;
  /** For file names: 2026-11, 2026-Q4, 2026, 2026-11-01_2026-11-15. */
  slug: string;
}

export function periodBounds(p: ReportPeriod): PeriodBounds {
  switch (p.kind) {
    case 'month': {
      const first = ymd(p.year, p.month, 1);
      const next = p.month === 12 ? ymd(p.year + 1, 1, 1) : ymd(p.year, p.month + 1, 1);
      return { from: startOfDay(first), to: startOfDay(next), label: `Tháng ${p.month}/${p.year}`, slug: first.slice(0, 7) };
    }
    case 'quarter': {
      const first = ymd(p.year, 3 * p.quarter - 2, 1);
      const next = p.quarter === 4 ? ymd(p.year + 1, 1, 1) : ymd(p.year, 3 * p.quarter + 1, 1);
      return { from: startOfDay(first), to: startOfDay(next), label: `Quý ${ROMAN[p.quarter - 1]}/${p.year}`, slug: `${p.year}-Q${p.quarter}` };
    }
    case 'year':
      return { from: startOfDay(ymd(p.year, 1, 1)), to: startOfDay(ymd(p.year + 1, 1, 1)), label: `Năm ${p.year}`, slug: String(p.year) };
    case 'range': {
      if (!isLocalDate(p.from) || !isLocalDate(p.to) || p.to < p.from) throw new EngineError('invalid-params', 'the range must run from a date to the same or a later date', ['period']);
      return { from: startOfDay(p.from), to: startOfDay(addDays(p.to, 1)), label: `Từ ${dmy(p.from)} đến ${dmy(p.to)}`, slug: `${p.from}_${p.to}` };
    }
  }
}
