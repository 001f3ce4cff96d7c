// Briefings in a real engine over a real SQLite cache: decks, composition with the previous period, the
// presentation session and its events, PDF export through a printer (and its absence in the web host).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDeck } from '../../../shared/briefing/demo-deck.js';
import type { Engine, PdfPrinter } from '../engine-api.js';
import { startEngine } from '../engine.js';
import { connectInProcess } from '../in-process-client.js';
import { openCache } from '../store/open-cache.js';
import { upsertObservations } from '../store/observations.js';
import { writeGeoDocument } from '../store/sync-state.js';
import { PROVINCIAL_SOURCE } from '../sync/sources.js';
import { changeBetween } from './compose.js';

const now = () => new Date('2026-03-20T09:00:00+07:00');
const jobs: Parameters<PdfPrinter>[0][] = [];
let engine: Engine;
let client: ReturnType<typeof connectInProcess>;

beforeAll(async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'ioc-briefing-'));
  const { db } = await openCache(dataDir);
  const row = (period_start: string, value: number, member = '') => ({ member, period_start, value, updated_at: '2026-03-10T00:00:00+07:00', version: 1 });
  const stream = (kpiId: string, dim: string) => ({ sourceId: PROVINCIAL_SOURCE.id, kpiId, dim });
  await upsertObservations(db, stream('economy.budget-revenue', 'total'), [row('2026-01-01T00:00:00+07:00', 1200), row('2026-02-01T00:00:00+07:00', 1500)], 'x');
  await upsertObservations(db, stream('public-services.on-time-rate', 'total'), [row('2026-03-19T00:00:00+07:00', 96.5)], 'x');
  await upsertObservations(
    db,
    stream('public-services.on-time-rate', 'commune'),
    [row('2026-03-19T00:00:00+07:00', 97, '24133'), row('2026-03-18T00:00:00+07:00', 95, '24133'), row('2026-03-19T00:00:00+07:00', 90, '22015')],
    'x',
  );
  const communes = { items: [{ code: '24133', name: 'Buôn Ma Thuột', fullName: 'Phường Buôn Ma Thuột', type: 'phuong', areaKm2: 1, point: [108, 12.6] }] };
  await writeGeoDocument(db, 'communes', JSON.stringify(communes), PROVINCIAL_SOURCE.id, 'x');
  await db.close();
  const printer: PdfPrinter = async (job) => {
    jobs.push(job);
    return { file: `/tmp/${job.suggestedName}`, cancelled: false };
  };
  engine = await startEngine({ dataDir, upstreamUrl: 'http://127.0.0.1:9/', upstreamToken: 'x', now, syncIntervalMs: 3_600_000, printer });
  client = connectInProcess(engine, { as: { roles: ['provincial-leader'], displayName: 'Võ Thị Em' } });
});

afterAll(async () => {
  client?.close();
  await engine?.close();
});

