// `GET /api/v1/field-reports`: the province's field-report feed, in the style of the observations —
// bearer auth, `since` (updated-since, exclusive), `from` (reported since; default 60 days back), paging with
// an opaque token that freezes the query and the clock.
import { formatLocal, parseInstant, DAY_MS } from '../../shared/model/period-math.js';
import { badRequest, checkAuth, HttpError, ok, type ApiContext, type ApiRequest, type ApiResponse } from './api.js';
import { createFieldReportFeed, UPDATE_LAG_MAX_MS, type FieldReportFeed } from './field-report-feed.js';
import { hashString } from './random.js';

export const FIELD_REPORT_PATH = '/api/v1/field-reports';
export const FIELD_REPORT_DEFAULT_LIMIT = 500;
export const FIELD_REPORT_MAX_LIMIT = 2000;
const DEFAULT_WINDOW_MS = 60 * DAY_MS;

const feeds = new WeakMap<ApiContext, FieldReportFeed>();

interface FeedQuery {
  fromMs: number;
  sinceMs: number | null;
  nowMs: number;
  offset: number;
}

function encodeToken(q: FeedQuery): string {
  const body = JSON.stringify([1, q.fromMs, q.sinceMs, q.nowMs, q.offset]);
  return Buffer.from(`${body}~${hashString(body, 0xf1).toString(36)}`).toString('base64url');
}

function decodeToken(token: string): FeedQuery | null {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const cut = text.lastIndexOf('~');
  if (cut < 0 || hashString(text.slice(0, cut), 0xf1).toString(36) !== text.slice(cut + 1)) return null;
  const [version, fromMs, sinceMs, nowMs, offset] = JSON.parse(text.slice(0, cut)) as unknown[];
  if (version !== 1 || typeof fromMs !== 'number' || typeof nowMs !== 'number' || typeof offset !== 'number') return null;
  if (sinceMs !== null && typeof sinceMs !== 'number') return null;
  return { fromMs, sinceMs: sinceMs as number | null, nowMs, offset };
}

function instant(params: URLSearchParams, name: string): number | null {
  const text = params.get(name);
  if (!text) return null;
  const ms = parseInstant(text);
  if (ms === null) throw badRequest(`${name} must be an ISO 8601 date-time such as 2026-01-01T00:00:00+07:00, got "${text}"`);
  return ms;
}

function limitOf(params: URLSearchParams): number {
  const text = params.get('limit');
  if (!text) return FIELD_REPORT_DEFAULT_LIMIT;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > FIELD_REPORT_MAX_LIMIT) throw badRequest(`limit must be an integer from 1 to ${FIELD_REPORT_MAX_LIMIT}, got "${text}"`);
  return n;
}

export function fieldReportFeed(ctx: ApiContext, req: ApiRequest): ApiResponse | undefined {
  const path = req.url.pathname.replace(/\/+$/, '');
  if (path !== FIELD_REPORT_PATH) return undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method-not-allowed', `${req.method} is not allowed; this API is read-only`, { Allow: 'GET, HEAD' });
  checkAuth(ctx, req.authorization);
  const params = req.url.searchParams;
  const limit = limitOf(params);
  const token = params.get('page_token');
  let q: FeedQuery;
  if (token) {
    const decoded = decodeToken(token);
    if (!decoded) throw badRequest('page_token is not a token issued by this service');
    q = decoded;
  } else {
    const nowMs = ctx.now();
    q = { fromMs: instant(params, 'from') ?? nowMs - DEFAULT_WINDOW_MS, sinceMs: instant(params, 'since'), nowMs, offset: 0 };
  }
  let feed = feeds.get(ctx);
  if (!feed) feeds.set(ctx, (feed = createFieldReportFeed(ctx.geography, ctx.seed)));
  // A report updated after `since` was reported at most the update lag before it.
  const fromMs = q.sinceMs === null ? q.fromMs : Math.max(q.fromMs, q.sinceMs - UPDATE_LAG_MAX_MS);
  const sinceText = q.sinceMs === null ? null : formatLocal(q.sinceMs);
  const all = feed.between(fromMs, q.nowMs + 1, q.nowMs).filter((r) => sinceText === null || r.updated_at > sinceText);
  const items = all.slice(q.offset, q.offset + limit);
  const more = q.offset + limit < all.length;
  return ok({ items, next_page_token: more ? encodeToken({ ...q, offset: q.offset + limit }) : null, as_of: formatLocal(q.nowMs) });
}
