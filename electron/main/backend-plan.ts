// Where the engine gets its data: an upstream URL given on the command line / env, or the embedded simulator.
import path from 'node:path';
import { readEnv, readFlag } from './argv.js';
import { resolveDataDir, type DataDirInputs } from './data-dir.js';

export interface BackendPlan {
  dataDir: string;
  /** null: start the embedded simulator and use its URL. */
  upstreamUrl: string | null;
  /** Folder of GeoJSON for the simulator (env IOC_GEO_DIR); undefined leaves the simulator's default. */
  geoDir: string | undefined;
  /** Bearer token from env IOC_UPSTREAM_TOKEN; undefined lets the engine read the OS keychain. */
  upstreamToken: string | undefined;
}

/** `--upstream=URL` beats env IOC_UPSTREAM_URL; only http(s) URLs without credentials are accepted. */
export function resolveUpstreamUrl(argv: readonly string[], env: DataDirInputs['env']): string | null {
  const raw = readFlag(argv, 'upstream') ?? readEnv(env, 'IOC_UPSTREAM_URL');
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Upstream URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`Upstream URL must be http(s): ${raw}`);
  if (url.username !== '' || url.password !== '') throw new Error('Upstream URL must not carry credentials; use IOC_UPSTREAM_TOKEN or the keychain');
  return url.href;
}

export function planBackend(inputs: DataDirInputs): BackendPlan {
  const geoDir = readEnv(inputs.env, 'IOC_GEO_DIR');
  return {
    dataDir: resolveDataDir(inputs),
    upstreamUrl: resolveUpstreamUrl(inputs.argv, inputs.env),
    geoDir: geoDir === undefined ? undefined : path.resolve(inputs.cwd ?? process.cwd(), geoDir),
    upstreamToken: readEnv(inputs.env, 'IOC_UPSTREAM_TOKEN'),
  };
}
