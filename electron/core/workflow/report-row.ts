// The stored shape of a field report and of its timeline entries, as the workflow's SQL reads them.
import type { ReportState, TriageFlag } from '../../../shared/model/field-report-workflow.js';

export interface ReportRow {
  id: number;
  source_id: string;
  external_id: string;
  ingest_key: string;
  category: string | null;
  upstream_category: string;
  description: string;
  lat: number | null;
  lon: number | null;
  address: string | null;
  commune_code: string | null;
  media_urls: string;
  channel: string;
  reported_at: string;
  upstream_updated_at: string;
  upstream_status: string;
  status_notes: string | null;
  agency_responsible_upstream: string | null;
  flags: string;
  state: ReportState;
  verdict: string | null;
  duplicate_of: number | null;
  agency_key: string | null;
  forwarded_at: string | null;
  due_at: string | null;
  acknowledged_at: string | null;
  resolved_at: string | null;
  handling_minutes: number | null;
  published_at: string | null;
  closed_at: string | null;
  result_note: string | null;
  satisfaction: string | null;
  rated_at: string | null;
  received_at: string;
  updated_at: string;
}

export interface FlagEntry {
  flag: TriageFlag;
  detail: string;
}

export interface EventRow {
  id: number;
  report_id: number;
  action: string;
  from_state: string | null;
  to_state: string | null;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  actor_agency: string | null;
  at: string;
  note: string | null;
  data: string;
  idempotency_key: string | null;
}

export const parseFlags = (text: string): FlagEntry[] => JSON.parse(text) as FlagEntry[];
