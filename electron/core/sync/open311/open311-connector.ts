// Open311 GeoReport v2: services and their definitions, then service requests — new ones by
// start_date/end_date windows (split when the server's result cap is reached), known open ones re-read by
// service_request_id — mapped to InboundFieldReport and handed, a batch per transaction, to the field-report sink.
import type { FieldReportSink, InboundFieldReport } from '../../../../shared/model/field-report-inbound.js';
import { toVnIso } from '../../../../shared/model/periods.js';
import type { Database } from '../../store/database.js';
import { readCursor, writeCursor } from '../../store/sync-state.js';
import { noteCount, type Connector, type PullRun } from '../connector.js';
import type { ConnectorDeclaration, PagingOf } from '../connectors/declaration.js';
import { quarantine, rawJson, type QuarantineInput } from '../quarantine-store.js';
import { parseJson, UpstreamError } from '../upstream-client.js';
import { readOpen311Request, requestList } from './open311-records.js';
import { pullServices, serviceSchema } from './open311-services.js';
import { deliverReports, openRequestIds } from './open311-store.js';
import { formatOpen311Time } from './open311-time.js';

const WINDOW_STREAM = 'requests';
const DAY_MS = 86_400_000;
/** Requests can appear upstream a little after their requested_datetime: each pull looks back this far. */
const OVERLAP_MS = 3_600_000;
const MIN_WINDOW_MS = 60_000;

export interface Open311Options {
  /** The field-report workflow's sink, when one is registered (read at each pull). */
  sink: () => FieldReportSink<Database> | undefined;
  onStored?: (count: number) => void;
}

interface Batch {
  items: unknown[];
  cursorAfter?: string;
}

export function createOpen311Connector(declaration: ConnectorDeclaration, o: Open311Options): Connector {
  const paging = declaration.paging as PagingOf<'date-window'>;
  let utcDates = false;

  async function fetchRequests(run: PullRun, query: Record<string, string | undefined>): Promise<unknown[]> {
    let answer;
    try {
      answer = await run.client.request('requests.json', { query, signal: run.signal });
    } catch (error) {
      // Some servers answer an offset they cannot parse with HTTP 400/500: ask once more with UTC times.
      const dated = query.start_date !== undefined;
      if (!dated || utcDates || !(error instanceof UpstreamError) || ![400, 500].includes(error.status ?? 0)) throw error;
      utcDates = true;
      noteCount(run.notes, 'tolerated-variation', 1, 'the server refused +07:00 offsets; dates are sent in UTC');
      return fetchRequests(run, { ...query, start_date: toUtc(query.start_date), end_date: toUtc(query.end_date) });
    }
    try {
      const list = requestList(parseJson(answer.text));
      if (list.variation) noteCount(run.notes, 'tolerated-variation', 1, list.variation);
      return list.items;
    } catch (error) {
      if (error instanceof UpstreamError) throw error;
      throw new UpstreamError('invalid-response', (error as Error).message);
    }
  }

  const toUtc = (iso: string | undefined) => (iso ? formatOpen311Time(Date.parse(iso), true) : undefined);
  const windowQuery = (from: number, to: number) => ({ start_date: formatOpen311Time(from, utcDates), end_date: formatOpen311Time(to, utcDates) });

  /** The batches of one time window, split in halves while the server's result cap is reached. */
  async function* windowBatches(run: PullRun, from: number, to: number): AsyncGenerator<Batch> {
    const items = await fetchRequests(run, windowQuery(from, to));
    if (items.length >= paging.maxResults && to - from > MIN_WINDOW_MS) {
      const middle = from + Math.floor((to - from) / 2);
      yield* windowBatches(run, from, middle);
      yield* windowBatches(run, middle, to);
      return;
    }
    yield { items, cursorAfter: toVnIso(new Date(to)) };
  }

  async function storeBatch(run: PullRun, batch: Batch) {
    const good: InboundFieldReport[] = [];
    const bad: QuarantineInput[] = [];
    for (const raw of batch.items) {
      const read = readOpen311Request(raw);
      if (!read.ok) bad.push({ raw: rawJson(raw), reason: read.reason });
      else {
        good.push(read.report);
        for (const v of read.variations) noteCount(run.notes, 'tolerated-variation', 1, v);
      }
    }
    const sink = o.sink();
    const at = toVnIso(run.now());
    const result = await run.db.transaction(async (tx) => {
      await quarantine(tx, run.sourceId, WINDOW_STREAM, bad, at);
      const delivered = await deliverReports(tx, sink, run.sourceId, good, at);
      // Without a sink the window is read again next time, so that nothing is skipped once one is registered.
      if (sink && batch.cursorAfter) await writeCursor(tx, run.sourceId, WINDOW_STREAM, batch.cursorAfter, at);
      return delivered;
    });
    if (!sink && result.fresh) noteCount(run.notes, 'no-field-report-sink', result.fresh);
    run.stats.received += batch.items.length;
    run.stats.stored += result.stored;
    run.stats.rejected += bad.length;
    if (result.stored) o.onStored?.(result.stored);
  }

  return {
    declaration,
    async pull(run) {
      await pullServices(run);
      const nowMs = run.now().getTime();
      const cursor = await readCursor(run.db, run.sourceId, WINDOW_STREAM);
      let from = cursor ? Date.parse(cursor) - OVERLAP_MS : nowMs - paging.lookbackDays * DAY_MS;
      const windows: [number, number][] = [];
      for (; from < nowMs; from += paging.windowDays * DAY_MS) windows.push([from, Math.min(nowMs, from + paging.windowDays * DAY_MS)]);
      const open = await openRequestIds(run.db, run.sourceId);
      const idBatches: string[][] = [];
      for (let i = 0; i < open.length; i += paging.idBatch) idBatches.push(open.slice(i, i + paging.idBatch));
      const total = windows.length + idBatches.length;
      let done = 0;
      run.progress(0, total);
      for (const [a, b] of windows) {
        for await (const batch of windowBatches(run, a, b)) await storeBatch(run, batch);
        run.progress(++done, total);
      }
      for (const ids of idBatches) {
        await storeBatch(run, { items: await fetchRequests(run, { service_request_id: ids.join(',') }) });
        run.progress(++done, total);
      }
    },
    async reprocess(tx, stream, raw, at) {
      let record: unknown;
      try {
        record = JSON.parse(raw);
      } catch {
        return 'the payload is not JSON';
      }
      if (stream === 'services') {
        const parsed = serviceSchema.safeParse(record);
        return parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      }
      const read = readOpen311Request(record);
      if (!read.ok) return read.reason;
      const sink = o.sink();
      if (!sink) return 'no field-report workflow is registered to take the report';
      await deliverReports(tx, sink, declaration.id, [read.report], at);
      return null;
    },
  };
}
