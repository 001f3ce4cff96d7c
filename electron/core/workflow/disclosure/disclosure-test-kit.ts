// For the disclosure tests: a real engine (SQLite file, the OS keychain under a throw-away service) whose
// reports arrive through the workflow's real sink, sealed with the engine's own data key. The reports are
// delivered on a second connection to the same cache file, as a connector would, so a test picks the
// reporter's identity (a distinctive string it can then look for everywhere).
import { randomUUID } from 'node:crypto';
import { FIELD_REPORT_CATEGORIES } from '../../../../shared/catalog/field-report-categories.js';
import { defaultCatalog } from '../../../../shared/catalog/index.js';
import type { InboundFieldReport } from '../../../../shared/model/field-report-inbound.js';
import { startTestEngine, type TestEngine } from '../../access/test-engine.js';
import type { EngineOptions } from '../../engine-api.js';
import { DataKeys } from '../../secrets/data-keys.js';
import { keychainMasterKey, MASTER_KEY_ACCOUNT } from '../../secrets/master-key.js';
import { SealedBox } from '../../secrets/sealed-box.js';
import { CredentialVault } from '../../secrets/vault.js';
import { openCache } from '../../store/open-cache.js';
import { writeGeoDocument } from '../../store/sync-state.js';
import { seedDirectory } from '../directory/directory-store.js';
import { sealerFromBox } from '../identity/sealed-box-sealer.js';
import { CategoryMap } from '../ingest/category-map.js';
import { CommuneGeographyCache } from '../ingest/commune-geography.js';
import { WorkflowFieldReportSink } from '../ingest/field-report-sink.js';
import { COMMUNES, inbound } from '../test-kit.js';

export interface DisclosureKit extends TestEngine {
  /** Delivers reports through the sink; returns their engine ids, in order. */
  deliver(reports: InboundFieldReport[]): Promise<number[]>;
}

export async function startDisclosureKit(options: Partial<EngineOptions> = {}): Promise<DisclosureKit> {
  const keychainService = `vn.gov.daklak.ioc.console.test-${randomUUID()}`;
  const t = await startTestEngine({ ...options, access: { keychainService } });
  const { db } = await openCache(t.dataDir);
  const at = '2026-03-01T08:00:00+07:00';
  await writeGeoDocument(db, 'communes', JSON.stringify({ items: COMMUNES }), 'test', at);
  await seedDirectory(db, defaultCatalog, FIELD_REPORT_CATEGORIES, COMMUNES, at);
  const sealer = sealerFromBox(SealedBox.fromDataKeys(new DataKeys(db, keychainMasterKey(new CredentialVault(keychainService)))));
  const sink = new WorkflowFieldReportSink({ categories: new CategoryMap(FIELD_REPORT_CATEGORIES), geography: new CommuneGeographyCache(), sealer });
  return {
    ...t,
    async deliver(reports) {
      await db.transaction((tx) => sink.accept(tx, 'open311', reports, at));
      const ids: number[] = [];
      for (const r of reports) ids.push((await db.get<{ id: number }>('SELECT id FROM fr_reports WHERE external_id = ?', [r.externalId]))!.id);
      return ids;
    },
    async close() {
      await db.close();
      await t.close();
      await new CredentialVault(keychainService).delete(MASTER_KEY_ACCOUNT).catch(() => false);
    },
  };
}

export { inbound };
