import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliver, inbound, openKit, type Kit } from '../test-kit.js';
import type { ReportRow } from '../report-row.js';

let kit: Kit;
beforeEach(async () => (kit = await openKit()));
afterEach(() => kit.db.close());

const rows = () => kit.db.all<ReportRow>('SELECT * FROM fr_reports ORDER BY id');
const flagsOf = (r: ReportRow) => (JSON.parse(r.flags) as { flag: string }[]).map((f) => f.flag);

describe('field-report sink', () => {
  it('stores a new report as received, locates its commune, seals the identity apart', async () => {
    expect(await deliver(kit, [inbound()])).toBe(1);
    const [row] = await rows();
    expect(row).toMatchObject({ state: 'received', category: 'rac-thai', commune_code: '24001', flags: '[]', reported_at: '2026-12-01T07:30:00+07:00' });
    expect(JSON.stringify(row)).not.toMatch(/Hoa|0905123456/);
    const sealed = await kit.db.get<{ sealed: Buffer }>('SELECT sealed FROM fr_reporter_identities WHERE report_id = ?', [row!.id]);
    expect(sealed!.sealed.toString('latin1')).not.toContain('Hoa');
    expect(JSON.parse(await kit.sealer.open(sealed!.sealed, `report:${row!.ingest_key}`))).toEqual({ name: 'Nguyễn Thị Hoa', phone: '0905123456' });
    const events = await kit.db.all<{ action: string; note: string | null; data: string }>('SELECT action, note, data FROM fr_events');
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toMatch(/Hoa|0905123456/);
  });

  it('is idempotent on re-delivery and ignores an older version', async () => {
    await deliver(kit, [inbound()]);
    expect(await deliver(kit, [inbound()])).toBe(0);
    expect(await deliver(kit, [inbound({ updatedAt: '2026-12-01T09:00:00+07:00', statusNotes: 'Người phản ánh bổ sung hình ảnh.', mediaUrls: ['https://x/1.jpg'] })])).toBe(1);
    expect(await deliver(kit, [inbound({ updatedAt: '2026-12-01T08:00:00+07:00', statusNotes: 'older' })])).toBe(0);
    const [row] = await rows();
    expect(row).toMatchObject({ status_notes: 'Người phản ánh bổ sung hình ảnh.', media_urls: '["https://x/1.jpg"]', upstream_updated_at: '2026-12-01T09:00:00+07:00' });
    expect(await kit.db.all('SELECT action FROM fr_events ORDER BY id')).toEqual([{ action: 'ingested' }, { action: 'upstream-update' }]);
    expect((await rows()).length).toBe(1);
  });

  it('keeps bad input, flagged with the reason', async () => {
    await deliver(kit, [
      inbound({ externalId: 'A', category: 'khong-ro' }),
      inbound({ externalId: 'B', lat: null, lon: null, category: 'nuoc-thai' }),
      inbound({ externalId: 'C', lat: 13.98, lon: 108.0, category: 'chieu-sang' }),
      inbound({ externalId: 'D', communeCode: '99999', category: 'chieu-sang', lat: 12.75, lon: 108.2 }),
      inbound({ externalId: 'E', category: 'LCLD', reportedAt: 'yesterday' }),
    ]);
    const byId = new Map((await rows()).map((r) => [r.external_id, r]));
    expect(byId.get('A')).toMatchObject({ category: null, upstream_category: 'khong-ro' });
    expect(flagsOf(byId.get('A')!)).toEqual(['unknown-category']);
    expect(flagsOf(byId.get('B')!)).toEqual(['no-location']);
    expect(flagsOf(byId.get('C')!)).toEqual(['outside-province']);
    expect(flagsOf(byId.get('D')!)).toEqual(['outside-province']);
    expect(byId.get('E')).toMatchObject({ category: 'lan-chiem-long-le-duong', reported_at: '2026-12-01T08:00:00+07:00' });
    expect(flagsOf(byId.get('E')!)).toEqual(['bad-time']);
    expect([...byId.values()].every((r) => r.state === 'received')).toBe(true);
  });

  it('keeps a second report that reuses an id, and flags reports close in space and time', async () => {
    await deliver(kit, [inbound()]);
    await deliver(kit, [inbound({ reportedAt: '2026-12-01T07:50:00+07:00', updatedAt: '2026-12-01T07:50:00+07:00', description: 'Báo cáo khác' })]);
    await deliver(kit, [inbound({ externalId: 'PA-2', lat: 12.6502, lon: 108.0501, reportedAt: '2026-12-01T07:55:00+07:00' })]);
    const [first, reused, near] = await rows();
    expect(flagsOf(first!)).toEqual([]);
    expect(flagsOf(reused!)).toEqual(['duplicate-id', 'possible-duplicate']);
    expect(flagsOf(near!)).toEqual(['possible-duplicate']);
    expect(JSON.parse(near!.flags)[0].detail).toBe(`#${first!.id}`);
    // Re-delivering the second report finds it again instead of adding a third.
    expect(await deliver(kit, [inbound({ reportedAt: '2026-12-01T07:50:00+07:00', updatedAt: '2026-12-01T07:50:00+07:00', description: 'Báo cáo khác' })])).toBe(0);
    expect(await rows()).toHaveLength(3);
  });
});

describe('field-report sink without a keychain', () => {
  it('keeps the report and stores no identity, never in clear', async () => {
    const broken = await openKit();
    const failing = { id: 'broken', seal: async () => Promise.reject(new Error('the OS keychain is not available')), open: async () => '' };
    const { WorkflowFieldReportSink } = await import('./field-report-sink.js');
    const { CategoryMap } = await import('./category-map.js');
    const { CommuneGeographyCache } = await import('./commune-geography.js');
    const { FIELD_REPORT_CATEGORIES } = await import('../../../../shared/catalog/field-report-categories.js');
    const sink = new WorkflowFieldReportSink({ categories: new CategoryMap(FIELD_REPORT_CATEGORIES), geography: new CommuneGeographyCache(), sealer: failing });
    expect(await broken.db.transaction((tx) => sink.accept(tx, 'open311', [inbound()], '2026-12-01T08:00:00+07:00'))).toBe(1);
    expect(sink.identitiesNotStored).toBe(1);
    expect(await broken.db.all('SELECT * FROM fr_reporter_identities')).toEqual([]);
    const dump = JSON.stringify(await broken.db.all('SELECT * FROM fr_reports')) + JSON.stringify(await broken.db.all('SELECT * FROM fr_events'));
    expect(dump).not.toMatch(/Hoa|0905123456/);
    expect(dump).toContain('not stored: the keychain is unavailable');
    await broken.db.close();
  });
});
