// Test helpers for the workflow: a real cache file with a two-commune geography, a clock the test moves,
// and the keychain sealer on a throw-away keychain service.
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIELD_REPORT_CATEGORIES } from '../../../shared/catalog/field-report-categories.js';
import type { InboundFieldReport } from '../../../shared/model/field-report-inbound.js';
import type { Database } from '../store/database.js';
import { openCache } from '../store/open-cache.js';
import { writeGeoDocument } from '../store/sync-state.js';
import { WorkingCalendar } from './calendar/working-calendar.js';
import { seedDirectory } from './directory/directory-store.js';
import { CredentialVault } from '../secrets/vault.js';
import { DataKeys } from '../secrets/data-keys.js';
import { keychainMasterKey } from '../secrets/master-key.js';
import { SealedBox } from '../secrets/sealed-box.js';
import type { IdentitySealer } from './identity/identity-sealer.js';
import { sealerFromBox } from './identity/sealed-box-sealer.js';
import { CategoryMap } from './ingest/category-map.js';
import { CommuneGeographyCache } from './ingest/commune-geography.js';
import { WorkflowFieldReportSink } from './ingest/field-report-sink.js';
import type { TransitionDeps } from './transitions.js';
import { defaultCatalog } from '../../../shared/catalog/index.js';

const square = (w: number, s: number) => ({ type: 'Polygon', coordinates: [[[w, s], [w + 0.1, s], [w + 0.1, s + 0.1], [w, s + 0.1], [w, s]]] });
export const COMMUNES = [
  { code: '24001', name: 'Tân An', fullName: 'Phường Tân An', type: 'phuong', areaKm2: 10, point: [108.05, 12.65] },
  { code: '24002', name: 'Ea Kao', fullName: 'Xã Ea Kao', type: 'xa', areaKm2: 100, point: [108.15, 12.65] },
];

export interface Kit {
  db: Database;
  clock: { now: Date };
  sink: WorkflowFieldReportSink;
  sealer: IdentitySealer;
  deps: TransitionDeps;
  calendar: WorkingCalendar;
}

export async function openKit(start = '2026-12-01T08:00:00+07:00'): Promise<Kit> {
  const { db } = await openCache(await mkdtemp(join(tmpdir(), 'ioc-workflow-')));
  const at = '2026-11-30T00:00:00+07:00';
  await writeGeoDocument(db, 'communes', JSON.stringify({ items: COMMUNES }), 'test', at);
  await writeGeoDocument(db, 'communes.geojson', JSON.stringify({ type: 'FeatureCollection', features: [
    { type: 'Feature', properties: { code: '24001' }, geometry: square(108.0, 12.6) },
    { type: 'Feature', properties: { code: '24002' }, geometry: square(108.1, 12.6) },
  ] }), 'test', at);
  await seedDirectory(db, defaultCatalog, FIELD_REPORT_CATEGORIES, COMMUNES, at);
  const clock = { now: new Date(start) };
  const categories = new CategoryMap(FIELD_REPORT_CATEGORIES);
  // The engine's sealed box, its master key in a throw-away keychain service (tests run inside a real Secret Service).
  const vault = new CredentialVault(`vn.gov.daklak.ioc.console.test-${randomUUID()}`);
  const sealer = sealerFromBox(SealedBox.fromDataKeys(new DataKeys(db, keychainMasterKey(vault))));
  const sink = new WorkflowFieldReportSink({ categories, geography: new CommuneGeographyCache(), sealer });
  const calendar = new WorkingCalendar([]);
  const deps: TransitionDeps = { db, calendar: () => calendar, categories, now: () => clock.now, communes: async () => new Set(COMMUNES.map((c) => c.code)), outbound: (sourceId) => sourceId === 'open311' };
  return { db, clock, sink, sealer, deps, calendar };
}

export function inbound(over: Partial<InboundFieldReport> = {}): InboundFieldReport {
  return {
    externalId: 'PA-1',
    category: 'rac-thai',
    description: 'Rác thải tồn đọng nhiều ngày tại điểm tập kết.',
    lat: 12.65,
    lon: 108.05,
    address: '12 Lê Duẩn',
    communeCode: null,
    mediaUrls: [],
    channel: 'app',
    reportedAt: '2026-12-01T07:30:00+07:00',
    updatedAt: '2026-12-01T07:30:00+07:00',
    upstreamStatus: 'open',
    statusNotes: null,
    agencyResponsible: null,
    reporter: { name: 'Nguyễn Thị Hoa', phone: '0905123456' },
    ...over,
  };
}

export async function deliver(kit: Kit, reports: InboundFieldReport[], source = 'open311'): Promise<number> {
  return kit.db.transaction((tx) => kit.sink.accept(tx, source, reports, '2026-12-01T08:00:00+07:00'));
}
