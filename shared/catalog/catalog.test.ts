import * as mdi from '@mdi/js';
import { describe, expect, it } from 'vitest';
import { allKpis, defaultCatalog, findKpi, loadCatalog } from './index.js';

const digestKeys = [
  'economy',
  'security-traffic',
  'field-reports',
  'cybersecurity',
  'public-services',
  'gov-performance',
  'health',
  'education',
  'tourism',
  'environment',
  'social-listening',
  'other',
];

/** Letters only Vietnamese uses (diacritics and đ), in either case. */
const vietnameseLetters = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** mdi-foo-bar → mdiFooBar, the name of the export in @mdi/js. */
function mdiExportName(icon: string): string {
  return icon.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Every localized text of the catalog, with where it is, for the language checks. */
function texts() {
  const out: { where: string; vi: string; en: string }[] = [];
  for (const a of defaultCatalog.agencies) out.push({ where: `agency ${a.key}`, ...a.name });
  for (const d of defaultCatalog.domains) {
    out.push({ where: `domain ${d.key} name`, ...d.name }, { where: `domain ${d.key} shortName`, ...d.shortName });
    for (const k of d.kpis) {
      out.push({ where: `${k.id} name`, ...k.name });
      if (k.description) out.push({ where: `${k.id} description`, ...k.description });
      for (const t of k.thresholds) out.push({ where: `${k.id} threshold ${t.op}${t.value}`, ...t.label });
      for (const c of k.categories ?? []) out.push({ where: `${k.id} category ${c.key}`, ...c.name });
    }
  }
  return out;
}

describe('default catalog', () => {
  it('loads, and loads again from its own output', () => {
    expect(defaultCatalog.domains.length).toBeGreaterThan(0);
    expect(loadCatalog(structuredClone(defaultCatalog))).toEqual(defaultCatalog);
  });

  it('has the twelve domains of the regulation, in its order', () => {
    expect(defaultCatalog.domains.map((d) => d.key)).toEqual(digestKeys);
  });

  it('has at least six KPIs per domain, exactly one of them the headline', () => {
    for (const d of defaultCatalog.domains) {
      expect(d.kpis.length, d.key).toBeGreaterThanOrEqual(6);
      expect(d.kpis.filter((k) => k.headline).map((k) => k.id), d.key).toHaveLength(1);
    }
  });

  it('draws at least six KPIs of every domain as charts (tables come on top)', () => {
    for (const d of defaultCatalog.domains) {
      expect(d.kpis.filter((k) => k.chart !== 'table').length, d.key).toBeGreaterThanOrEqual(6);
    }
  });

  it('uses every chart kind somewhere', () => {
    const kinds = new Set(allKpis(defaultCatalog).map((k) => k.chart));
    expect([...kinds].sort()).toEqual(['bar-ranking', 'composition', 'gauge', 'heatmap', 'stat', 'table', 'timeseries']);
  });

  it('has the economy figures leadership asks for', () => {
    const ids = defaultCatalog.domains.find((d) => d.key === 'economy')!.kpis.map((k) => k.id);
    for (const id of ['grdp-growth', 'budget-revenue', 'public-investment-disbursement', 'cpi', 'exports', 'new-firms']) {
      expect(ids).toContain(`economy.${id}`);
    }
    expect(findKpi(defaultCatalog, 'economy.grdp-growth')?.kpi.period).toBe('quarterly');
    expect(findKpi(defaultCatalog, 'economy.budget-revenue')?.kpi.unit).toBe('billion-vnd');
  });

  it('finds KPIs by id and lists them all', () => {
    const kpis = allKpis(defaultCatalog);
    expect(kpis.length).toBe(defaultCatalog.domains.reduce((n, d) => n + d.kpis.length, 0));
    expect(new Set(kpis.map((k) => k.id)).size).toBe(kpis.length);
    expect(findKpi(defaultCatalog, 'health.bed-occupancy')?.domain.key).toBe('health');
    expect(findKpi(defaultCatalog, 'health.nope')).toBeUndefined();
  });

  it('rolls commune breakdowns up with sum, mean or max', () => {
    for (const k of allKpis(defaultCatalog).filter((k) => k.breakdowns.includes('commune'))) {
      expect(['sum', 'mean', 'max'], k.id).toContain(k.aggregate);
    }
  });

  it('lists unique categories wherever a KPI breaks down by category, and only there', () => {
    for (const k of allKpis(defaultCatalog)) {
      if (!k.breakdowns.includes('category')) {
        expect(k.categories, k.id).toBeUndefined();
        continue;
      }
      const keys = k.categories!.map((c) => c.key);
      expect(new Set(keys).size, k.id).toBe(keys.length);
      expect(keys.length, k.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps thresholds and targets within or near the plausible range', () => {
    for (const k of allKpis(defaultCatalog)) {
      const [min, max] = k.range;
      const slack = (max - min) * 0.1;
      for (const t of k.thresholds) {
        expect(t.value, `${k.id} threshold ${t.op}${t.value}`).toBeGreaterThanOrEqual(min - slack);
        expect(t.value, `${k.id} threshold ${t.op}${t.value}`).toBeLessThanOrEqual(max + slack);
      }
      if (k.target !== undefined) {
        expect(k.target, `${k.id} target`).toBeGreaterThanOrEqual(min);
        expect(k.target, `${k.id} target`).toBeLessThanOrEqual(max);
      }
    }
  });

  it('keeps percentages between 0 and 100', () => {
    for (const k of allKpis(defaultCatalog).filter((k) => k.unit === 'percent')) {
      expect(k.range[1], k.id).toBeLessThanOrEqual(100);
    }
  });

  it('gives gauges a target', () => {
    for (const k of allKpis(defaultCatalog).filter((k) => k.chart === 'gauge')) {
      expect(k.target, k.id).toBeTypeOf('number');
    }
  });

  it('orders a KPI’s thresholds of one direction from mild to severe', () => {
    const rank = { info: 0, warning: 1, critical: 2 };
    for (const k of allKpis(defaultCatalog)) {
      for (const dir of ['>', '<'] as const) {
        const ts = k.thresholds.filter((t) => t.op.startsWith(dir));
        for (let i = 1; i < ts.length; i++) {
          const [a, b] = [ts[i - 1]!, ts[i]!];
          expect(dir === '>' ? b.value > a.value : b.value < a.value, `${k.id} thresholds`).toBe(true);
          expect(rank[b.severity], `${k.id} thresholds`).toBeGreaterThanOrEqual(rank[a.severity]);
        }
      }
    }
  });

  it('writes Vietnamese names with their diacritics, in NFC', () => {
    for (const d of defaultCatalog.domains) {
      expect(d.name.vi, d.key).toMatch(vietnameseLetters);
      expect(d.shortName.vi, d.key).toMatch(vietnameseLetters);
    }
    for (const k of allKpis(defaultCatalog)) expect(k.name.vi, k.id).toMatch(vietnameseLetters);
    for (const a of defaultCatalog.agencies) expect(a.name.vi, a.key).toMatch(vietnameseLetters);
    for (const t of texts()) {
      expect(t.vi, t.where).toBe(t.vi.normalize('NFC'));
    }
  });

  it('writes English texts in English (no Vietnamese letters: vi and en not swapped)', () => {
    for (const t of texts()) expect(t.en, t.where).not.toMatch(vietnameseLetters);
  });

  it('names icons that exist in @mdi/js', () => {
    const icons = mdi as unknown as Record<string, string | undefined>;
    expect(mdiExportName('mdi-hospital-building')).toBe('mdiHospitalBuilding');
    for (const d of defaultCatalog.domains) {
      expect(typeof icons[mdiExportName(d.icon)], `${d.key}: ${d.icon}`).toBe('string');
    }
  });

  it('uses every agency key of the KPIs from the agency list', () => {
    const keys = new Set(defaultCatalog.agencies.map((a) => a.key));
    expect(keys.size).toBe(defaultCatalog.agencies.length);
    for (const k of allKpis(defaultCatalog)) expect(keys.has(k.agency), k.id).toBe(true);
  });
});
