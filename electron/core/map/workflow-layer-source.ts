// The field-report layer read from the workflow's own store: what an operator sees on the map is what the
// workflow holds. Only what a map point needs leaves the store: never the reporter (sealed apart anyway),
// never the description (the reporter's own words), never the timeline.
import { FIELD_REPORT_CATEGORIES } from '../../../shared/catalog/field-report-categories.js';
import { AGENCY_OPEN_STATES, type ReportState } from '../../../shared/model/field-report-workflow.js';
import type { Database, SqlValue } from '../store/database.js';

const PAGE_SIZE = 2000;

/** The layer's legend classes (shared/map/layers.ts) by workflow state; dismissed reports leave the map. */
const CLASS_OF: Record<ReportState, 'received' | 'processing' | 'resolved' | null> = {
  received: 'received',
  triaged: 'received',
  returned: 'received',
  forwarded: 'processing',
  acknowledged: 'processing',
  'in-progress': 'processing',
  resolved: 'resolved',
  published: 'resolved',
  closed: 'resolved',
  rejected: null,
  duplicate: null,
};

const CATEGORY_NAMES = new Map(FIELD_REPORT_CATEGORIES.map((c) => [c.key, c.name.vi]));

interface PointRow {
  id: number;
  lat: number | null;
  lon: number | null;
  commune_code: string | null;
  category: string | null;
  upstream_category: string;
  state: ReportState;
  agency_key: string | null;
  agency_name: string | null;
  due_at: string | null;
  reported_at: string;
  address: string | null;
  updated_at: string;
}

/** The feed record of one report (MapFeature of the exchange structure, plus the engine-side `scope`). */
export function reportRecord(r: PointRow) {
  const cls = CLASS_OF[r.state];
  const category = r.category ? (CATEGORY_NAMES.get(r.category) ?? r.category) : r.upstream_category;
  return {
    id: String(r.id),
    name: `#${r.id} · ${category}`,
    geometry: r.lat !== null && r.lon !== null ? { type: 'Point', coordinates: [r.lon, r.lat] } : null,
    commune: r.commune_code,
    properties: {
      category,
      status: cls,
      agency: r.agency_name ?? r.agency_key,
      receivedAt: r.reported_at,
      // The deadline that runs: while an agency has the report (the workflow's own overdue rule).
      deadline: AGENCY_OPEN_STATES.includes(r.state) ? r.due_at : null,
      address: r.address,
    },
    updated_at: r.updated_at,
    deleted: cls === null,
    scope: r.agency_key,
  };
}

/** Page token: the last row's "updated_at|id" (keyset paging in change order). */
function parseToken(token: string): [string, number] | null {
  const bar = token.lastIndexOf('|');
  const id = Number(token.slice(bar + 1));
  return bar > 0 && Number.isInteger(id) ? [token.slice(0, bar), id] : null;
}

/** Reports changed at or after `since` (the pull skips rows equal to what it holds), in pages. */
export async function workflowReportsPage(db: Database, query: { since: string | null; pageToken: string | undefined }) {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const after = query.pageToken ? parseToken(query.pageToken) : null;
  if (after) {
    parts.push('(r.updated_at > ? OR (r.updated_at = ? AND r.id > ?))');
    params.push(after[0], after[0], after[1]);
  } else if (query.since) {
    parts.push('r.updated_at >= ?');
    params.push(query.since);
  }
  const rows = await db.all<PointRow>(
    `SELECT r.id, r.lat, r.lon, r.commune_code, r.category, r.upstream_category, r.state, r.agency_key, a.name_vi AS agency_name,
            r.due_at, r.reported_at, r.address, r.updated_at
     FROM fr_reports r LEFT JOIN fr_agencies a ON a.key = r.agency_key
     ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''} ORDER BY r.updated_at, r.id LIMIT ?`,
    [...params, PAGE_SIZE + 1],
  );
  const page = rows.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  return {
    layer: 'field-reports',
    items: page.map(reportRecord),
    next_page_token: rows.length > PAGE_SIZE && last ? `${last.updated_at}|${last.id}` : null,
  };
}
