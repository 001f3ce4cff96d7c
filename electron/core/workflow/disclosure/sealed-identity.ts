// The one place that opens a sealed reporter identity, for identity.revealIdentity only. The sink sealed the
// upstream's reporter object as JSON, bound to the report's ingest key (field-report-sink.ts).
import { reporterIdentitySchema, type ReporterIdentity } from '../../../../shared/contract/areas/disclosure.js';
import { EngineError } from '../../../../shared/contract/envelope.js';
import type { Database } from '../../store/database.js';
import type { IdentitySealer } from '../identity/identity-sealer.js';

export async function hasSealedIdentity(db: Database, reportId: number): Promise<boolean> {
  return (await db.get('SELECT 1 FROM fr_reporter_identities WHERE report_id = ?', [reportId])) !== undefined;
}

export async function openSealedIdentity(db: Database, sealer: IdentitySealer, reportId: number): Promise<ReporterIdentity> {
  const row = await db.get<{ sealed: Buffer; sealer: string; ingest_key: string }>(
    'SELECT i.sealed, i.sealer, r.ingest_key FROM fr_reporter_identities i JOIN fr_reports r ON r.id = i.report_id WHERE i.report_id = ?',
    [reportId],
  );
  if (!row) throw new EngineError('not-found', `report #${reportId} has no sealed reporter identity`);
  if (row.sealer !== sealer.id) throw new EngineError('unavailable', `the identity of report #${reportId} was sealed with ${row.sealer}, which this installation cannot open`);
  let plaintext: string;
  try {
    plaintext = await sealer.open(row.sealed, `report:${row.ingest_key}`);
  } catch (error) {
    // The cause names the key or the keychain, never the content.
    throw new EngineError('unavailable', `the identity of report #${reportId} cannot be opened: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(plaintext);
  } catch {
    value = null;
  }
  const parsed = reporterIdentitySchema.safeParse(value);
  if (!parsed.success) throw new EngineError('internal', `the identity of report #${reportId} is not in the expected form`);
  return parsed.data;
}
