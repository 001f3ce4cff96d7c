// Open311 GeoReport v2 (JSON) as a ResourceGroup under /open311/v2: services, service definitions, requests
// with start_date/end_date/status/service_code/service_request_id, one request, and our update extension
// (POST requests/{id}/updates.json with an Idempotency-Key: applied once per key, replays answered the same).
import { createHash, timingSafeEqual } from 'node:crypto';
import { formatLocal, parseInstant } from '../../shared/model/period-math.js';
import type { ApiContext, ApiRequest, ApiResponse, ResourceGroup } from './api.js';
import { duplicateItems } from './faults.js';
import { indexOfId, indexRange, requestTime, SERVICES, simRequest, type SimRequest } from './open311-data.js';

export const OPEN311_PREFIX = '/open311/v2';
export const DEFAULT_OPEN311_KEY = 'demo-open311-key';
export const MAX_RESULTS = 1000;
const DAY = 86_400_000;

interface AppliedUpdate {
  key: string;
  bodyHash: string;
  requestId: string;
  kind: string;
  status: 'open' | 'closed' | null;
  statusNotes: string | null;
  updateId: string;
  at: number;
  replays: number;
}

const logs = new WeakMap<ApiContext, Map<string, AppliedUpdate>>();
const logOf = (ctx: ApiContext) => logs.get(ctx) ?? (logs.set(ctx, new Map()), logs.get(ctx)!);

/** Every update applied, with how many times its key was replayed (for tests: each key is applied once). */
export function open311UpdateLog(ctx: ApiContext): AppliedUpdate[] {
  return [...logOf(ctx).values()];
}

const errors = (status: number, description: string): ApiResponse => ({ status, json: JSON.stringify([{ code: status, description }]) });
const ok = (body: unknown, status = 200, headers?: Record<string, string>): ApiResponse => ({ status, json: JSON.stringify(body), ...(headers ? { headers } : {}) });

/** A request with the updates the console posted applied on top. */
function withUpdates(ctx: ApiContext, r: SimRequest): SimRequest {
  const applied = [...logOf(ctx).values()].filter((u) => u.requestId === r.service_request_id && u.status !== null);
  const last = applied[applied.length - 1];
  if (!last) return r;
  return { ...r, status: last.status!, status_notes: last.statusNotes ?? r.status_notes, updated_datetime: formatLocal(Math.floor(last.at / 1000) * 1000) };
}

/** About one request in seven is broken, always the same ones in the same way, wherever they appear. */
function damage(r: Record<string, unknown>): Record<string, unknown> {
  const index = Number(r.index);
  if (index % 7 !== 0) return r;
  const broken: Record<string, unknown> = { ...r };
  if (index % 3 === 0) delete broken.service_code;
  else if (index % 3 === 1) broken.lat = 'không rõ';
  else broken.requested_datetime = 'hôm qua';
  return broken;
}

/** How some real servers answer: wrapped, coordinates as text, "lon", capitalised statuses, +0700 offsets. */
function variant(r: Record<string, unknown>): Record<string, unknown> {
  const { long, ...rest } = r;
  const time = (t: unknown) => (typeof t === 'string' ? t.replace(/\+07:00$/, '+0700') : t);
  return {
    ...rest,
    lon: String(long),
    lat: String(r.lat),
    status: String(r.status).replace(/^./, (c) => c.toUpperCase()),
    requested_datetime: time(r.requested_datetime),
    updated_datetime: time(r.updated_datetime),
  };
}

function render(ctx: ApiContext, list: SimRequest[]): ApiResponse {
  const f = ctx.faults().sources.open311;
  let items: Record<string, unknown>[] = list.map((r) => withUpdates(ctx, r) as unknown as Record<string, unknown>);
  if (f.invalidRecords) items = items.map(damage);
  if (f.outOfOrder) {
    items = items.flatMap((r, i) =>
      i % 6 === 0 ? [r, { ...r, status: 'open', status_notes: null, updated_datetime: formatLocal(Date.parse(String(r.updated_datetime)) - 2 * 3_600_000) }] : [r],
    );
  }
  if (f.duplicates) items = duplicateItems(items);
  // The index is the simulator's own bookkeeping, not part of the answer.
  items = items.map(({ index: _index, ...rest }) => rest);
  if (f.variant) return ok({ service_requests: items.map(variant) });
  return ok(items);
}

function dateParam(params: URLSearchParams, name: string): number | null | 'bad' {
  const text = params.get(name);
  if (!text) return null;
  return parseInstant(text) ?? 'bad';
}

function listRequests(ctx: ApiContext, params: URLSearchParams): ApiResponse {
  const nowMs = ctx.now();
  const communes = ctx.geography.communes;
  const ids = params.get('service_request_id');
  if (ids) {
    const found = ids
      .split(',')
      .map((id) => indexOfId(id.trim()))
      .filter((i): i is number => i !== null)
      .map((i) => simRequest(ctx.seed, communes, i, nowMs))
      .filter((r): r is SimRequest => r !== null);
    return render(ctx, found);
  }
  const start = dateParam(params, 'start_date');
  const end = dateParam(params, 'end_date');
  if (start === 'bad' || end === 'bad') return errors(400, `${start === 'bad' ? 'start_date' : 'end_date'} must be a w3c date-time, e.g. 2026-12-01T00:00:00+07:00`);
  const to = Math.min(end ?? nowMs, nowMs);
  const from = start ?? to - 90 * DAY;
  const status = params.get('status');
  if (status && status !== 'open' && status !== 'closed') return errors(400, 'status must be open or closed');
  const code = params.get('service_code');
  const [first, last] = indexRange(from, to);
  const out: SimRequest[] = [];
  // Most recent first, at most MAX_RESULTS, as most GeoReport servers answer.
  for (let i = last; i >= first && out.length < MAX_RESULTS; i--) {
    const t = requestTime(ctx.seed, i);
    if (t < from || t >= to) continue;
    const r = simRequest(ctx.seed, communes, i, nowMs);
    if (!r) continue;
    const current = withUpdates(ctx, r);
    if (status && current.status !== status) continue;
    if (code && r.service_code !== code) continue;
    out.push(r);
  }
  return render(ctx, out);
}

