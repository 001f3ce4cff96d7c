// Pulls the provincial API's field-report feed (until the Open311 connector of the sync area takes over the
// citizen channels): updated-since cursor, paging, and each page delivered to the sink in one transaction with
// its quarantine; the cursor moves only when the whole pull is in.
import type { FieldReportSink } from '../../../../shared/model/field-report-inbound.js';
import { toVnIso } from '../../../../shared/model/periods.js';
import type { Database } from '../../store/database.js';
import { readCursor, writeCursor } from '../../store/sync-state.js';
import { quarantine } from '../../sync/quarantine-store.js';
import { UpstreamError, type UpstreamClient } from '../../sync/upstream-client.js';
import { mapProvincialFieldReport, provincialFieldReportPageSchema } from './provincial-feed-mapping.js';
import type { InboundFieldReport } from '../../../../shared/model/field-report-inbound.js';

export const FEED_STREAM = 'field-reports';

/** Quarantine keeps the record for a human to read, but never the reporter's identity (Art. 6.9). */
export function withoutIdentity(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || !('reporter' in raw)) return raw;
  return { ...(raw as Record<string, unknown>), reporter: (raw as { reporter: unknown }).reporter ? '[withheld]' : null };
}
const PAGE_SIZE = '1000';

export interface FeedPullStats {
  received: number;
  changed: number;
  quarantined: number;
}

export async function pullProvincialFieldReports(
  db: Database,
  client: UpstreamClient,
  sourceId: string,
  sink: FieldReportSink<Database>,
  now: () => Date,
  signal?: AbortSignal,
): Promise<FeedPullStats> {
  const since = await readCursor(db, sourceId, FEED_STREAM);
  const stats: FeedPullStats = { received: 0, changed: 0, quarantined: 0 };
  let token: string | undefined;
  let asOf: string | null = null;
  do {
    const body = await client.getJson('api/v1/field-reports', { since: since ?? undefined, limit: PAGE_SIZE, page_token: token }, signal);
    const page = provincialFieldReportPageSchema.safeParse(body);
    if (!page.success) throw new UpstreamError('invalid-response', 'the field-report feed does not match the exchange structure');
    const good: InboundFieldReport[] = [];
    const bad: { raw: unknown; reason: string }[] = [];
    for (const raw of page.data.items) {
      const mapped = mapProvincialFieldReport(raw);
      if (mapped.ok) good.push(mapped.report);
      else bad.push({ raw: withoutIdentity(raw), reason: mapped.reason });
    }
    const at = toVnIso(now());
    stats.changed += await db.transaction(async (tx) => {
      await quarantine(tx, sourceId, FEED_STREAM, bad.map((b) => ({ raw: JSON.stringify(b.raw), reason: b.reason })), at);
      return sink.accept(tx, sourceId, good, at);
    });
    stats.received += page.data.items.length;
    stats.quarantined += bad.length;
    asOf = page.data.as_of;
    token = page.data.next_page_token ?? undefined;
  } while (token);
  if (asOf) await writeCursor(db, sourceId, FEED_STREAM, asOf, toVnIso(now()));
  return stats;
}
