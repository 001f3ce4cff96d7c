// Record-level checks beyond the schema: a value the KPI cannot take is rejected with the reason.
// Percentages are not capped at 100 (bed occupancy runs over 100 %, growth rates go negative); the
// catalog's plausible range is what bounds them.
import type { Kpi } from '../../../shared/catalog/schema.js';

export function implausibility(kpi: Kpi, dim: string, value: number): string | null {
  if (kpi.unit === 'count' && value < 0) return `a count cannot be negative (${value})`;
  const [min, max] = kpi.range;
  const span = max - min;
  if (dim === 'total' || kpi.aggregate !== 'sum') {
    if (value < min - span || value > max + span) return `${value} is far outside the plausible range ${min}–${max}`;
  }
  return null;
}
