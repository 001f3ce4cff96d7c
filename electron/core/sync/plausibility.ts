// Record-level checks beyond the schema: a value the KPI cannot take is rejected with the reason.
import type { Kpi } from '../../../shared/catalog/schema.js';

export function implausibility(kpi: Kpi, dim: string, value: number): string | null {
  if (kpi.unit === 'percent' && (value < 0 || value > 100)) return `${value} is not a percentage (0–100)`;
  if (kpi.unit === 'count' && value < 0) return `a count cannot be negative (${value})`;
  if (dim === 'total') {
    const [min, max] = kpi.range;
    const span = max - min;
    if (value < min - span || value > max + span) return `${value} is far outside the plausible range ${min}–${max}`;
  }
  return null;
}
