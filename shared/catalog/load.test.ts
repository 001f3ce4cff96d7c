import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog } from './load.js';

/** A small valid catalog; each test breaks one thing in a fresh copy. */
function validRaw() {
  return {
    agencies: [
      { key: 'so-y-te', kind: 'department', name: { vi: 'Sở Y tế', en: 'Department of Health' } },
      { key: 'cong-an-tinh', kind: 'police', name: { vi: 'Công an tỉnh', en: 'Provincial Police' } },
    ],
    domains: [
      {
        key: 'security-traffic',
        name: { vi: 'Giám sát an ninh trật tự', en: 'Public order' },
        shortName: { vi: 'An ninh', en: 'Order' },
        icon: 'mdi-traffic-light',
        kpis: [
          {
            id: 'security-traffic.accidents',
            name: { vi: 'Tai nạn giao thông', en: 'Traffic accidents' },
            unit: 'count', period: 'daily', agency: 'cong-an-tinh',
            breakdowns: ['commune'], aggregate: 'sum', direction: 'lower-is-better',
            thresholds: [], chart: 'bar-ranking', range: [0, 40], headline: true,
          },
        ],
      },
      {
        key: 'health',
        name: { vi: 'Y tế', en: 'Health' },
        shortName: { vi: 'Y tế', en: 'Health' },
        icon: 'mdi-hospital-building',
        kpis: [
          {
            id: 'health.bed-occupancy',
            name: { vi: 'Công suất giường bệnh', en: 'Bed occupancy' },
            unit: 'percent', period: 'daily', agency: 'so-y-te',
            breakdowns: ['commune'], aggregate: 'mean', direction: 'neutral',
            thresholds: [{ op: '>', value: 95, severity: 'critical', label: { vi: 'Quá tải', en: 'Overloaded' } }],
            chart: 'gauge', range: [0, 100], target: 85, headline: true,
          },
          {
            id: 'health.outpatient-visits',
            name: { vi: 'Lượt khám', en: 'Outpatient visits' },
            unit: 'count', period: 'daily', agency: 'so-y-te',
            breakdowns: ['commune', 'category'], aggregate: 'sum', direction: 'neutral',
            categories: [{ key: 'bhyt', name: { vi: 'Có thẻ BHYT', en: 'Insured' } }],
            thresholds: [], chart: 'timeseries', range: [2000, 45000],
          },
        ],
      },
    ],
  };
}

type Raw = ReturnType<typeof validRaw>;
type RawKpi = Raw['domains'][number]['kpis'][number] & Record<string, unknown>;

/** The problems loadCatalog reports for a broken catalog; fails the test if it loads. */
function problemsOf(raw: unknown): string[] {
  try {
    loadCatalog(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogError);
    const err = e as CatalogError;
    expect(err.message).toContain(err.problems[0]);
    return err.problems;
  }
  throw new Error('expected loadCatalog to reject the catalog');
}

const health = (raw: Raw) => raw.domains[1]!;
const kpi = (raw: Raw, i: number) => health(raw).kpis[i] as RawKpi;

