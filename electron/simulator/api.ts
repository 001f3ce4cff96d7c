// The simulator's REST API as a pure function of a request: routing, bearer auth, parameter checks.
// Transport concerns (sockets, gzip, latency, "down") live in server.ts.
import { timingSafeEqual } from 'node:crypto';
import type { Catalog } from '../../shared/catalog/schema.js';
import { allKpis, findKpi } from '../../shared/catalog/load.js';
import { capApi } from './cap.js';
import { corruptItems, duplicateItems, type Faults } from './faults.js';
import { open311Api } from './open311.js';
import type { Geography } from './geo-types.js';
import { fieldReportFeed } from './field-reports.js';
import { decodePageToken, encodePageToken, listObservations, type ObservationItem, type ObservationQuery } from './observations.js';
import { mapFeeds } from './places.js';
import { hashString } from './random.js';
import { defaultFrom, formatLocal, parseInstant } from '../../shared/model/period-math.js';
import type { Dim, SeriesEngine } from './series.js';

export interface ApiContext {
  catalog: Catalog;
  engine: SeriesEngine;
  geography: Geography;
  seed: number;
  token: string;
  /** Key Open311 clients send as api_key with their updates (DEFAULT_OPEN311_KEY when absent). */
  open311ApiKey?: string;
  now(): number;
  faults(): Faults;
}

export interface ApiRequest {
  method: string;
  url: URL;
  authorization: string | undefined;
  /** Lower-case header names. */
  headers?: Record<string, string | undefined>;
  /** The request body (POST), as text. */
  body?: string;
}

export interface ApiResponse {
  status: number;
  /** The text of the body: JSON unless `contentType` says otherwise. */
  json: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Set when the body never changes: the server may keep its compressed form. */
  cacheKey?: string;
}

export const DEFAULT_LIMIT = 5000;
export const MAX_LIMIT = 10_000;
const DIMS: readonly Dim[] = ['total', 'commune', 'agency', 'category'];
const PREFIX = '/api/v1';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, 'bad-request', message);

export function errorResponse(status: number, code: string, message: string, headers?: Record<string, string>): ApiResponse {
  return { status, json: JSON.stringify({ error: { code, message } }), ...(headers ? { headers } : {}) };
}

export const ok = (body: unknown): ApiResponse => ({ status: 200, json: JSON.stringify(body) });

const staticBodies = new WeakMap<ApiContext, Map<string, string>>();

/** A strong validator of a body: clients send it back in If-None-Match. */
export const etagOf = (text: string) => `"${hashString(text, 0xe7a9).toString(36)}-${text.length.toString(36)}"`;

/** 304 when the client already holds this version of the body. */
export function conditional(req: ApiRequest, answer: ApiResponse): ApiResponse {
  const etag = etagOf(answer.json);
  const held = req.headers?.['if-none-match'];
  if (held && held.split(',').some((t) => t.trim() === etag)) return { status: 304, json: '', headers: { ETag: etag } };
  return { ...answer, headers: { ...answer.headers, ETag: etag } };
}

/** A body that never changes for this server: serialised once, served with its ETag. */
function fixed(ctx: ApiContext, req: ApiRequest, cacheKey: string, body: () => unknown): ApiResponse {
  let bodies = staticBodies.get(ctx);
  if (!bodies) staticBodies.set(ctx, (bodies = new Map()));
  let json = bodies.get(cacheKey);
  if (json === undefined) bodies.set(cacheKey, (json = JSON.stringify(body())));
  return conditional(req, { status: 200, json, cacheKey });
}

/** An older version of every tenth item, sent after it: a client must keep the newer one. */
function withStaleVersions(items: ObservationItem[]): Array<ObservationItem> {
  const out: ObservationItem[] = [];
  items.forEach((item, i) => {
    out.push(item);
    if (i % 10 === 0) {
      const older = formatLocal(Date.parse(item.updated_at) - 3_600_000);
      out.push({ ...item, value: item.value + 1, version: Math.max(0, item.version - 1), updated_at: older });
    }
  });
  return out;
}

export function checkAuth(ctx: ApiContext, header: string | undefined): void {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const given = Buffer.from(match?.[1] ?? '');
  const expected = Buffer.from(ctx.token);
  if (!match || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new HttpError(401, 'unauthorized', match ? 'the bearer token is not valid' : 'missing "Authorization: Bearer <token>" header', {
      'WWW-Authenticate': 'Bearer realm="lgsp-simulator"',
    });
  }
}

function instantParam(params: URLSearchParams, name: string): number | null {
  const text = params.get(name);
  if (text === null || text === '') return null;
  const ms = parseInstant(text);
  if (ms === null) throw badRequest(`${name} must be an ISO 8601 date-time such as 2026-01-01T00:00:00+07:00, got "${text}"`);
  return ms;
}

function limitParam(params: URLSearchParams): number {
  const text = params.get('limit');
  if (text === null || text === '') return DEFAULT_LIMIT;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_LIMIT) throw badRequest(`limit must be an integer from 1 to ${MAX_LIMIT}, got "${text}"`);
  return n;
}

