// What a panel can honestly show: loading, an error, no data at all ("missing"), none in the window
// ("empty"), some of it ("partial", with the reasons), or all of it; and the notes that qualify what is
// shown (the province instead of a commune, a window reaching further back). Pure, so it is tested alone.
import type { Coverage } from '../../../shared/contract/areas/kpi.js';
import type { KpiScope, KpiWindow } from './page-filters.js';
import type { PanelData, PanelNeeds } from './registry.js';

export type PanelStateName = 'loading' | 'error' | 'missing' | 'empty' | 'partial' | 'ok';

export type Reason =
  | { code: 'periods-missing'; missing: number; expected: number }
  | { code: 'cache-from'; date: string }
  | { code: 'rejected'; n: number }
  | { code: 'latest-at'; periodStart: string };

export type Note =
  | { code: 'fallback'; dim: 'commune' | 'agency' }
  | { code: 'extended' }
  | { code: 'province-only' };

export interface PanelStatus {
  state: PanelStateName;
  reasons: Reason[];
  notes: Note[];
}

/** Which of the panel's data the chart is drawn from. */
export function primaryOf(needs: PanelNeeds): 'series' | 'breakdown' | 'matrix' {
  return needs.breakdown ? 'breakdown' : needs.matrix ? 'matrix' : 'series';
}

export interface StatusInput {
  needs: PanelNeeds;
  data: PanelData;
  scope: KpiScope;
  window: KpiWindow;
  provinceOnly?: boolean;
  /** Whether a fetch for the primary data is still on its way, and whether the last one failed. */
  loading: boolean;
  failed: boolean;
  /** Whether the data holds something the chart or table can draw (finite values). */
  drawable: boolean;
}

function coverageOf(data: PanelData, primary: 'series' | 'breakdown' | 'matrix'): Coverage | null {
  if (primary === 'series') return data.series?.coverage ?? null;
  if (primary === 'breakdown') return data.breakdown?.coverage ?? null;
  return data.matrix?.coverage ?? null;
}

function notesOf(input: StatusInput): Note[] {
  const notes: Note[] = [];
  if (input.scope.fallback) notes.push({ code: 'fallback', dim: input.scope.fallback });
  if (input.provinceOnly && input.scope.dim !== 'total') notes.push({ code: 'province-only' });
  if (input.window.extended) notes.push({ code: 'extended' });
  return notes;
}

export function panelStatus(input: StatusInput): PanelStatus {
  const primary = primaryOf(input.needs);
  const notes = notesOf(input);
  const present = primary === 'series' ? input.data.series : primary === 'breakdown' ? input.data.breakdown : input.data.matrix;
  if (!present) return { state: input.failed && !input.loading ? 'error' : 'loading', reasons: [], notes };
  const coverage = coverageOf(input.data, primary);
  if (!input.drawable) {
    if (!coverage || coverage.latest === null) return { state: 'missing', reasons: [], notes };
    return { state: 'empty', reasons: [{ code: 'latest-at', periodStart: coverage.latest }], notes };
  }
  const reasons: Reason[] = [];
  if (coverage) {
    if (coverage.present < coverage.expected) reasons.push({ code: 'periods-missing', missing: coverage.expected - coverage.present, expected: coverage.expected });
    if (coverage.earliest !== null && coverage.earliest > input.window.from && coverage.present < coverage.expected) reasons.push({ code: 'cache-from', date: coverage.earliest });
    if (coverage.rejected > 0) reasons.push({ code: 'rejected', n: coverage.rejected });
  }
  return { state: reasons.length > 0 ? 'partial' : 'ok', reasons, notes };
}
