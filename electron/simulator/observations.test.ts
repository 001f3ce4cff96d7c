import { describe, it, expect, beforeAll } from 'vitest';
import type { KpiModel } from './kpi-model.js';
import { loadGeography } from './geography.js';
import { decodePageToken, encodePageToken, listObservations, type ObservationItem, type ObservationQuery } from './observations.js';
import { DAY_MS, HOUR_MS, defaultFrom, nextPeriod, parseInstant } from '../../shared/model/period-math.js';
import { createSeriesEngine, type Dim, type SeriesEngine } from './series.js';
import { FIXED_NOW, fixtureCatalog } from './test-fixtures.js';

const NOW = FIXED_NOW.getTime();
let engine: SeriesEngine;

beforeAll(async () => {
  engine = createSeriesEngine(fixtureCatalog(), (await loadGeography()).communes, 20250701);
});

function query(kpiId: string, dim: Dim, over: Partial<ObservationQuery> = {}): [KpiModel, ObservationQuery] {
  const model = engine.model(kpiId)!;
  return [model, { kpiId, dim, fromMs: defaultFrom(model.kpi.period, NOW), sinceMs: null, nowMs: NOW, at: null, ...over }];
}

/** Follows the pages to the end, through encoded tokens like a client would. */
function pullAll(model: KpiModel, q: ObservationQuery, limit: number): { items: ObservationItem[]; pages: number } {
  const items: ObservationItem[] = [];
  let next: ObservationQuery | null = q;
  let pages = 0;
  while (next) {
    const page = listObservations(engine, model, next, limit);
    items.push(...page.items);
    pages++;
    next = page.next ? decodePageToken(encodePageToken(page.next)) : null;
  }
  return { items, pages };
}

const key = (i: ObservationItem) => `${i.period_start}|${i.member}`;

describe('observations', () => {
  it('serves only published periods, ordered by (period_start, member), published after the period ends', () => {
    const [model, q] = query('env.aqi', 'commune');
    const { items } = pullAll(model, q, 10_000);
    expect(items.length % 102).toBe(0);
    expect(items.length / 102).toBeGreaterThan(14 * 24 - 3);
    expect(items.length / 102).toBeLessThanOrEqual(14 * 24);
    const unordered = items.findIndex(
      (b, i) => i > 0 && !(items[i - 1]!.period_start < b.period_start || (items[i - 1]!.period_start === b.period_start && items[i - 1]!.member < b.member)),
    );
    expect(unordered).toBe(-1);
    for (const item of items.filter((_, i) => i % 101 === 0)) {
      const start = parseInstant(item.period_start)!;
      const updated = parseInstant(item.updated_at)!;
      expect(updated).toBeGreaterThan(nextPeriod('hourly', start));
      expect(updated - nextPeriod('hourly', start)).toBeLessThanOrEqual(3.5 * HOUR_MS);
      expect(updated).toBeLessThanOrEqual(NOW);
      expect(start).toBeGreaterThanOrEqual(q.fromMs);
    }
    const last = parseInstant(items.at(-1)!.period_start)!;
    expect(NOW - last).toBeLessThan(3 * HOUR_MS);
  });

  it('pages cover every item exactly once, whatever the page size', () => {
    for (const [kpiId, dim] of [['env.aqi', 'commune'], ['services.dossiers', 'agency'], ['health.grdp-growth', 'total']] as const) {
      const [model, q] = query(kpiId, dim);
      const all = pullAll(model, q, 10_000).items;
      for (const limit of [1, 37, 102, 1000]) {
        if (limit === 1 && all.length > 2000) continue;
        const paged = pullAll(model, q, limit);
        expect(paged.items).toEqual(all);
        expect(new Set(paged.items.map(key)).size).toBe(all.length);
        expect(paged.pages).toBe(Math.max(1, Math.ceil(all.length / limit)));
      }
    }
  });

  it('is incremental with `since`: new and revised items only, and together they give the full picture', () => {
    const [model, q1] = query('services.dossiers', 'commune', { fromMs: NOW - 120 * DAY_MS });
    const first = pullAll(model, q1, 5000).items;
    const later = NOW + 10 * DAY_MS;
    const increment = pullAll(model, { ...q1, sinceMs: NOW, nowMs: later }, 5000).items;
    const full = pullAll(model, { ...q1, nowMs: later }, 5000).items;
    expect(increment.length).toBeGreaterThan(0);
    expect(increment.every((i) => parseInstant(i.updated_at)! > NOW && parseInstant(i.updated_at)! <= later)).toBe(true);
    const merged = new Map(first.map((i) => [key(i), i]));
    for (const i of increment) merged.set(key(i), i);
    expect([...merged.values()].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual(full);
    // Nothing new when nothing happened.
    expect(pullAll(model, { ...q1, sinceMs: NOW }, 5000).items).toEqual([]);
  });

  it('publishes occasional revisions as version 2 with a later updated_at', () => {
    const [model, q] = query('services.dossiers', 'total', { fromMs: NOW - 3 * 365 * DAY_MS });
    const items = pullAll(model, q, 5000).items;
    const revised = items.filter((i) => i.version === 2);
    expect(revised.length).toBeGreaterThan(0);
    expect(revised.length / items.length).toBeLessThan(0.1);
  });

  it('rejects page tokens it did not issue', () => {
    const [, q] = query('env.aqi', 'commune', { at: { start: NOW - DAY_MS, member: 5 } });
    const token = encodePageToken(q);
    expect(decodePageToken(token)).toEqual(q);
    const tampered = Buffer.from(Buffer.from(token, 'base64url').toString().replace('"commune"', '"agency"')).toString('base64url');
    expect(decodePageToken(tampered)).toBeNull();
    expect(decodePageToken('garbage')).toBeNull();
    expect(decodePageToken('')).toBeNull();
  });
});
