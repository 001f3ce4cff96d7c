// Stored rows to the contract's shapes. The reporter's identity is not in the row and cannot leak from here.
import type { ReportDetail, ReportEvent, ReportSummary } from '../../../shared/contract/areas/field-reports.js';
import type { ReportChannel } from '../../../shared/model/field-report-inbound.js';
import { AGENCY_OPEN_STATES, type SatisfactionLevel } from '../../../shared/model/field-report-workflow.js';
import { parseFlags, type EventRow, type ReportRow } from './report-row.js';

export const isOverdue = (row: Pick<ReportRow, 'state' | 'due_at'>, nowIso: string): boolean =>
  AGENCY_OPEN_STATES.includes(row.state) && row.due_at !== null && row.due_at < nowIso;

export function toSummary(row: ReportRow, nowIso: string): ReportSummary {
  return {
    id: row.id,
    sourceId: row.source_id,
    externalId: row.external_id,
    category: row.category,
    description: row.description.length > 240 ? `${row.description.slice(0, 239)}…` : row.description,
    communeCode: row.commune_code,
    channel: row.channel as ReportChannel,
    reportedAt: row.reported_at,
    state: row.state,
    agencyKey: row.agency_key,
    dueAt: row.due_at,
    overdue: isOverdue(row, nowIso),
    flags: parseFlags(row.flags).map((f) => f.flag),
    satisfaction: row.satisfaction as SatisfactionLevel | null,
  };
}

export function toEvent(row: EventRow): ReportEvent {
  return {
    id: row.id,
    action: row.action,
    fromState: row.from_state,
    toState: row.to_state,
    actor: { id: row.actor_id, name: row.actor_name, role: row.actor_role, agencyKey: row.actor_agency },
    at: row.at,
    note: row.note,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}

type DetailExtras = Pick<ReportDetail, 'hasReporterIdentity' | 'events' | 'allowedActions' | 'suggestedAgency' | 'communeBoundary'>;

export function toDetail(row: ReportRow, nowIso: string, extras: DetailExtras): ReportDetail {
  return {
    ...toSummary(row, nowIso),
    description: row.description,
    lat: row.lat,
    lon: row.lon,
    address: row.address,
    mediaUrls: JSON.parse(row.media_urls) as string[],
    upstreamCategory: row.upstream_category,
    upstreamStatus: row.upstream_status,
    statusNotes: row.status_notes,
    agencyResponsibleUpstream: row.agency_responsible_upstream,
    flagDetails: parseFlags(row.flags),
    verdict: row.verdict,
    duplicateOf: row.duplicate_of,
    forwardedAt: row.forwarded_at,
    acknowledgedAt: row.acknowledged_at,
    resolvedAt: row.resolved_at,
    publishedAt: row.published_at,
    closedAt: row.closed_at,
    resultNote: row.result_note,
    ratedAt: row.rated_at,
    ...extras,
  };
}