function observations(ctx: ApiContext, kpiId: string, params: URLSearchParams): ApiResponse {
  const found = findKpi(ctx.catalog, kpiId);
  const model = ctx.engine.model(kpiId);
  if (!found || !model) throw new HttpError(404, 'not-found', `unknown KPI "${kpiId}"`);
  const { kpi } = found;
  const dimText = params.get('dim') || 'total';
  if (!DIMS.includes(dimText as Dim)) throw badRequest(`dim must be one of ${DIMS.join(', ')}, got "${dimText}"`);
  const dim = dimText as Dim;
  if (dim !== 'total' && !kpi.breakdowns.includes(dim)) {
    throw badRequest(`dim "${dim}" is not available for ${kpiId}; it has: total${kpi.breakdowns.map((b) => `, ${b}`).join('')}`);
  }
  const limit = limitParam(params);
  const fromMs = instantParam(params, 'from');
  const sinceMs = instantParam(params, 'since');
  const tokenText = params.get('page_token');
  let query: ObservationQuery;
  if (tokenText) {
    const decoded = decodePageToken(tokenText);
    if (!decoded) throw badRequest('page_token is not a token issued by this service');
    if (decoded.kpiId !== kpiId || decoded.dim !== dim) throw badRequest('page_token belongs to another KPI or dim');
    if ((fromMs !== null && fromMs !== decoded.fromMs) || (sinceMs !== null && sinceMs !== decoded.sinceMs)) {
      throw badRequest('page_token was issued for other from/since values');
    }
    query = decoded;
  } else {
    const nowMs = ctx.now();
    query = { kpiId, dim, fromMs: fromMs ?? defaultFrom(kpi.period, nowMs), sinceMs, nowMs, at: null };
  }
  const page = listObservations(ctx.engine, model, query, limit);
  const faults = ctx.faults();
  const own = faults.sources.provincial;
  let items: unknown[] = page.items;
  if (own.outOfOrder) items = withStaleVersions(page.items);
  if (own.duplicates) items = duplicateItems(items);
  if (faults.corrupt.includes(kpiId) || own.invalidRecords) items = corruptItems(kpiId, items as object[]);
  return ok({
    kpiId,
    agency: kpi.agency,
    dim,
    items,
    next_page_token: page.next ? encodePageToken(page.next) : null,
    as_of: formatLocal(query.nowMs),
  });
}

/** The province's data-sharing API (`/api/v1`): bearer auth, read-only. */
function provincialApi(ctx: ApiContext, req: ApiRequest): ApiResponse | undefined {
  const path = req.url.pathname.replace(/\/+$/, '') || '/';
  if (!path.startsWith(`${PREFIX}/`)) return undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new HttpError(405, 'method-not-allowed', `${req.method} is not allowed; this API is read-only`, { Allow: 'GET, HEAD' });
  }
  if (path === `${PREFIX}/health`) return ok({ status: 'ok', now: formatLocal(ctx.now()), seed: ctx.seed });
  checkAuth(ctx, req.authorization);
  const rest = path.slice(PREFIX.length);
  if (rest === '/kpis') {
    return fixed(ctx, req, 'kpis', () => ({ items: allKpis(ctx.catalog).map((k) => ({ id: k.id, period: k.period, agency: k.agency, breakdowns: k.breakdowns })) }));
  }
  const obs = /^\/kpis\/([^/]+)\/observations$/.exec(rest);
  if (obs) {
    let kpiId: string;
    try {
      kpiId = decodeURIComponent(obs[1]!);
    } catch {
      throw badRequest('the KPI id in the path is not valid URL encoding');
    }
    return observations(ctx, kpiId, req.url.searchParams);
  }
  const geo = ctx.geography;
  if (rest === '/geo/communes') return fixed(ctx, req, 'geo/communes', () => ({ items: geo.communes, source: geo.source }));
  if (rest === '/geo/communes.geojson') return fixed(ctx, req, 'geo/communes.geojson', () => geo.communesGeoJson);
  if (rest === '/geo/province.geojson') return fixed(ctx, req, 'geo/province.geojson', () => geo.provinceGeoJson);
  throw new HttpError(404, 'not-found', `no such resource: ${req.url.pathname}`);
}

/**
 * A group of resources of the simulated upstream (the provincial API, Open311, CAP …): answers the requests
 * it owns and returns undefined for the others. A new upstream service adds its group to RESOURCES.
 */
export type ResourceGroup = (ctx: ApiContext, req: ApiRequest) => ApiResponse | undefined;

// provincialApi answers every path under /api/v1 (404 for the unknown ones): groups under /api/v1 come before it.
const RESOURCES: readonly ResourceGroup[] = [mapFeeds, fieldReportFeed, provincialApi, open311Api, capApi];

function route(ctx: ApiContext, req: ApiRequest): ApiResponse {
  for (const group of RESOURCES) {
    const answer = group(ctx, req);
    if (answer) return answer;
  }
  throw new HttpError(404, 'not-found', `no such resource: ${req.url.pathname}`);
}

/** Answers one API request; never throws. */
export function createApi(ctx: ApiContext): (req: ApiRequest) => ApiResponse {
  return (req) => {
    try {
      return route(ctx, req);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message, error.headers);
      return errorResponse(500, 'internal', (error as Error).message);
    }
  };
}