describe('briefings', () => {
  it('has the demo deck', async () => {
    const { decks } = await client.call('briefing.decks.list', {});
    expect(decks).toContainEqual(expect.objectContaining({ id: demoDeck.id, slideCount: demoDeck.slides.length, updatedBy: 'demo' }));
  });

  it('composes each slide with the previous period, its trend and its communes', async () => {
    const { slides } = await client.call('briefing.compose', { deckId: demoDeck.id });
    const revenue = slides.find((s) => s.kpiId === 'economy.budget-revenue')!;
    expect(revenue).toMatchObject({
      title: { vi: 'Thu ngân sách nhà nước trên địa bàn' },
      current: { periodStart: '2026-02-01T00:00:00+07:00', value: 1500 },
      previous: { periodStart: '2026-01-01T00:00:00+07:00', value: 1200 },
      change: { abs: 300, pct: 25 },
      period: 'monthly',
    });
    expect(revenue.trend.map((p) => p.v)).toEqual([1200, 1500]);
    const onTime = slides.find((s) => s.kpiId === 'public-services.on-time-rate')!;
    expect(onTime.previous).toBeNull(); // no province figure for the day before
    expect(onTime.communes).toEqual([
      { code: '24133', name: 'Buôn Ma Thuột', current: 97, previous: 95 },
      { code: '22015', name: '22015', current: 90, previous: null },
      { code: '24169', name: '24169', current: null, previous: null },
    ]);
    const empty = slides.find((s) => s.kpiId === 'health.bed-occupancy')!;
    expect(empty).toMatchObject({ current: null, previous: null, change: null, trend: [] });
    expect(empty.provenance.freshness).toBe('missing');
  });

  it('saves a deck of the operator, and refuses slides with KPIs that do not exist', async () => {
    const deck = { id: 'giao-ban-tuan', title: 'Giao ban tuần', slides: [{ id: 'a', kpiId: 'environment.aqi', notes: 'Ghi chú' }] };
    const saved = await client.call('briefing.deck.save', { deck, operator: 'Võ Thị Em' });
    expect(saved).toMatchObject({ id: 'giao-ban-tuan', updatedBy: 'Võ Thị Em', slides: [{ communes: [], periodStart: null }] });
    await expect(client.call('briefing.deck.save', { deck: { ...deck, slides: [{ id: 'b', kpiId: 'x.nope' }] }, operator: 'A' })).rejects.toMatchObject({
      code: 'invalid-params',
      issues: ['slide "b": unknown KPI "x.nope"'],
    });
    await expect(client.call('briefing.deck.save', { deck: { ...deck, slides: [] }, operator: 'A' })).rejects.toMatchObject({ code: 'invalid-params' });
    expect(await client.call('briefing.deck.delete', { deckId: 'giao-ban-tuan' })).toEqual({ deleted: true });
    await expect(client.call('briefing.deck.get', { deckId: 'giao-ban-tuan' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('runs one presentation that every screen follows', async () => {
    const started = await client.call('briefing.session.start', { deckId: demoDeck.id, operator: 'Chủ tịch' });
    expect(started.session).toMatchObject({ deckId: demoDeck.id, slide: 0, slideCount: demoDeck.slides.length, by: 'Võ Thị Em' });
    const heard = client.waitFor('briefing.session', (e) => e.session?.slide === 2, 2000);
    await client.call('briefing.session.goto', { slide: 2 });
    expect((await heard).session!.revision).toBeGreaterThan(started.session.revision);
    await expect(client.call('briefing.session.goto', { slide: 99 })).rejects.toMatchObject({ code: 'invalid-params' });
    expect(await client.call('briefing.session.end', {})).toEqual({ session: null });
    await expect(client.call('briefing.session.goto', { slide: 0 })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('exports through the printer with the print route and a dated file name', async () => {
    expect(await client.call('briefing.export', { deckId: demoDeck.id })).toEqual({ file: `/tmp/${demoDeck.id}-2026-03-20.pdf`, cancelled: false });
    expect(jobs).toEqual([{ route: `#/briefing/${demoDeck.id}/print`, suggestedName: `${demoDeck.id}-2026-03-20.pdf` }]);
  });
});

describe('briefings in the web host', () => {
  it('say PDF export is unavailable there: the browser prints', async () => {
    const hostEngine = await startEngine({ dataDir: await mkdtemp(join(tmpdir(), 'ioc-briefing-')), upstreamUrl: 'http://127.0.0.1:9/', upstreamToken: 'x', now, syncIntervalMs: 3_600_000 });
    const hostClient = connectInProcess(hostEngine, { as: 'ioc-supervisor' });
    await expect(hostClient.call('briefing.export', { deckId: demoDeck.id })).rejects.toMatchObject({ code: 'unavailable' });
    hostClient.close();
    await hostEngine.close();
  });
});

describe('changeBetween', () => {
  it('gives the change and its share of the previous value', () => {
    expect(changeBetween(110, 100)).toEqual({ abs: 10, pct: 10 });
    expect(changeBetween(-5, -10)).toEqual({ abs: 5, pct: 50 });
    expect(changeBetween(3, 0)).toEqual({ abs: 3, pct: null });
    expect(changeBetween(null, 1)).toBeNull();
  });
});
