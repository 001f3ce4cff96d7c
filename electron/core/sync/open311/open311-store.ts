// What the Open311 connector remembers of each request (status and version), so that a request seen twice
// or an older version arriving late is not handed to the field-report workflow again.
import type { FieldReportSink, InboundFieldReport } from '../../../../shared/model/field-report-inbound.js';
import type { Database } from '../../store/database.js';

/** The newest report per external id in a batch (duplicates and out-of-order versions inside one page). */
export function newestPerId(reports: readonly InboundFieldReport[]): InboundFieldReport[] {
  const byId = new Map<string, InboundFieldReport>();
  for (const r of reports) {
    const seen = byId.get(r.externalId);
    if (!seen || Date.parse(r.updatedAt) > Date.parse(seen.updatedAt)) byId.set(r.externalId, r);
  }
  return [...byId.values()];
}

/** Reports newer than what was stored (or new): the only ones the workflow needs to hear about. */
export async function changedReports(tx: Database, sourceId: string, reports: readonly InboundFieldReport[]): Promise<InboundFieldReport[]> {
  if (reports.length === 0) return [];
  const rows = await tx.all<{ external_id: string; updated_at: string }>(
    `SELECT external_id, updated_at FROM open311_requests WHERE source_id = ? AND external_id IN (SELECT value FROM json_each(?))`,
    [sourceId, JSON.stringify(reports.map((r) => r.externalId))],
  );
  const stored = new Map(rows.map((r) => [r.external_id, Date.parse(r.updated_at)]));
  return reports.filter((r) => {
    const known = stored.get(r.externalId);
    return known === undefined || Date.parse(r.updatedAt) > known;
  });
}

export async function rememberReports(tx: Database, sourceId: string, reports: readonly InboundFieldReport[], at: string) {
  if (reports.length === 0) return;
  await tx.run(
    `INSERT INTO open311_requests (source_id, external_id, status, updated_at, requested_at, service_code, stored_at)
     SELECT ?1, json_extract(j.value, '$.externalId'), json_extract(j.value, '$.upstreamStatus'), json_extract(j.value, '$.updatedAt'),
            json_extract(j.value, '$.reportedAt'), json_extract(j.value, '$.category'), ?2
     FROM json_each(?3) AS j WHERE true
     ON CONFLICT (source_id, external_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at,
       service_code = excluded.service_code, stored_at = excluded.stored_at
     WHERE excluded.updated_at > open311_requests.updated_at`,
    [sourceId, at, JSON.stringify(reports)],
  );
}

export async function openRequestIds(db: Database, sourceId: string): Promise<string[]> {
  const rows = await db.all<{ external_id: string }>("SELECT external_id FROM open311_requests WHERE source_id = ? AND status = 'open' ORDER BY external_id", [sourceId]);
  return rows.map((r) => r.external_id);
}

/**
 * Hands new and changed reports to the sink and remembers them, inside the caller's transaction.
 * Without a sink nothing is remembered (so the reports come again once one is registered); returns how many were stored.
 */
export async function deliverReports(tx: Database, sink: FieldReportSink<Database> | undefined, sourceId: string, reports: readonly InboundFieldReport[], at: string) {
  const fresh = await changedReports(tx, sourceId, newestPerId(reports));
  if (!sink) return { fresh: fresh.length, stored: 0 };
  const stored = fresh.length ? await sink.accept(tx, sourceId, fresh, at) : 0;
  await rememberReports(tx, sourceId, fresh, at);
  return { fresh: fresh.length, stored };
}
