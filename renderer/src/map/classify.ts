// Choropleth classes for a by-commune KPI: from the catalog's thresholds when the KPI has them (operators
// know those limits), otherwise quantiles of the values. Pure: the legend and the map colours come from it.
import type { Kpi, Threshold } from '../../../shared/catalog/schema.js';
import type { LocalizedText } from '../../../shared/catalog/schema.js';

export interface ChoroplethClass {
  /** Lower bound; -Infinity for the first class. */
  min: number;
  /** Upper bound; Infinity for the last class. */
  max: number;
  /** Whether a value equal to `min` belongs here (else to the class below). */
  minIncluded: boolean;
  color: string;
  count: number;
  /** The threshold's name for the class, when the classes come from thresholds. */
  label: LocalizedText | null;
}

export interface Classification {
  method: 'thresholds' | 'quantiles' | 'single' | 'empty';
  classes: ChoroplethClass[];
  noDataCount: number;
  /** Index of the class of a value, or -1 for no data. */
  classOf(value: number | null | undefined): number;
}

export const NO_DATA_COLOR = '#bdbdbd';

// Sequential ramps, light to dark (ColorBrewer YlOrRd and Blues, 6 classes).
const WORSE_RAMP = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'];
const NEUTRAL_RAMP = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

function ramp(direction: Kpi['direction'], n: number): string[] {
  const base = direction === 'neutral' ? NEUTRAL_RAMP : WORSE_RAMP;
  // Spread n colours over the ramp, keeping its ends.
  const picked = n <= 1 ? [base[Math.floor(base.length / 2)]!] : Array.from({ length: n }, (_, i) => base[Math.round((i * (base.length - 1)) / (n - 1))]!);
  // Higher is better: low values are the worrying ones, so they take the dark end.
  return direction === 'higher-is-better' ? picked.reverse() : picked;
}

function fromBounds(bounds: { at: number; upperIncludes: boolean }[], colors: string[], labels: (LocalizedText | null)[]): ChoroplethClass[] {
  const classes: ChoroplethClass[] = [];
  for (let i = 0; i <= bounds.length; i++) {
    classes.push({
      min: i === 0 ? -Infinity : bounds[i - 1]!.at,
      max: i === bounds.length ? Infinity : bounds[i]!.at,
      minIncluded: i === 0 ? true : bounds[i - 1]!.upperIncludes,
      color: colors[i]!,
      count: 0,
      label: labels[i] ?? null,
    });
  }
  return classes;
}

function thresholdClasses(thresholds: readonly Threshold[], direction: Kpi['direction']): ChoroplethClass[] {
  const sorted = [...thresholds].sort((a, b) => a.value - b.value);
  const unique = sorted.filter((t, i) => i === 0 || t.value !== sorted[i - 1]!.value);
  // "> 100" puts 100 itself below the bound; ">= 95" and "< 51" put the bound value above it.
  const bounds = unique.map((t) => ({ at: t.value, upperIncludes: t.op === '>=' || t.op === '<' }));
  const labels: (LocalizedText | null)[] = Array.from({ length: unique.length + 1 }, () => null);
  unique.forEach((t, i) => {
    if (t.op === '>' || t.op === '>=') labels[i + 1] = t.label;
    else labels[i] = t.label;
  });
  const colors = ramp(direction === 'neutral' ? 'lower-is-better' : direction, unique.length + 1);
  return fromBounds(bounds, colors, labels);
}

function quantileClasses(sorted: readonly number[], count: number, direction: Kpi['direction']): ChoroplethClass[] {
  const cuts: number[] = [];
  for (let i = 1; i < count; i++) {
    const cut = sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / count) - 1)]!;
    if (cut < sorted[sorted.length - 1]! && (cuts.length === 0 || cut > cuts[cuts.length - 1]!)) cuts.push(cut);
  }
  const bounds = cuts.map((at) => ({ at, upperIncludes: false }));
  const classes = fromBounds(bounds, ramp(direction, bounds.length + 1), []);
  // Quantile classes show the range of the data, not infinities.
  classes[0]!.min = sorted[0]!;
  classes[classes.length - 1]!.max = sorted[sorted.length - 1]!;
  return classes;
}

function indexIn(classes: readonly ChoroplethClass[], value: number): number {
  for (let i = classes.length - 1; i > 0; i--) {
    const c = classes[i]!;
    if (value > c.min || (c.minIncluded && value === c.min)) return i;
  }
  return 0;
}

export function classify(values: readonly (number | null | undefined)[], kpi: Pick<Kpi, 'thresholds' | 'direction'>, classCount = 5): Classification {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const sorted = [...finite].sort((a, b) => a - b);
  let method: Classification['method'];
  let classes: ChoroplethClass[];
  const byThreshold = kpi.thresholds.length > 0 ? thresholdClasses(kpi.thresholds, kpi.direction) : null;
  // Thresholds tell most when the communes fall on both sides of one; when every value sits in one class,
  // quantiles in the neutral ramp show how communes differ without suggesting an alert.
  const spread = byThreshold ? new Set(finite.map((v) => indexIn(byThreshold, v))).size : 0;
  const distinct = sorted.length > 0 && sorted[0] !== sorted[sorted.length - 1];
  if (byThreshold && (spread >= 2 || !distinct)) {
    method = 'thresholds';
    classes = byThreshold;
  } else if (byThreshold) {
    method = 'quantiles';
    classes = quantileClasses(sorted, classCount, 'neutral');
  } else if (sorted.length === 0) {
    method = 'empty';
    classes = [];
  } else if (sorted[0] === sorted[sorted.length - 1]) {
    method = 'single';
    classes = [{ min: sorted[0]!, max: sorted[0]!, minIncluded: true, color: ramp(kpi.direction, 1)[0]!, count: 0, label: null }];
  } else {
    method = 'quantiles';
    classes = quantileClasses(sorted, classCount, kpi.direction);
  }
  const classOf = (value: number | null | undefined) =>
    typeof value === 'number' && Number.isFinite(value) && classes.length > 0 ? indexIn(classes, value) : -1;
  for (const v of finite) classes[classOf(v)]!.count++;
  return { method, classes, noDataCount: values.length - finite.length, classOf };
}
