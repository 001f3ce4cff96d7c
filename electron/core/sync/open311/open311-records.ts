// Reads Open311 GeoReport v2 service requests as real servers send them (numbers as text, "lon" for "long",
// statuses in other words, times without offsets, other envelopes) into the console's InboundFieldReport,
// or says in plain words what could not be read.
import { inboundFieldReportSchema, reportChannelSchema, type InboundFieldReport } from '../../../../shared/model/field-report-inbound.js';
import { readOpen311Time } from './open311-time.js';

export type RequestReading = { ok: true; report: InboundFieldReport; variations: string[] } | { ok: false; reason: string };

const OPEN_WORDS = new Set(['open', 'opened', 'new', 'acknowledged', 'assigned', 'in_progress', 'in progress', 'inprogress', 'reopened', 'pending']);
const CLOSED_WORDS = new Set(['closed', 'resolved', 'completed', 'done', 'archived', 'rejected']);
const MAX_TEXT = 10_000;

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function coordinate(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function readStatus(value: unknown, variations: string[]): 'open' | 'closed' | null {
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (word === 'open' || word === 'closed') {
    if (value !== word) variations.push('statuses in capitals');
    return word;
  }
  if (OPEN_WORDS.has(word)) return variations.push(`status "${word}" read as open`), 'open';
  if (CLOSED_WORDS.has(word)) return variations.push(`status "${word}" read as closed`), 'closed';
  return null;
}

function mediaUrls(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((u): u is string => typeof u === 'string' && /^https?:\/\//i.test(u)).slice(0, 20);
}

function reporter(r: Record<string, unknown>): InboundFieldReport['reporter'] {
  const name = [text(r.first_name), text(r.last_name)].filter(Boolean).join(' ');
  const found = { name: name || undefined, phone: text(r.phone) ?? undefined, email: text(r.email) ?? undefined, accountId: text(r.account_id) ?? undefined };
  return Object.values(found).some((v) => v !== undefined) ? JSON.parse(JSON.stringify(found)) : null;
}

/** One service request → an InboundFieldReport, or the reason it cannot be one. */
export function readOpen311Request(raw: unknown): RequestReading {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, reason: 'a service request must be a JSON object' };
  const r = raw as Record<string, unknown>;
  const variations: string[] = [];
  const problems: string[] = [];
  const id = text(r.service_request_id);
  if (typeof r.service_request_id === 'number') variations.push('numeric service_request_id');
  if (!id) problems.push(r.token ? 'service_request_id: missing (the request has only a token, it is not accepted yet)' : 'service_request_id: missing');
  const serviceCode = text(r.service_code);
  if (!serviceCode) problems.push('service_code: missing');
  const status = readStatus(r.status, variations);
  if (!status) problems.push(`status: "${String(r.status ?? '')}" is neither open nor closed`);
  const requested = readOpen311Time(r.requested_datetime);
  if (!requested) problems.push(`requested_datetime: "${String(r.requested_datetime ?? '')}" is not a date-time`);
  else if (requested.variation) variations.push(requested.variation);
  let updated = readOpen311Time(r.updated_datetime);
  if (r.updated_datetime !== undefined && r.updated_datetime !== null && r.updated_datetime !== '' && !updated) {
    problems.push(`updated_datetime: "${String(r.updated_datetime)}" is not a date-time`);
  }
  else if (updated?.variation) variations.push(updated.variation);
  if (!updated && requested) {
    updated = requested;
    variations.push('no updated_datetime (requested_datetime used)');
  }
  const longitudeField = r.long !== undefined ? 'long' : r.lon !== undefined ? 'lon' : r.lng !== undefined ? 'lng' : 'long';
  if (longitudeField !== 'long') variations.push(`longitude as "${longitudeField}"`);
  const lat = coordinate(r.lat);
  const lon = coordinate(r[longitudeField]);
  if (typeof r.lat === 'string' || typeof r[longitudeField] === 'string') variations.push('coordinates as text');
  if (lat === undefined || (lat !== null && Math.abs(lat) > 90)) problems.push(`lat: "${String(r.lat)}" is not a latitude`);
  if (lon === undefined || (lon !== null && Math.abs(lon) > 180)) problems.push(`${longitudeField}: "${String(r[longitudeField])}" is not a longitude`);
  if ((lat === null) !== (lon === null) && lat !== undefined && lon !== undefined) problems.push('lat/long: only one of the two is given');
  let description = text(r.description) ?? '';
  if (description.length > MAX_TEXT) {
    description = description.slice(0, MAX_TEXT);
    variations.push('descriptions longer than 10,000 characters cut');
  }
  if (problems.length) return { ok: false, reason: problems.join('; ') };
  const channel = reportChannelSchema.safeParse(r.channel);
  const report = inboundFieldReportSchema.safeParse({
    externalId: id,
    category: serviceCode,
    description,
    lat: lat ?? null,
    lon: lon ?? null,
    address: text(r.address)?.slice(0, 1000) ?? null,
    communeCode: text(r.commune_code)?.slice(0, 20) ?? null,
    mediaUrls: mediaUrls(r.media_url),
    channel: channel.success ? channel.data : 'other',
    reportedAt: requested!.iso,
    updatedAt: updated!.iso,
    upstreamStatus: status,
    statusNotes: text(r.status_notes)?.slice(0, MAX_TEXT) ?? null,
    agencyResponsible: text(r.agency_responsible)?.slice(0, 300) ?? null,
    reporter: reporter(r),
  });
  if (!report.success) return { ok: false, reason: report.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, report: report.data, variations };
}

/**
 * The list of requests in an answer: a bare array (the standard), or wrapped as some servers do
 * ({service_requests: [...]}, {requests: [...]}, {request: [...]}). Throws the server's own words for an error list.
 */
export function requestList(body: unknown): { items: unknown[]; variation?: string } {
  if (Array.isArray(body)) {
    const errors = body.filter((e) => e && typeof e === 'object' && 'description' in e && 'code' in e && !('service_request_id' in e));
    if (errors.length && errors.length === body.length) {
      throw new Error(`the Open311 server answered with errors: ${errors.map((e) => `${String((e as { code: unknown }).code)} ${String((e as { description: unknown }).description)}`).join('; ')}`);
    }
    return { items: body };
  }
  if (body && typeof body === 'object') {
    for (const key of ['service_requests', 'requests', 'request']) {
      const inner = (body as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return { items: inner, variation: `requests wrapped in "${key}"` };
      if (inner && typeof inner === 'object') return { items: [inner], variation: `a single request wrapped in "${key}"` };
    }
  }
  throw new Error('the answer is not a list of service requests');
}
