// The map feeds of the simulated upstream (`/api/v1/map/...`): the points of each map layer, seeded and
// inside the right commune, served incrementally (updated-since) and paged. Bearer auth like the rest.
import { MAP_LAYERS } from '../../shared/map/layers.js';
import { formatLocal } from '../../shared/model/period-math.js';
import { badRequest, checkAuth, HttpError, ok, type ApiContext, type ApiRequest, type ApiResponse } from './api.js';
import { createCameras, createFieldReports, createStations, createTrafficIncidents, DEFAULT_LIVE } from './place-live.js';
import { PlaceSampler } from './place-sampler.js';
import { healthFacilities, schools, touristSites } from './place-static.js';
import type { Feed, FeedRecord } from './place-types.js';
import { hashString } from './random.js';

export const FEED_DEFAULT_LIMIT = 5000;
export const FEED_MAX_LIMIT = 10_000;
const PREFIX = '/api/v1/map';

/** Every layer's feed for one simulator (built once: positions are sampled at start). */
export function createFeeds(ctx: Pick<ApiContext, 'geography' | 'seed'>, live = DEFAULT_LIVE): Map<string, Feed> {
  const sampler = new PlaceSampler(ctx.geography);
  const fixed = (records: FeedRecord[]): Feed => () => records;
  const feeds: Record<string, Feed> = {
    'field-reports': createFieldReports(sampler, ctx.seed, live.fieldReports),
    cameras: createCameras(sampler, ctx.seed, live.cameras),
    'environment-stations': createStations(sampler, ctx.seed, live.stations),
    'health-facilities': fixed(healthFacilities(sampler, ctx.seed)),
    schools: fixed(schools(sampler, ctx.seed)),
    'tourist-sites': fixed(touristSites(sampler, ctx.seed)),
    'traffic-incidents': createTrafficIncidents(sampler, ctx.seed),
  };
  return new Map(MAP_LAYERS.map((layer) => [layer.key, feeds[layer.key]!]));
}

const feedsOf = new WeakMap<ApiContext, Map<string, Feed>>();

function feeds(ctx: ApiContext): Map<string, Feed> {
  let found = feedsOf.get(ctx);
  if (!found) feedsOf.set(ctx, (found = createFeeds(ctx)));
  return found;
}

interface FeedQuery {
  layer: string;
  sinceMs: number | null;
  nowMs: number;
  offset: number;
}

function encodeToken(q: FeedQuery): string {
  const body = JSON.stringify([1, q.layer, q.sinceMs, q.nowMs, q.offset]);
  return Buffer.from(`${body}~${hashString(body, 0x3a9).toString(36)}`).toString('base64url');
}

function decodeToken(token: string): FeedQuery | null {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const cut = text.lastIndexOf('~');
  if (cut < 0 || hashString(text.slice(0, cut), 0x3a9).toString(36) !== text.slice(cut + 1)) return null;
  try {
    const [v, layer, sinceMs, nowMs, offset] = JSON.parse(text.slice(0, cut)) as unknown[];
    if (v !== 1 || typeof layer !== 'string' || typeof nowMs !== 'number' || typeof offset !== 'number') return null;
    return { layer, sinceMs: typeof sinceMs === 'number' ? sinceMs : null, nowMs, offset };
  } catch {
    return null;
  }
}

function queryOf(ctx: ApiContext, layer: string, params: URLSearchParams): { query: FeedQuery; limit: number } {
  const limitText = params.get('limit');
  const limit = limitText ? Number(limitText) : FEED_DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > FEED_MAX_LIMIT) throw badRequest(`limit must be an integer from 1 to ${FEED_MAX_LIMIT}, got "${limitText}"`);
  const token = params.get('page_token');
  if (token) {
    const query = decodeToken(token);
    if (!query || query.layer !== layer) throw badRequest('page_token is not a token issued by this service for this layer');
    return { query, limit };
  }
  const sinceText = params.get('since');
  const sinceMs = sinceText ? Date.parse(sinceText) : null;
  if (sinceText && (!/^\d{4}-\d\d-\d\dT/.test(sinceText) || !Number.isFinite(sinceMs))) {
    throw badRequest(`since must be an ISO 8601 date-time such as 2026-01-01T00:00:00+07:00, got "${sinceText}"`);
  }
  return { query: { layer, sinceMs, nowMs: ctx.now(), offset: 0 }, limit };
}

function featurePage(ctx: ApiContext, layer: string, params: URLSearchParams): ApiResponse {
  const feed = feeds(ctx).get(layer);
  const declared = MAP_LAYERS.find((l) => l.key === layer);
  if (!feed || !declared) throw new HttpError(404, 'not-found', `unknown map layer "${layer}"; known: ${MAP_LAYERS.map((l) => l.key).join(', ')}`);
  const { query, limit } = queryOf(ctx, layer, params);
  const all = feed(query.nowMs)
    .filter((r) => query.sinceMs === null || Date.parse(r.updated_at) > query.sinceMs)
    .sort((a, b) => (a.updated_at < b.updated_at ? -1 : a.updated_at > b.updated_at ? 1 : a.id < b.id ? -1 : 1));
  const items = all.slice(query.offset, query.offset + limit);
  const more = query.offset + limit < all.length;
  return ok({
    layer,
    agency: declared.agency,
    items,
    next_page_token: more ? encodeToken({ ...query, offset: query.offset + limit }) : null,
    as_of: formatLocal(query.nowMs),
  });
}

/** `/api/v1/map/layers` and `/api/v1/map/layers/{layer}/features`. */
export function mapFeeds(ctx: ApiContext, req: ApiRequest): ApiResponse | undefined {
  const path = req.url.pathname.replace(/\/+$/, '');
  if (!path.startsWith(`${PREFIX}/`)) return undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new HttpError(405, 'method-not-allowed', `${req.method} is not allowed; this API is read-only`, { Allow: 'GET, HEAD' });
  }
  checkAuth(ctx, req.authorization);
  const rest = path.slice(PREFIX.length);
  if (rest === '/layers') {
    const nowMs = ctx.now();
    return ok({ items: MAP_LAYERS.map((l) => ({ key: l.key, agency: l.agency, count: feeds(ctx).get(l.key)!(nowMs).filter((r) => !r.deleted).length })) });
  }
  const match = /^\/layers\/([a-z0-9-]+)\/features$/.exec(rest);
  if (match) return featurePage(ctx, match[1]!, req.url.searchParams);
  throw new HttpError(404, 'not-found', `no such resource: ${req.url.pathname}`);
}
