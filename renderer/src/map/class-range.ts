// A choropleth class as legend text: "≤ 100", "100 – 150", "> 300", in the reader's number format.
import type { Unit } from '../../../shared/catalog/schema.js';
import { formatValue, type Locale } from '../format/index.js';
import type { ChoroplethClass } from './classify.js';

export function classRange(c: ChoroplethClass, unit: Unit, locale: Locale): string {
  const f = (v: number) => formatValue(v, unit, locale);
  if (c.min === -Infinity && c.max === Infinity) return '';
  if (c.min === -Infinity) return `${c.minIncluded ? '≤' : '<'} ${f(c.max)}`;
  if (c.max === Infinity) return `${c.minIncluded ? '≥' : '>'} ${f(c.min)}`;
  if (c.min === c.max) return f(c.min);
  return `${f(c.min)} – ${f(c.max)}`;
}
