// CAP 1.2 warnings: the feed (an Atom index) is fetched with its ETag; each new entry's CAP document is read,
// validated and stored with the feed's cursor in one transaction; a bad document goes to quarantine.
import { toVnIso } from '../../../../shared/model/periods.js';
import { readCursor, readValidator, writeCursor, writeValidator } from '../../store/sync-state.js';
import { noteCount, type Connector, type PullRun } from '../connector.js';
import type { ConnectorDeclaration } from '../connectors/declaration.js';
import { quarantine, type QuarantineInput } from '../quarantine-store.js';
import { UpstreamError } from '../upstream-client.js';
import { parseCapAlert, parseCapFeed, type FeedEntry, type ParsedAlert } from './cap-parse.js';
import { storeAlert } from './cap-store.js';

const FEED = 'feed';
const STREAM = 'alerts';
const CAP_ACCEPT = 'application/cap+xml, application/xml;q=0.9';

export interface CapOptions {
  onChanged: (ids: string[]) => void;
}

export function createCapConnector(declaration: ConnectorDeclaration, o: CapOptions): Connector {
  async function readFeed(run: PullRun) {
    const answer = await run.client.request('alerts.atom', {
      accept: 'application/atom+xml, application/xml;q=0.9',
      etag: await readValidator(run.db, run.sourceId, FEED),
      signal: run.signal,
    });
    if (answer.notModified) return null;
    try {
      return { ...parseCapFeed(answer.text), etag: answer.etag };
    } catch (error) {
      throw new UpstreamError('invalid-response', (error as Error).message);
    }
  }

  return {
    declaration,
    async pull(run) {
      const feed = await readFeed(run);
      if (!feed) {
        noteCount(run.notes, 'not-modified', 1);
        return;
      }
      const since = await readCursor(run.db, run.sourceId, FEED);
      // Oldest first, so that an update normally follows its alert; duplicates in the feed are read once.
      const fresh = [...new Map(feed.entries.filter((e) => !since || e.updated > since).map((e) => [e.href, e])).values()].sort((a, b) =>
        a.updated.localeCompare(b.updated),
      );
      const good: ParsedAlert[] = [];
      const bad: QuarantineInput[] = feed.problems.map((reason) => ({ raw: '(feed entry)', reason }));
      run.progress(0, fresh.length);
      let done = 0;
      for (const entry of fresh) {
        const answer = await run.client.request(new URL(entry.href, run.client.url('')).toString(), { accept: CAP_ACCEPT, signal: run.signal });
        const read = parseCapAlert(answer.text);
        if (read.ok) good.push(read.alert);
        else bad.push({ raw: answer.text, reason: `${entryLabel(entry)}: ${read.reason}` });
        run.progress(++done, fresh.length);
      }
      const newest = fresh.reduce<string | null>((m, e) => (m === null || e.updated > m ? e.updated : m), since);
      const at = toVnIso(run.now());
      const changed = await run.db.transaction(async (tx) => {
        await quarantine(tx, run.sourceId, STREAM, bad, at);
        const ids: string[] = [];
        for (const alert of good) if (await storeAlert(tx, run.sourceId, alert, at)) ids.push(alert.id);
        if (newest && newest !== since) await writeCursor(tx, run.sourceId, FEED, newest, at);
        if (feed.etag) await writeValidator(tx, run.sourceId, FEED, feed.etag, at);
        return ids;
      });
      run.stats.received += fresh.length;
      run.stats.stored += changed.length;
      run.stats.rejected += bad.length;
      if (changed.length) o.onChanged(changed);
    },
    async reprocess(tx, _stream, raw, at) {
      const read = parseCapAlert(raw);
      if (!read.ok) return read.reason;
      if (await storeAlert(tx, declaration.id, read.alert, at)) o.onChanged([read.alert.id]);
      return null;
    },
  };
}

const entryLabel = (e: FeedEntry) => `alert ${e.id}`;