describe('loadCatalog', () => {
  it('loads the valid fixture (so the failures below are the mutation’s doing)', () => {
    const catalog = loadCatalog(validRaw());
    expect(catalog.domains.map((d) => d.key)).toEqual(['security-traffic', 'health']);
  });

  it('names the bad KPI entry in the error', () => {
    const raw = validRaw();
    health(raw).kpis.push({ ...kpi(raw, 1), id: 'health.bogus', unit: 'furlongs', headline: undefined } as never);
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('health.bogus');
    expect(problems[0]).toContain('domains[1] (health)');
    expect(problems[0]).toContain('unit');
  });

  it('names the KPI whose id is malformed', () => {
    const raw = validRaw();
    kpi(raw, 1).id = 'Health Visits';
    expect(problemsOf(raw).join('\n')).toMatch(/kpis\[1\] \(Health Visits\) > id/);
  });

  it('rejects a range whose min is not below its max', () => {
    const raw = validRaw();
    kpi(raw, 1).range = [45000, 2000];
    expect(problemsOf(raw).join('\n')).toMatch(/health\.outpatient-visits\) > range: range must be/);
  });

  it('rejects duplicate KPI ids, even across domains', () => {
    const raw = validRaw();
    kpi(raw, 1).id = 'health.bed-occupancy';
    expect(problemsOf(raw)).toContain('KPI health.bed-occupancy: duplicate id');

    const across = validRaw();
    across.domains[0]!.kpis.push({ ...kpi(across, 1), headline: undefined } as never);
    expect(problemsOf(across)).toEqual(
      expect.arrayContaining(['KPI health.outpatient-visits: duplicate id', 'KPI health.outpatient-visits: id must start with "security-traffic."']),
    );
  });

  it('rejects duplicate domain keys', () => {
    const raw = validRaw();
    raw.domains.push(structuredClone(raw.domains[0]!));
    raw.domains[2]!.kpis[0]!.id = 'security-traffic.other';
    expect(problemsOf(raw)).toContain('domain security-traffic: duplicate key');
  });

  it('rejects a KPI whose id does not start with its domain key', () => {
    const raw = validRaw();
    kpi(raw, 1).id = 'education.outpatient-visits';
    expect(problemsOf(raw)).toContain('KPI education.outpatient-visits: id must start with "health."');
  });

  it('rejects an unknown agency and names both the KPI and the agency', () => {
    const raw = validRaw();
    kpi(raw, 1).agency = 'so-khong-ton-tai';
    expect(problemsOf(raw)).toEqual(['KPI health.outpatient-visits: unknown agency "so-khong-ton-tai"']);
  });

  it('rejects a domain without a headline KPI', () => {
    const raw = validRaw();
    delete kpi(raw, 0).headline;
    expect(problemsOf(raw)).toEqual(['domain health: needs exactly one headline KPI, has 0']);
  });

  it('rejects a domain with two headline KPIs', () => {
    const raw = validRaw();
    kpi(raw, 1).headline = true;
    expect(problemsOf(raw)).toEqual(['domain health: needs exactly one headline KPI, has 2']);
  });

  it('rejects a category breakdown without categories, naming the KPI', () => {
    const raw = validRaw();
    delete kpi(raw, 1).categories;
    const missing = problemsOf(raw).join('\n');
    expect(missing).toContain('health.outpatient-visits');
    expect(missing).toContain('must list its categories');

    const empty = validRaw();
    kpi(empty, 1).categories = [];
    expect(problemsOf(empty).join('\n')).toContain('health.outpatient-visits) > categories');
  });

  it('rejects an icon that is not an mdi name and a domain without KPIs', () => {
    const raw = validRaw();
    health(raw).icon = 'hospital';
    raw.domains[0]!.kpis = [];
    const problems = problemsOf(raw).join('\n');
    expect(problems).toContain('domains[1] (health) > icon');
    expect(problems).toContain('domains[0] (security-traffic) > kpis');
  });

  it('rejects a gauge without a target, or with a target outside its range, naming the KPI', () => {
    const raw = validRaw();
    delete (kpi(raw, 0) as Record<string, unknown>).target;
    expect(problemsOf(raw)).toEqual(['KPI health.bed-occupancy (chart "gauge"): a gauge shows progress to a target: give the KPI a target']);
    const outside = validRaw();
    kpi(outside, 0).target = 140;
    expect(problemsOf(outside).join('\n')).toContain('health.bed-occupancy (chart "gauge"): the gauge target 140 lies outside the range 0–100');
  });

  it('rejects a composition that has no parts to add up', () => {
    const raw = validRaw();
    kpi(raw, 1).chart = 'composition';
    // One category only, so nothing to compose.
    expect(problemsOf(raw).join('\n')).toContain('KPI health.outpatient-visits (chart "composition"): a composition splits the KPI into its parts');
    const mean = validRaw();
    Object.assign(kpi(mean, 1), {
      chart: 'composition',
      aggregate: 'mean',
      categories: [{ key: 'a', name: { vi: 'A', en: 'A' } }, { key: 'b', name: { vi: 'B', en: 'B' } }],
    });
    expect(problemsOf(mean)).toEqual(['KPI health.outpatient-visits (chart "composition"): a composition adds its parts up: the aggregate must be "sum", not "mean"']);
  });

  it('rejects a heat map with neither hours nor members, and a ranking with nothing to rank', () => {
    const raw = validRaw();
    Object.assign(kpi(raw, 1), { chart: 'heatmap', breakdowns: [], categories: undefined });
    expect(problemsOf(raw).join('\n')).toContain('KPI health.outpatient-visits (chart "heatmap"): a heat map is hour × day');
    kpi(raw, 1).period = 'hourly';
    expect(loadCatalog(raw).domains[1]!.kpis[1]!.chart).toBe('heatmap');

    const ranking = validRaw();
    Object.assign(kpi(ranking, 1), { chart: 'bar-ranking', breakdowns: [], categories: undefined });
    expect(problemsOf(ranking)).toEqual(['KPI health.outpatient-visits (chart "bar-ranking"): a ranking compares members: it needs a commune, agency or category breakdown']);
  });

  it('accepts a new KPI and a new domain as data alone', () => {
    const raw = validRaw();
    raw.domains.push({
      key: 'water',
      name: { vi: 'Cấp nước', en: 'Water supply' },
      shortName: { vi: 'Nước', en: 'Water' },
      icon: 'mdi-water',
      kpis: [
        {
          id: 'water.leak-rate',
          name: { vi: 'Tỷ lệ thất thoát nước', en: 'Water loss rate' },
          unit: 'percent', period: 'monthly', agency: 'so-y-te',
          breakdowns: ['commune'], aggregate: 'mean', direction: 'lower-is-better',
          thresholds: [{ op: '>', value: 25, severity: 'warning', label: { vi: 'Cao', en: 'High' } }],
          chart: 'heatmap', range: [0, 60], headline: true,
        },
      ],
    } as never);
    expect(loadCatalog(raw).domains.map((d) => d.key)).toEqual(['security-traffic', 'health', 'water']);
  });

  it('reports every problem at once rather than the first only', () => {
    const raw = validRaw();
    kpi(raw, 1).agency = 'nowhere';
    delete raw.domains[0]!.kpis[0]!.headline;
    expect(problemsOf(raw)).toHaveLength(2);
  });

  it('rejects input that is not a catalog at all', () => {
    expect(problemsOf(null).length).toBeGreaterThan(0);
    expect(problemsOf({ agencies: [], domains: [] }).join('\n')).toMatch(/agencies/);
  });
});
