// What a briefing slide shows, as pure functions: the trend chart (the time-series panel's option, without
// animation so that a printed page is complete), the comparison line and the change, coloured by direction.
import type { Kpi } from '../../../shared/catalog/schema.js';
import type { ComposedSlide } from '../../../shared/contract/areas/briefing.js';
import { formatDelta, formatNumber, formatPeriod, formatValue } from '../format/index.js';
import type { Locale } from '../format/locale.js';
import type { ChartOption } from '../panels/chart-option.js';
import { timeseriesOption } from '../panels/index.js';
import { trendColor, trendOf } from '../panels/severity.js';

export function slideChartOption(slide: ComposedSlide, kpi: Kpi, locale: Locale, dark: boolean): ChartOption {
  const series = { kpiId: slide.kpiId, dim: 'total' as const, member: '', points: slide.trend, provenance: slide.provenance };
  return { ...timeseriesOption({ series: { ...series, coverage: fullCoverage(slide.trend) } }, { kpi, locale, dark }), animation: false };
}

/** A composed slide's trend is complete by construction: its coverage is what it holds. */
function fullCoverage(points: ComposedSlide['trend']) {
  const from = points[0]?.t ?? '';
  const to = points.at(-1)?.t ?? '';
  return { from, to, expected: points.length, present: points.length, rejected: 0, earliest: points[0]?.t ?? null, latest: points.at(-1)?.t ?? null };
}

export interface SlideFigures {
  current: string;
  previous: string;
  /** "+300 tỷ đồng (+25%)"; null without a previous figure. */
  change: string | null;
  /** Vuetify colour of the change: success when it goes the good way. */
  changeColor: string | undefined;
  /** "Tháng 2/2026", and the period it is compared with. */
  period: string;
  previousPeriod: string;
}

export function slideFigures(slide: ComposedSlide, locale: Locale): SlideFigures {
  const value = slide.current?.value ?? null;
  const before = slide.previous?.value ?? null;
  let change: string | null = null;
  if (slide.change) {
    const p = slide.change.pct;
    // The same signs as formatDelta: "+" and the minus sign "−".
    const pct = p === null ? '' : ` (${p > 0 ? '+' : p < 0 ? '−' : ''}${formatNumber(Math.abs(p), locale)}%)`;
    change = `${formatDelta(slide.change.abs, slide.unit, locale)}${pct}`;
  }
  return {
    current: formatValue(value, slide.unit, locale),
    previous: formatValue(before, slide.unit, locale),
    change,
    changeColor: trendColor(trendOf(value, before), slide.direction),
    period: formatPeriod(slide.current?.periodStart ?? null, slide.period, locale),
    previousPeriod: formatPeriod(slide.previous?.periodStart ?? null, slide.period, locale),
  };
}
