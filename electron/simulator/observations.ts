// Lists the published observations of one KPI and dimension in (period_start, member) order, one page
// at a time, with an opaque page token that freezes the query (including `now`) across pages.
import type { KpiModel } from './kpi-model.js';
import { DATA_ORIGIN_MS, ceilPeriod, floorPeriod, formatLocal, nextPeriod } from '../../shared/model/period-math.js';
import { maxPublicationLag } from './publication.js';
import { hashString } from './random.js';
import type { Dim, SeriesEngine } from './series.js';

export interface ObservationItem {
  member: string;
  period_start: string;
  value: number;
  updated_at: string;
  version: number;
}

/** A whole query: what the first page was asked for, plus where the next page starts. */
export interface ObservationQuery {
  kpiId: string;
  dim: Dim;
  fromMs: number;
  sinceMs: number | null;
  /** The simulator's clock when the first page was served; later pages use the same. */
  nowMs: number;
  /** Resume position: period start and member index. */
  at: { start: number; member: number } | null;
}

export interface ObservationPage {
  items: ObservationItem[];
  next: ObservationQuery | null;
}

export function listObservations(engine: SeriesEngine, model: KpiModel, q: ObservationQuery, limit: number): ObservationPage {
  const period = model.kpi.period;
  const members = engine.members(model.kpi.id, q.dim);
  let start = ceilPeriod(period, Math.max(q.fromMs, DATA_ORIGIN_MS));
  if (q.sinceMs !== null) {
    // Nothing that ended long enough before `since` can have a newer version.
    start = Math.max(start, floorPeriod(period, q.sinceMs - maxPublicationLag(period)));
  }
  let firstMember = 0;
  if (q.at) {
    start = Math.max(start, q.at.start);
    if (q.at.start === start) firstMember = q.at.member;
  }
  const items: ObservationItem[] = [];
  for (let p = start; nextPeriod(period, p) <= q.nowMs; p = nextPeriod(period, p), firstMember = 0) {
    const pub = engine.publication(model, p, q.nowMs);
    if (!pub || (q.sinceMs !== null && pub.updatedAt <= q.sinceMs)) continue;
    if (items.length === limit) return { items, next: { ...q, at: { start: p, member: firstMember } } };
    const values = engine.values(model.kpi.id, q.dim, p, pub.version);
    const periodStart = formatLocal(p);
    const updatedAt = formatLocal(pub.updatedAt);
    for (let i = firstMember; i < members.length; i++) {
      if (items.length === limit) return { items, next: { ...q, at: { start: p, member: i } } };
      items.push({ member: members[i]!, period_start: periodStart, value: values[i]!, updated_at: updatedAt, version: pub.version });
    }
  }
  return { items, next: null };
}

const TOKEN_VERSION = 1;

/** Encodes a query as an opaque, tamper-evident page token. */
export function encodePageToken(q: ObservationQuery): string {
  const body = JSON.stringify([TOKEN_VERSION, q.kpiId, q.dim, q.fromMs, q.sinceMs, q.nowMs, q.at?.start ?? null, q.at?.member ?? 0]);
  return Buffer.from(`${body}~${hashString(body, 0x70c).toString(36)}`).toString('base64url');
}

/** Decodes a page token, or returns null when it is not one this simulator issued. */
export function decodePageToken(token: string): ObservationQuery | null {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const cut = text.lastIndexOf('~');
  if (cut < 0) return null;
  const body = text.slice(0, cut);
  if (hashString(body, 0x70c).toString(36) !== text.slice(cut + 1)) return null;
  try {
    const [version, kpiId, dim, fromMs, sinceMs, nowMs, start, member] = JSON.parse(body) as unknown[];
    if (version !== TOKEN_VERSION || typeof kpiId !== 'string' || typeof dim !== 'string') return null;
    if (typeof fromMs !== 'number' || typeof nowMs !== 'number' || typeof member !== 'number') return null;
    if (sinceMs !== null && typeof sinceMs !== 'number') return null;
    if (start !== null && typeof start !== 'number') return null;
    return {
      kpiId,
      dim: dim as Dim,
      fromMs,
      sinceMs: sinceMs as number | null,
      nowMs,
      at: start === null ? null : { start: start as number, member },
    };
  } catch {
    return null;
  }
}
