// The upstream simulator as an HTTP service on loopback: node:http, gzip when accepted, fault injection.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { gzip as gzipCallback, constants as zlibConstants } from 'node:zlib';
import type { Catalog } from '../../shared/catalog/schema.js';
import { createApi, errorResponse, type ApiContext, type ApiResponse } from './api.js';
import { NO_FAULTS, applyFaults, faultsFor, faultsPatchSchema, groupOf, type Faults, type FaultsPatch, type SourceFaults } from './faults.js';
import { open311UpdateLog } from './open311.js';
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
  /** api_key Open311 clients must send with updates (DEFAULT_OPEN311_KEY by default). */
  open311ApiKey?: string;
  catalog: Catalog;
  /** Folder with dak-lak-communes.json/.geojson and dak-lak-province.geojson; generated when absent. */
  geoDir?: string;
  now?: () => Date;
  /** Enables `GET/POST /__sim/faults`, `GET /__sim/open311/updates` and `/__sim/breaches` (tests and demos only). */
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
  /** The Open311 updates applied, with how often each key was replayed. */
  open311Updates(): ReturnType<typeof open311UpdateLog>;
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
  const ctx: ApiContext = {
    catalog: options.catalog,
    engine,
    geography,
    seed,
    token: options.token ?? DEFAULT_TOKEN,
    ...(options.open311ApiKey ? { open311ApiKey: options.open311ApiKey } : {}),
    now: () => now().getTime(),
    faults: () => faults,
  };
  const api = createApi(ctx);
  const gzipCache = new Map<string, Buffer>();
  const breaches = breachControl(engine, () => now().getTime());

  async function send(req: IncomingMessage, res: ServerResponse, answer: ApiResponse, fault: SourceFaults | null = null): Promise<void> {
    let text = answer.json;
    if (fault?.malformed && text.length > 2) text = text.slice(0, Math.floor(text.length / 2));
    if (fault && fault.oversizedBytes > text.length) text += ' '.repeat(fault.oversizedBytes - text.length);
    let body: Buffer = Buffer.from(text, 'utf8');
    const headers: Record<string, string | number> = {
      'Content-Type': answer.contentType ?? 'application/json; charset=utf-8',
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
    if (fault?.drop && body.length > 1 && req.method !== 'HEAD') {
      // Half the answer, then the connection is cut.
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
      return;
    }
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
    if (options.allowFaultControl && url.pathname === '/__sim/open311/updates') return send(req, res, { status: 200, json: JSON.stringify(open311UpdateLog(ctx)) });
    const fault = faultsFor(faults, groupOf(url.pathname));
    if (fault.latencyMs > 0) await sleep(fault.latencyMs);
    if (fault.timeout) return; // accepted, never answered: the client's timeout has to act
    if (fault.down) {
      return send(req, res, errorResponse(503, 'unavailable', 'the data-sharing service is temporarily unavailable', { 'Retry-After': '5' }));
    }
    if (fault.status5xx !== null) return send(req, res, errorResponse(fault.status5xx, 'internal', `simulated server error ${fault.status5xx}`));
    const body = req.method === 'POST' ? await readBody(req) : undefined;
    const headers: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    // A damaged body comes with a new validator, not as "not modified".
    if (fault.malformed || fault.oversizedBytes > 0) delete headers['if-none-match'];
    await send(req, res, api({ method: req.method ?? 'GET', url, authorization: req.headers.authorization, headers, ...(body !== undefined ? { body } : {}) }), fault);
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
    open311Updates: () => open311UpdateLog(ctx),
    pushBreach: (push) => breaches.push(push),
    resolveBreaches: (kpiId) => engine.pushed.resolve(now().getTime(), kpiId),
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })),
  };
}
