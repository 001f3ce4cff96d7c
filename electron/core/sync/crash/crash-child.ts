// Test support, bundled and run as a child process by crash-safety.test.ts and killed with SIGKILL at random moments.
//   ingest <dataDir> <baseUrl> <token> <pageSize> <kpiIds>
//                                        pulls the provincial API through the real ingest path
//                                        (connector → pages → transactions), printing "ack <stream> <page>" after each commit
//   outbox <dataDir> <baseUrl> <apiKey>  delivers the Open311 outbox, printing "applied <id>" once the upstream
//                                        acknowledged an item and waiting a moment before marking it, so that a
//                                        kill lands between "applied upstream" and "recorded locally"
import { fixtureCatalog, FIXED_NOW } from '../../../simulator/test-fixtures.js';
import { OutboxSender } from '../../outbox/outbox-sender.js';
import { openCache } from '../../store/open-cache.js';
import type { PullRun } from '../connector.js';
import { defaultConnectors } from '../connectors/defaults.js';
import { loadConnectors } from '../connectors/load-connectors.js';
import { deliverOpen311Update } from '../open311/open311-outbound.js';
import { createProvincialConnector } from '../provincial/provincial-connector.js';
import { UpstreamClient } from '../upstream-client.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** The test catalog, reduced to some KPIs (a smaller plan makes each of the fifty runs quicker). */
export function crashCatalog(kpiIds: readonly string[]) {
  const catalog = fixtureCatalog();
  return { ...catalog, domains: catalog.domains.map((d) => ({ ...d, kpis: d.kpis.filter((k) => kpiIds.includes(k.id)) })) };
}

async function ingest(dataDir: string, baseUrl: string, token: string, pageSize: number, kpiIds: string[]) {
  const { db } = await openCache(dataDir);
  const declaration = loadConnectors(defaultConnectors(baseUrl))[0]!;
  const connector = createProvincialConnector(
    { ...declaration, paging: { strategy: 'updated-since', pageSize, pageTokens: true } },
    { catalog: crashCatalog(kpiIds), onStored: () => undefined, onPageCommitted: (stream, page) => say(`ack ${stream} ${page}`) },
  );
  const run: PullRun = {
    db,
    client: new UpstreamClient({ baseUrl: declaration.baseUrl, token }),
    sourceId: declaration.id,
    now: () => FIXED_NOW,
    signal: new AbortController().signal,
    stats: { received: 0, stored: 0, rejected: 0 },
    notes: [],
    progress: () => undefined,
    log: () => undefined,
  };
  await connector.pull(run);
  await db.close();
  say('done');
}

async function outbox(dataDir: string, baseUrl: string, apiKey: string) {
  const { db } = await openCache(dataDir);
  const client = new UpstreamClient({ baseUrl: new URL('open311/v2/', baseUrl).toString(), auth: { kind: 'api-key', in: 'query', name: 'api_key', secret: apiKey } });
  const undelivered = async () => (await db.get<{ n: number }>('SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL'))!.n;
  const sender = new OutboxSender({
    db,
    target: 'open311',
    now: () => FIXED_NOW,
    pollMs: 20,
    log: () => undefined,
    onChange: () => undefined,
    deliver: async (item, signal) => {
      const ack = await deliverOpen311Update(client, item, signal);
      say(`applied ${item.id}`);
      await new Promise((r) => setTimeout(r, 30));
      return ack;
    },
  });
  sender.start();
  // Done once every item is recorded as delivered (not merely sent).
  while ((await undelivered()) > 0) await new Promise((r) => setTimeout(r, 20));
  await sender.close();
  await db.close();
  say('done');
  process.exit(0);
}

const [mode, dataDir, baseUrl, secret, pageSize, kpiIds] = process.argv.slice(2);
if (mode === 'ingest' || mode === 'outbox') {
  const work = mode === 'ingest' ? ingest(dataDir!, baseUrl!, secret!, Number(pageSize), (kpiIds ?? '').split(',')) : outbox(dataDir!, baseUrl!, secret!);
  work.catch((error: Error) => {
    process.stderr.write(`${error.stack ?? error.message}\n`);
    process.exit(3);
  });
}
