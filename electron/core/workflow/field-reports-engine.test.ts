// The field-report workflow through the engine's front door, against the real simulator over HTTP and a real
// SQLite file: the feed lands, bad records are kept, the queue is scoped, a report goes to closed, a report
// file is built.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../simulator/server.js';
import { fixtureCatalog } from '../../simulator/test-fixtures.js';
import type { Engine } from '../engine-api.js';
import { startEngine } from '../engine.js';
import { CallFailed, connectInProcess } from '../in-process-client.js';

const GEO_DIR = process.env.IOC_GEO_DIR || join(import.meta.dirname, '../../../../shared/data/geo');
const now = () => new Date('2026-12-03T10:30:00+07:00');
let simulator: Simulator;
let engine: Engine;
let client: ReturnType<typeof connectInProcess>;

beforeAll(async () => {
  simulator = await startSimulator({ catalog: fixtureCatalog(), now, token: 't0ken', geoDir: GEO_DIR });
  engine = await startEngine({ dataDir: await mkdtemp(join(tmpdir(), 'ioc-fr-engine-')), upstreamUrl: simulator.url, upstreamToken: 't0ken', now, catalog: fixtureCatalog(), syncIntervalMs: 3_600_000 });
  client = connectInProcess(engine, { as: 'ioc-supervisor' });
  await client.waitFor('fieldReports.changed', (e) => e.count > 0, 60_000);
}, 90_000);

afterAll(async () => {
  client?.close();
  await engine?.close();
  await simulator?.close();
});

describe('field reports in the engine', () => {
  it('lands sixty days of the feed, flags the doubtful and never shows an identity', async () => {
    const all = await client.call('fieldReports.list', { limit: 200 });
    expect(all.total).toBeGreaterThan(1500);
    const counts = await client.call('fieldReports.counts', {});
    expect(counts.byState.received).toBe(all.total);
    expect(counts.flagged).toBeGreaterThan(20);
    const flagged = await client.call('fieldReports.list', { flagged: true, limit: 200 });
    expect(new Set(flagged.items.flatMap((i) => i.flags))).toEqual(new Set(['unknown-category', 'no-location', 'outside-province', 'duplicate-id', 'possible-duplicate']));
    const detail = await client.call('fieldReports.get', { id: all.items[0]!.id });
    expect(detail.events[0]!.action).toBe('ingested');
    expect(detail.communeBoundary?.type).toMatch(/Polygon/);
    const withIdentity = await Promise.all(all.items.slice(0, 20).map((i) => client.call('fieldReports.get', { id: i.id })));
    expect(withIdentity.some((d) => d.hasReporterIdentity)).toBe(true);
    expect(JSON.stringify(withIdentity)).not.toMatch(/"phone"|"reporter"|\b09\d{8}\b/);
  });

  it('gives a wall display the ticker and one incident, never who reported it nor the queues', async () => {
    const wall = connectInProcess(engine, { as: 'wall-display' });
    await expect(wall.call('fieldReports.list', { limit: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(wall.call('fieldReports.get', { id: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    const ticker = await wall.call('wall.fieldReports', { limit: 5, categories: ['rac-thai', 'nuoc-thai'] });
    expect(ticker.items).toHaveLength(5);
    expect(ticker.items.every((i) => i.category === 'rac-thai' || i.category === 'nuoc-thai')).toBe(true);
    expect(ticker.items.map((i) => i.reportedAt)).toEqual([...ticker.items.map((i) => i.reportedAt)].sort().reverse());
    expect(Object.keys(ticker.items[0]!).sort()).toEqual(['agencyKey', 'category', 'communeCode', 'dueAt', 'id', 'overdue', 'reportedAt', 'state']);
    expect(ticker.provenance.agency).toBe('trung-tam-ioc');
    const incident = await wall.call('wall.incident', { reportId: ticker.items[0]!.id });
    expect(incident).toMatchObject({ id: ticker.items[0]!.id, timeline: [expect.objectContaining({ action: 'ingested' })] });
    expect(incident.summary.length).toBeLessThanOrEqual(240);
    expect(JSON.stringify(incident)).not.toMatch(/"phone"|"reporter"|"name"|"note"|\b09\d{8}\b/);
    await expect(wall.call('wall.incident', { reportId: 999_999_999 })).rejects.toMatchObject({ code: 'not-found' });
    wall.close();
  });

  it('takes a report to closed through the contract, and scopes the agency queue', async () => {
    const [item] = (await client.call('fieldReports.list', { flagged: false, limit: 1 })).items;
    const id = item!.id;
    const step = async (params: Record<string, unknown>) =>
      (await client.call('fieldReports.transition', { id, idempotencyKey: `e2e-${id}-${String(params.action)}`, ...params } as never)).report;
    const triaged = await step({ action: 'triage', verdict: 'valid' });
    const agencyKey = triaged.suggestedAgency!;
    expect(agencyKey).toMatch(/^ubnd-\d+$/);
    await step({ action: 'forward', agencyKey });
    // The agency's own staff take it from there; the IOC may not act for them, nor another agency.
    const agency = connectInProcess(engine, { as: { roles: ['agency-handler'], agencyId: agencyKey } });
    const other = connectInProcess(engine, { as: { roles: ['agency-handler'], agencyId: 'so-y-te' } });
    await expect(step({ action: 'acknowledge' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(other.call('fieldReports.transition', { id, idempotencyKey: `other-${id}`, action: 'acknowledge' })).rejects.toMatchObject({ code: 'forbidden' });
    const agencyStep = (params: Record<string, unknown>) =>
      agency.call('fieldReports.transition', { id, idempotencyKey: `agency-${id}-${String(params.action)}`, ...params } as never);
    for (const action of ['acknowledge', 'start']) await agencyStep({ action });
    await agencyStep({ action: 'resolve', note: 'Đã xử lý xong' });
    // Whatever agency it asks for, an agency's queue holds its own items only.
    const asked = await agency.call('fieldReports.list', { agencyKey: 'so-y-te', limit: 200 });
    expect(asked.items.length).toBeGreaterThan(0);
    expect(new Set(asked.items.map((i) => i.agencyKey))).toEqual(new Set([agencyKey]));
    agency.close();
    other.close();
    await step({ action: 'publish' });
    const closed = await step({ action: 'close' });
    expect(closed.state).toBe('closed');
    expect(closed.allowedActions).toEqual(['rate']);
    const agencyQueue = await client.call('fieldReports.list', { agencyKey });
    expect(agencyQueue.items.map((i) => i.id)).toEqual([id]);
    await expect(client.call('fieldReports.transition', { id, idempotencyKey: 'bad-1234', action: 'forward', agencyKey })).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(client.call('fieldReports.transition', { id, action: 'fly' } as never)).rejects.toBeInstanceOf(CallFailed);
  });

  it('builds a period report with progress and hands it over', async () => {
    const job = await client.call('reports.build', { format: 'xlsx', period: { kind: 'month', year: 2026, month: 11 } });
    const done = await client.waitFor('reports.progress', (j) => j.id === job.id && (j.state === 'done' || j.state === 'failed'));
    expect(done).toMatchObject({ state: 'done', progress: 1, fileName: 'bao-cao-phan-anh-toan-tinh-2026-11.xlsx' });
    const file = await client.call('reports.download', { jobId: job.id });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
