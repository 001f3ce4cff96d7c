// How many data points an option draws (exposed as data-points for the end-to-end tests).
import type { ChartOption } from '../panels/chart-option.js';

export function countDataPoints(option: ChartOption | null | undefined): number {
  if (!option) return 0;
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  const datasets = option.dataset === undefined ? [] : Array.isArray(option.dataset) ? option.dataset : [option.dataset];
  let total = 0;
  for (const s of series) {
    const data = (s as { data?: unknown }).data;
    if (Array.isArray(data)) total += data.filter((d) => d !== null && d !== undefined && d !== '-').length;
  }
  if (total === 0) {
    for (const d of datasets) {
      const source = (d as { source?: unknown }).source;
      if (Array.isArray(source)) total += source.length;
    }
  }
  return total;
}
