// One report as the detail view shows it: the row, its timeline, whether an identity is sealed (never the
// identity), what the actor may do now, the suggested agency and the commune's boundary for the map.
import { EngineError } from '../../../shared/contract/envelope.js';
import type { ReportDetail } from '../../../shared/contract/areas/field-reports.js';
import { communeAgencyKey } from './directory/directory-store.js';
import { toDetail, toEvent } from './report-mapper.js';
import type { EventRow, ReportRow } from './report-row.js';
import { allowedActions, type Actor } from './state-machine.js';
import { visibleAgency } from './actor.js';
import type { WorkflowContext } from './workflow-context.js';

export async function reportDetail(w: WorkflowContext, id: number, actor: Actor): Promise<ReportDetail> {
  const row = await w.db.get<ReportRow>('SELECT * FROM fr_reports WHERE id = ?', [id]);
  if (!row) throw new EngineError('not-found', `report #${id} does not exist`);
  const scope = visibleAgency(actor, undefined);
  if (scope !== undefined && row.agency_key !== scope) throw new EngineError('forbidden', `report #${id} is not assigned to your agency`);
  const [events, identity, geo] = await Promise.all([
    w.db.all<EventRow>('SELECT * FROM fr_events WHERE report_id = ? ORDER BY id', [id]),
    w.db.get('SELECT 1 FROM fr_reporter_identities WHERE report_id = ?', [id]),
    w.geography.load(w.db),
  ]);
  const category = row.category ? w.categories.get(row.category) : undefined;
  const handler = category?.defaultHandler ?? null;
  const suggestedAgency = handler === 'commune' ? (row.commune_code ? communeAgencyKey(row.commune_code) : null) : handler;
  return toDetail(row, w.nowIso(), {
    hasReporterIdentity: identity !== undefined,
    events: events.map(toEvent),
    allowedActions: allowedActions({ state: row.state, agencyKey: row.agency_key, rated: row.satisfaction !== null }, actor),
    suggestedAgency,
    communeBoundary: row.commune_code ? geo.locator.geometryOf(row.commune_code) : null,
  });
}
