// The upstream simulator as an HTTP service on loopback: node:http, gzip when accepted, fault injection.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback, constants as zlibConstants } from 'node:zlib';
import type { Catalog } from '../../shared/catalog/schema.js';
import { createApi, errorResponse, type ApiResponse } from './api.js';
import { NO_FAULTS, applyFaults, faultsPatchSchema, type Faults, type FaultsPatch } from './faults.js';
import { loadGeography } from './geography.js';
import { breachControl } from './breach-control.js';
import type { BreachPush, PushedBreach } from './pushed-breaches.js';
import { createSeriesEngine } from './series.js';

const gzip = promisify(gzipCallback);

export const DEFAULT_SEED = 20250701;
export const DEFAULT_TOKEN = 'demo-token';
const GZIP_MIN_BYTES = 1024;
const MAX_BODY_BYTES = 64 * 1024;

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  seed?: number;
  token?: string;
  catalog: Catalog;
  /** Folder with dak-lak-communes.json/.geojson and dak-lak-province.geojson; generated when absent. */
  geoDir?: string;
  now?: () => Date;
  /** Enables `GET/POST /__sim/faults` and `/__sim/breaches` (tests and demos only). */
  allowFaultControl?: boolean;
  /** Initial faults. */
  faults?: FaultsPatch;
}

export interface Simulator {
  url: string;
  port: number;
  /** Where the geography came from, and why files were not used when asked for. */
  geography: { source: 'files' | 'generated'; reason?: string };
  close(): Promise<void>;
  setFaults(patch: FaultsPatch): void;
  /** Republishes the KPI's latest completed period in breach (see pushed-breaches.ts); throws when it cannot. */
  pushBreach(push: BreachPush): PushedBreach;
  /** Publishes corrections that end the pushed breaches (of one KPI, or all); returns how many. */
  resolveBreaches(kpiId?: string): number;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('request body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const seed = options.seed ?? DEFAULT_SEED;
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? (() => new Date());
  const geography = await loadGeography(options.geoDir);
  const engine = createSeriesEngine(options.catalog, geography.communes, seed);
  let faults: Faults = applyFaults(NO_FAULTS, options.faults ?? {});
  const api = createApi({
    catalog: options.catalog,
    engine,
    geography,
    seed,
    token: options.token ?? DEFAULT_TOKEN,
    now: () => now().getTime(),
    faults: () => faults,
  });
  const gzipCache = new Map<string, Buffer>();
  const breaches = breachControl(engine, () => now().getTime());

  async function send(req: IncomingMessage, res: ServerResponse, answer: ApiResponse): Promise<void> {
    let body: Buffer = Buffer.from(answer.json, 'utf8');
    const headers: Record<string, string | number> = {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
      ...answer.headers,
    };
    if (body.length >= GZIP_MIN_BYTES && /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) {
      const cached = answer.cacheKey ? gzipCache.get(answer.cacheKey) : undefined;
      body = cached ?? (await gzip(body, { level: zlibConstants.Z_BEST_SPEED }));
      if (answer.cacheKey && !cached) gzipCache.set(answer.cacheKey, body);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(answer.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function faultControl(req: IncomingMessage): Promise<ApiResponse> {
    if (req.method === 'POST') {
      let patch: unknown;
      try {
        patch = JSON.parse((await readBody(req)) || '{}');
      } catch (error) {
        return errorResponse(400, 'bad-request', `body must be JSON: ${(error as Error).message}`);
      }
      const parsed = faultsPatchSchema.safeParse(patch);
      if (!parsed.success) return errorResponse(400, 'bad-request', `faults: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`);
      faults = applyFaults(faults, parsed.data);
    } else if (req.method !== 'GET') {
      return errorResponse(405, 'method-not-allowed', `${req.method} is not allowed`, { Allow: 'GET, POST' });
    }
    return { status: 200, json: JSON.stringify(faults) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    if (options.allowFaultControl && url.pathname === '/__sim/faults') return send(req, res, await faultControl(req));
    if (options.allowFaultControl && url.pathname === '/__sim/breaches') return send(req, res, await breaches(req, await readBody(req).catch(() => '')));
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (faults.down) {
      return send(req, res, errorResponse(503, 'unavailable', 'the data-sharing service is temporarily unavailable', { 'Retry-After': '5' }));
    }
    await send(req, res, api({ method: req.method ?? 'GET', url, authorization: req.headers.authorization }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) void send(req, res, errorResponse(500, 'internal', (error as Error).message)).catch(() => res.destroy());
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}/`,
    port,
    geography: { source: geography.source, ...(geography.reason ? { reason: geography.reason } : {}) },
    setFaults: (patch) => {
      faults = applyFaults(faults, faultsPatchSchema.parse(patch));
    },
    pushBreach: (push) => breaches.push(push),
    resolveBreaches: (kpiId) => engine.pushed.resolve(now().getTime(), kpiId),
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })),
  };
}
