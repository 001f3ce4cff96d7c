import { describe, expect, it } from 'vitest';
import { agencies } from './agencies.js';
import { fieldReports } from './domains/field-reports.js';
import { FIELD_REPORT_CATEGORIES, loadFieldReportCategories } from './field-report-categories.js';

describe('field-report categories', () => {
  it('are the categories of the field-reports domain', () => {
    const domainKeys = fieldReports.kpis.find((k) => k.id === 'field-reports.received')!.categories!.map((c) => c.key);
    expect(FIELD_REPORT_CATEGORIES.map((c) => c.key)).toEqual(domainKeys);
  });

  it('name only agencies of the catalog as handlers', () => {
    const keys = new Set(agencies.map((a) => a.key));
    for (const c of FIELD_REPORT_CATEGORIES) if (c.defaultHandler && c.defaultHandler !== 'commune') expect(keys.has(c.defaultHandler), c.key).toBe(true);
  });

  it('refuse an upstream code claimed by two categories, and bad handling times', () => {
    const base = { name: { vi: 'A', en: 'A' }, handlingDays: 3, defaultHandler: null, upstreamCodes: ['X'] };
    expect(() => loadFieldReportCategories([{ ...base, key: 'a' }, { ...base, key: 'b' }])).toThrow(/belongs to both a and b/);
    expect(() => loadFieldReportCategories([{ ...base, key: 'a', handlingDays: 0 }])).toThrow();
  });
});
