// The structure of a chart option: which components it has and which series (by id and type). Two options
// with the same structure can be merged in place; a different structure needs a full replace, or the
// components the new option no longer has (axes under a donut) would stay on screen.
import type { ChartOption } from '../panels/chart-option.js';

const COMPONENTS = ['xAxis', 'yAxis', 'legend', 'visualMap', 'grid', 'dataset'] as const;

export function structureOf(option: ChartOption): string {
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series];
  const parts = COMPONENTS.filter((c) => option[c] !== undefined).map((c) => {
    const value = option[c] as { type?: string } | undefined;
    return c === 'visualMap' ? `${c}:${value?.type ?? ''}` : c;
  });
  for (const s of series) {
    const { id, type } = s as { id?: string; type?: string };
    parts.push(`${type ?? '?'}#${id ?? ''}`);
  }
  return parts.join(',');
}
