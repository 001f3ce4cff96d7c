// `npm run serve -- [--port N] [--data-dir DIR] [--geo DIR] [--upstream URL] [--token T] [--connectors FILE]`
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { startEngine } from '../core/engine.js';
import { CREDENTIALS } from '../core/sync/connectors/defaults.js';
import { DEFAULT_OPEN311_KEY } from '../simulator/open311.js';
import { startSimulator } from '../simulator/server.js';
import { defaultDataDir } from './data-dir.js';
import { startWebHost } from './web-host.js';

const here = dirname(fileURLToPath(import.meta.url));
/** out/electron/host → repo root → renderer/dist */
const RENDERER_DIR = resolve(here, '../../../renderer/dist');
const DEMO_TOKEN = 'demo-token';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4780' },
      'data-dir': { type: 'string' },
      geo: { type: 'string' },
      upstream: { type: 'string' },
      token: { type: 'string' },
      connectors: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${values.port}"`);
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`the renderer is not built (${RENDERER_DIR}); run "npm run build"`);
  const log = values.quiet ? () => undefined : (line: string) => console.error(`[engine] ${line}`);
  const dataDir = resolve(values['data-dir'] ?? process.env.IOC_DATA_DIR ?? defaultDataDir(process.platform, process.env, homedir()));

  const upstreamUrl = values.upstream ?? process.env.IOC_UPSTREAM_URL;
  const simulator = upstreamUrl
    ? undefined
    : await startSimulator({ catalog: defaultCatalog, port: 0, geoDir: values.geo ?? process.env.IOC_GEO_DIR, token: DEMO_TOKEN });
  // Connector declarations from a JSON file (validated at start; a bad one stops the console with its name).
  const connectorsFile = values.connectors ?? process.env.IOC_CONNECTORS_FILE;
  const connectors = connectorsFile ? (JSON.parse(readFileSync(connectorsFile, 'utf8')) as unknown) : undefined;
  const engine = await startEngine({
    dataDir,
    upstreamUrl: upstreamUrl ?? simulator!.url,
    upstreamToken: values.token ?? process.env.IOC_UPSTREAM_TOKEN ?? (simulator ? DEMO_TOKEN : undefined),
    // The embedded simulator's demo Open311 key; against a real upstream it comes from the keychain.
    ...(simulator ? { credentials: { [CREDENTIALS.open311]: DEFAULT_OPEN311_KEY } } : {}),
    ...(connectors !== undefined ? { connectors } : {}),
    log,
  });
  const host = await startWebHost({ engine, rendererDir: RENDERER_DIR, port });
  log(`data directory: ${dataDir}; upstream: ${upstreamUrl ?? `embedded simulator at ${simulator!.url}`}`);
  console.log(`IOC console: ${host.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await engine.close();
    await simulator?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: Error) => {
  console.error(`IOC console could not start: ${error.message}`);
  process.exit(1);
});
