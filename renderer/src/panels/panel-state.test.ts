import { describe, expect, it } from 'vitest';
import { panelStatus, primaryOf, type StatusInput } from './panel-state.js';
import { coverage, dailySeries, windowOf } from './test-fixtures.js';
import { getPanel, registeredKinds } from './index.js';
import { latestOf, progressToTarget, rollUp, summarise } from './figures.js';
import { alignPrevious, onGrid } from './common.js';
import { parseInstant } from '../../../shared/model/period-math.js';

const window = windowOf('daily', '2025-03-01T00:00:00+07:00', 7);
const base = (o: Partial<StatusInput> = {}): StatusInput => ({
  needs: {},
  data: { series: dailySeries([1, 2, 3]) },
  scope: { dim: 'total', member: '' },
  window,
  loading: false,
  failed: false,
  drawable: true,
  ...o,
});
const withCoverage = (o: Parameters<typeof coverage>[0]) => ({ series: { ...dailySeries([1, 2, 3]), coverage: coverage(o) } });

describe('panelStatus', () => {
  it('is ok with complete data, loading before any, an error when the fetch failed', () => {
    expect(panelStatus(base({ data: withCoverage({ expected: 3, present: 3 }) }))).toEqual({ state: 'ok', reasons: [], notes: [] });
    expect(panelStatus(base({ data: {}, loading: true })).state).toBe('loading');
    expect(panelStatus(base({ data: {}, failed: true })).state).toBe('error');
  });

  it('tells "no data at all" (missing) from "none in this window" (empty, with the latest period)', () => {
    const nothing = { series: { ...dailySeries([]), coverage: coverage({ earliest: null, latest: null }) } };
    expect(panelStatus(base({ data: nothing, drawable: false })).state).toBe('missing');
    const elsewhere = { series: { ...dailySeries([]), coverage: coverage({ latest: '2025-02-10T00:00:00+07:00' }) } };
    expect(panelStatus(base({ data: elsewhere, drawable: false }))).toMatchObject({ state: 'empty', reasons: [{ code: 'latest-at', periodStart: '2025-02-10T00:00:00+07:00' }] });
  });

  it('is partial, with every reason, when periods are missing, the cache starts late or records were rejected', () => {
    const status = panelStatus(base({ data: withCoverage({ expected: 7, present: 4, rejected: 2, earliest: '2025-03-04T00:00:00+07:00' }) }));
    expect(status.state).toBe('partial');
    expect(status.reasons).toEqual([
      { code: 'periods-missing', missing: 3, expected: 7 },
      { code: 'cache-from', date: '2025-03-04T00:00:00+07:00' },
      { code: 'rejected', n: 2 },
    ]);
  });

  it('notes a province shown instead of the filtered commune, a province-only split and a widened window', () => {
    const status = panelStatus(base({ scope: { dim: 'total', member: '', fallback: 'commune' }, window: { ...window, extended: true } }));
    expect(status.notes).toEqual([{ code: 'fallback', dim: 'commune' }, { code: 'extended' }]);
    expect(panelStatus(base({ scope: { dim: 'commune', member: 'x' }, provinceOnly: true })).notes).toEqual([{ code: 'province-only' }]);
  });

  it('judges the data the chart is drawn from', () => {
    expect(primaryOf({ breakdown: 'commune' })).toBe('breakdown');
    expect(primaryOf({ matrix: 'category', previous: true })).toBe('matrix');
    expect(primaryOf({ previous: true })).toBe('series');
    expect(panelStatus(base({ needs: { breakdown: 'commune' } })).state).toBe('loading');
  });
});

describe('the registry', () => {
  it('has a panel for every chart kind of the catalog schema', () => {
    expect(registeredKinds().sort()).toEqual(['bar-ranking', 'composition', 'gauge', 'heatmap', 'stat', 'table', 'timeseries']);
    expect(() => getPanel('sankey' as never)).toThrow(/sankey/);
  });
});

describe('figures', () => {
  it('finds the latest value and the one before only when it is the period just before', () => {
    const kpi = { period: 'daily' as const };
    expect(latestOf(kpi, dailySeries([5, 6]).points)).toEqual({ t: '2025-03-02T00:00:00+07:00', v: 6, previous: 5 });
    expect(latestOf(kpi, dailySeries([5, null, 7]).points)?.previous).toBeNull();
    expect(latestOf(kpi, [])).toBeNull();
  });

  it('rolls values up as the KPI does, and compares the window with the previous one', () => {
    expect([rollUp('sum', [1, 2, 3]), rollUp('mean', [1, 2, 3]), rollUp('max', [1, 5, 3]), rollUp('last', [1, 5, 3]), rollUp('sum', [])]).toEqual([6, 2, 5, 3, null]);
    const now = dailySeries([10, 20]).points;
    const before = dailySeries([5, 5]).points;
    expect(summarise({ aggregate: 'sum' }, now, before)).toEqual({ aggregate: 'sum', periods: 2, value: 30, previous: 10, change: 2 });
    expect(summarise({ aggregate: 'last' }, now, before)).toBeNull();
    expect(summarise({ aggregate: 'mean' }, now, [])?.previous).toBeNull();
  });

  it('measures progress to a target where more is better, and the gap otherwise', () => {
    expect(progressToTarget({ direction: 'higher-is-better', target: 80 }, 60)).toEqual({ ratio: 0.75, gap: -20 });
    expect(progressToTarget({ direction: 'neutral', target: 85 }, 90)).toEqual({ ratio: null, gap: 5 });
    expect(progressToTarget({ direction: 'neutral' }, 90)).toBeNull();
  });
});

describe('the period grid', () => {
  it('places points on the window’s periods up to the last value, and the previous window under them', () => {
    const { starts, values } = onGrid('daily', dailySeries([1, null, 3]).points, window);
    expect(values).toEqual([1, null, 3]);
    expect(starts[0]).toBe(parseInstant('2025-03-01T00:00:00+07:00'));
    const previous = dailySeries([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]).points; // from 01/03: shifted back by 7 it is 22/02…
    expect(alignPrevious('daily', starts, previous, 7)).toEqual([null, null, null]);
    expect(alignPrevious('daily', starts.map((s) => s + 7 * 86_400_000), previous, 7)).toEqual([9, 8, 7]);
  });
});
