// What the video wall may read of the field reports: a ticker of the latest ones and one report for an
// incident tile. A wall display is not a case reader (access-matrix.ts), so these answers carry what, where and
// how far along, never who reported it, who handled it by name, or the handlers' notes.
import { EngineError } from '../../../shared/contract/envelope.js';
import type { WallIncident, WallReport } from '../../../shared/contract/areas/wall.js';
import type { ReportState } from '../../../shared/model/field-report-workflow.js';
import type { HandlersFor } from '../engine-module.js';
import { isOverdue } from './report-mapper.js';
import type { EventRow, ReportRow } from './report-row.js';
import type { WorkflowContext } from './workflow-context.js';

/** Reports set aside at triage are not news for the room. */
const HIDDEN_STATES = ['rejected', 'duplicate'];
const SUMMARY_LENGTH = 240;

type WallRow = Pick<ReportRow, 'id' | 'category' | 'commune_code' | 'state' | 'reported_at' | 'due_at' | 'agency_key'>;

function toWallReport(row: WallRow, nowIso: string): WallReport {
  return {
    id: row.id,
    category: row.category,
    communeCode: row.commune_code,
    state: row.state,
    reportedAt: row.reported_at,
    dueAt: row.due_at,
    overdue: isOverdue(row, nowIso),
    agencyKey: row.agency_key,
  };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SUMMARY_LENGTH ? `${flat.slice(0, SUMMARY_LENGTH - 1)}…` : flat;
}

export function wallReadHandlers(w: WorkflowContext): HandlersFor<'wall.fieldReports' | 'wall.incident'> {
  return {
    'wall.fieldReports': async (p) => {
      const where = [`state NOT IN (${HIDDEN_STATES.map(() => '?').join(', ')})`];
      const params: (string | number)[] = [...HIDDEN_STATES];
      if (p.categories?.length) {
        where.push(`category IN (${p.categories.map(() => '?').join(', ')})`);
        params.push(...p.categories);
      }
      const sql = `FROM fr_reports WHERE ${where.join(' AND ')}`;
      const [rows, count, provenance] = await Promise.all([
        w.db.all<WallRow>(`SELECT id, category, commune_code, state, reported_at, due_at, agency_key ${sql} ORDER BY reported_at DESC, id DESC LIMIT ?`, [...params, p.limit]),
        w.db.get<{ n: number }>(`SELECT count(*) AS n ${sql}`, params),
        w.provenance(),
      ]);
      const nowIso = w.nowIso();
      return { items: rows.map((r) => toWallReport(r, nowIso)), total: count?.n ?? 0, asOf: nowIso, provenance };
    },
    'wall.incident': async (p) => {
      const row = await w.db.get<ReportRow>('SELECT * FROM fr_reports WHERE id = ?', [p.reportId]);
      if (!row) throw new EngineError('not-found', `report #${p.reportId} does not exist`);
      const [events, geo, provenance] = await Promise.all([
        w.db.all<Pick<EventRow, 'action' | 'to_state' | 'at' | 'actor_role' | 'actor_agency'>>(
          'SELECT action, to_state, at, actor_role, actor_agency FROM fr_events WHERE report_id = ? ORDER BY id',
          [p.reportId],
        ),
        w.geography.load(w.db),
        w.provenance(),
      ]);
      const incident: WallIncident = {
        ...toWallReport(row, w.nowIso()),
        summary: shorten(row.description),
        address: row.address,
        lat: row.lat,
        lon: row.lon,
        communeBoundary: row.commune_code ? geo.locator.geometryOf(row.commune_code) : null,
        timeline: events.map((e) => ({ action: e.action, toState: e.to_state as ReportState | null, at: e.at, role: e.actor_role, agencyKey: e.actor_agency })),
        provenance,
      };
      return incident;
    },
  };
}
