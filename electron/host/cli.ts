// `npm run serve -- [--port N] [--data-dir DIR] [--geo DIR] [--upstream URL] [--token T] [--connectors FILE]
//                   [access and TLS options]` — see README "Signing in" for the access options.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { startEngine } from '../core/engine.js';
import { CREDENTIALS } from '../core/sync/connectors/defaults.js';
import { DEFAULT_GATEWAY_TOKEN, startCameraGateway } from '../simulator/cameras/camera-gateway.js';
import { DEFAULT_OPEN311_KEY } from '../simulator/open311.js';
import { startSimulator } from '../simulator/server.js';
import { accessOptions } from './access-options.js';
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
      host: { type: 'string' },
      'public-host': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'data-dir': { type: 'string' },
      geo: { type: 'string' },
      upstream: { type: 'string' },
      token: { type: 'string' },
      'camera-gateway': { type: 'string' },
      'camera-token': { type: 'string' },
      'bootstrap-admin': { type: 'string' },
      'demo-accounts': { type: 'boolean' },
      'demo-password': { type: 'string' },
      'idle-lock-minutes': { type: 'string' },
      'sso-issuer': { type: 'string' },
      'sso-client-id': { type: 'string' },
      'keys-in-data-dir': { type: 'boolean' },
      connectors: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, got "${values.port}"`);
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error(`the renderer is not built (${RENDERER_DIR}); run "npm run build"`);
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) throw new Error('--tls-cert and --tls-key go together');
  const log = values.quiet ? () => undefined : (line: string) => console.error(`[engine] ${line}`);
  const dataDir = resolve(values['data-dir'] ?? process.env.IOC_DATA_DIR ?? defaultDataDir(process.platform, process.env, homedir()));
  const access = accessOptions(values, process.env);
  const geoDir = values.geo ?? process.env.IOC_GEO_DIR;

  const upstreamUrl = values.upstream ?? process.env.IOC_UPSTREAM_URL;
  const simulator = upstreamUrl ? undefined : await startSimulator({ catalog: defaultCatalog, port: 0, geoDir, token: DEMO_TOKEN });
  const gatewayUrl = values['camera-gateway'] ?? process.env.IOC_CAMERA_GATEWAY_URL;
  // The demo's cameras come from the simulated police camera gateway.
  const gateway = gatewayUrl ? undefined : await startCameraGateway({ port: 0, ...(geoDir ? { geoDir } : {}) });
  // Connector declarations from a JSON file (validated at start; a bad one stops the console with its name).
  const connectorsFile = values.connectors ?? process.env.IOC_CONNECTORS_FILE;
  const connectors = connectorsFile ? (JSON.parse(readFileSync(connectorsFile, 'utf8')) as unknown) : undefined;
  const engine = await startEngine({
    dataDir,
    upstreamUrl: upstreamUrl ?? simulator!.url,
    upstreamToken: values.token ?? process.env.IOC_UPSTREAM_TOKEN ?? (simulator ? DEMO_TOKEN : undefined),
    cameras: { gatewayUrl: gatewayUrl ?? gateway!.url, token: values['camera-token'] ?? process.env.IOC_CAMERA_TOKEN ?? DEFAULT_GATEWAY_TOKEN },
    access,
    // The embedded simulator's demo Open311 key; against a real upstream it comes from the keychain.
    ...(simulator ? { credentials: { [CREDENTIALS.open311]: DEFAULT_OPEN311_KEY } } : {}),
    ...(connectors !== undefined ? { connectors } : {}),
    log,
  });
  const tls = values['tls-cert'] ? { cert: readFileSync(values['tls-cert']), key: readFileSync(values['tls-key']!) } : undefined;
  const host = await startWebHost({
    engine,
    rendererDir: RENDERER_DIR,
    port,
    ...(values.host ? { host: values.host } : {}),
    ...(values['public-host'] ? { publicHost: values['public-host'] } : {}),
    ...(tls ? { tls } : {}),
  });
  log(`data directory: ${dataDir}; upstream: ${upstreamUrl ?? `embedded simulator at ${simulator!.url}`}; cameras: ${gatewayUrl ?? `simulated gateway at ${gateway!.url}`}`);
  if (access.demoAccounts) log('demo accounts: quantri, vanhanh, giamsat, xuly.yte, lanhdao.yte, lanhdao.tinh, congan.tinh, congan.pc08, congan.doi1 (README "Signing in")');
  console.log(`IOC console: ${host.url}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await engine.close();
    await simulator?.close();
    await gateway?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: Error) => {
  console.error(`IOC console could not start: ${error.message}`);
  process.exit(1);
});