function checkKey(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function postUpdate(ctx: ApiContext, req: ApiRequest, id: string): ApiResponse {
  const form = new URLSearchParams(req.body ?? '');
  if (!checkKey(form.get('api_key') ?? undefined, ctx.open311ApiKey ?? DEFAULT_OPEN311_KEY)) return errors(403, 'api_key is missing or not valid');
  const key = req.headers?.['idempotency-key'];
  if (!key || key.length > 200) return errors(400, 'the Idempotency-Key header is required (at most 200 characters)');
  const bodyHash = createHash('sha256').update([...form.entries()].filter(([k]) => k !== 'api_key').sort().join('&')).digest('hex');
  const log = logOf(ctx);
  const seen = log.get(key);
  if (seen) {
    if (seen.bodyHash !== bodyHash) return errors(422, 'this Idempotency-Key was already used for a different update');
    seen.replays++;
    return ok([{ service_request_id: seen.requestId, update_id: seen.updateId, status: seen.status }], 200, { 'Idempotent-Replayed': 'true' });
  }
  const index = indexOfId(id);
  const request = index === null ? null : simRequest(ctx.seed, ctx.geography.communes, index, ctx.now());
  if (!request) return errors(404, `no service request ${id}`);
  const kind = form.get('kind') ?? 'status';
  const status = form.get('status');
  if (!['status', 'comment', 'acknowledgement'].includes(kind)) return errors(400, 'kind must be status, comment or acknowledgement');
  if (kind === 'status' && status !== 'open' && status !== 'closed') return errors(400, 'status must be open or closed');
  if (kind === 'comment' && !form.get('comment')) return errors(400, 'comment is required');
  const update: AppliedUpdate = {
    key,
    bodyHash,
    requestId: id,
    kind,
    status: kind === 'status' ? (status as 'open' | 'closed') : kind === 'acknowledgement' ? withUpdates(ctx, request).status : null,
    statusNotes: form.get('status_notes'),
    updateId: `U-${log.size + 1}`,
    at: ctx.now(),
    replays: 0,
  };
  log.set(key, update);
  return ok([{ service_request_id: id, update_id: update.updateId, status: update.status ?? withUpdates(ctx, request).status, updated_datetime: formatLocal(Math.floor(update.at / 1000) * 1000) }], 201);
}

function servicesList(): unknown[] {
  return SERVICES.map((s) => ({
    service_code: s.code,
    service_name: s.name,
    description: s.description,
    metadata: s.code === 'ha-tang-giao-thong' || s.code === 'rac-thai',
    type: 'realtime',
    keywords: s.name.toLowerCase(),
    group: 'Phản ánh hiện trường',
  }));
}

function definition(code: string): unknown {
  const attributes =
    code === 'ha-tang-giao-thong'
      ? [{ variable: true, code: 'muc-do', datatype: 'singlevaluelist', required: true, datatype_description: null, order: 1, description: 'Mức độ hư hỏng', values: [{ key: 'nhe', name: 'Nhẹ' }, { key: 'nang', name: 'Nặng, nguy hiểm' }] }]
      : [{ variable: true, code: 'khoi-luong', datatype: 'number', required: false, datatype_description: 'Ước tính, m³', order: 1, description: 'Khối lượng rác', values: null }];
  return { service_code: code, attributes };
}

export const open311Api: ResourceGroup = (ctx, req) => {
  const path = req.url.pathname.replace(/\/+$/, '');
  if (!path.startsWith(`${OPEN311_PREFIX}/`)) return undefined;
  const rest = path.slice(OPEN311_PREFIX.length);
  const update = /^\/requests\/([^/]+)\/updates\.json$/.exec(rest);
  if (update) return req.method === 'POST' ? postUpdate(ctx, req, decodeURIComponent(update[1]!)) : errors(405, 'use POST to send an update');
  if (req.method !== 'GET' && req.method !== 'HEAD') return errors(405, `${req.method} is not served here`);
  if (/\.xml$/.test(rest)) return errors(400, 'this server answers in JSON only; use .json');
  if (rest === '/discovery.json') return ok({ changeset: '2025-07-01', contact: 'IOC Đắk Lắk', endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: OPEN311_PREFIX, formats: ['application/json'], type: 'production' }] });
  if (rest === '/services.json') return ok(servicesList());
  const service = /^\/services\/([^/]+)\.json$/.exec(rest);
  if (service) {
    const code = decodeURIComponent(service[1]!);
    return SERVICES.some((s) => s.code === code) ? ok(definition(code)) : errors(404, `no service ${code}`);
  }
  if (rest === '/requests.json') return listRequests(ctx, req.url.searchParams);
  const one = /^\/requests\/([^/]+)\.json$/.exec(rest);
  if (one) {
    const index = indexOfId(decodeURIComponent(one[1]!));
    const r = index === null ? null : simRequest(ctx.seed, ctx.geography.communes, index, ctx.now());
    return r ? render(ctx, [r]) : errors(404, `no service request ${one[1]}`);
  }
  return errors(404, `no such resource: ${req.url.pathname}`);
};
