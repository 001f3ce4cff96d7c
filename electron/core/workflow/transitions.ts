// Applies one workflow action: asks the state machine, changes the report, records who, when and the note,
// and queues the upstream change in the outbox, all in one transaction. A retry with the same idempotency key
// is applied once.
import { EngineError } from '../../../shared/contract/envelope.js';
import type { TransitionParams } from '../../../shared/contract/areas/field-reports.js';
import type { ReportState } from '../../../shared/model/field-report-workflow.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database, SqlValue } from '../store/database.js';
import { enqueueOpen311Update } from '../sync/open311/open311-outbound.js';
import type { WorkingCalendar } from './calendar/working-calendar.js';
import type { CategoryMap } from './ingest/category-map.js';
import type { ReportRow } from './report-row.js';
import { decide, type Actor } from './state-machine.js';
import { upstreamStatusOf } from './upstream-status.js';

export interface TransitionDeps {
  db: Database;
  calendar: () => WorkingCalendar;
  categories: CategoryMap;
  now: () => Date;
  /** Known commune codes, or null while the geography is not cached. */
  communes: () => Promise<Set<string> | null>;
  /** Whether a source takes updates back (an Open311 connector declared outbound); read-only feeds do not. */
  outbound: (sourceId: string) => boolean;
}

type Changes = Record<string, SqlValue>;

async function agencyName(tx: Database, key: string): Promise<string | null> {
  const row = await tx.get<{ name_vi: string; active: number }>('SELECT name_vi, active FROM fr_agencies WHERE key = ?', [key]);
  return row && row.active ? row.name_vi : null;
}

async function changesFor(deps: TransitionDeps, tx: Database, row: ReportRow, p: TransitionParams, at: string): Promise<Changes> {
  switch (p.action) {
    case 'triage': {
      const category = p.category ?? row.category;
      if (p.verdict === 'valid') {
        if (!category || !deps.categories.get(category)) throw new EngineError('invalid-params', 'a valid report needs a known category', ['category: choose one of the catalog']);
        if (p.communeCode) {
          const known = await deps.communes();
          if (known && !known.has(p.communeCode)) throw new EngineError('invalid-params', `${p.communeCode} is not a commune of the province`, ['communeCode']);
        }
      }
      return { verdict: p.verdict, category: category ?? null, commune_code: p.communeCode ?? row.commune_code };
    }
    case 'mark-duplicate': {
      if (p.duplicateOf === row.id) throw new EngineError('invalid-params', 'a report cannot duplicate itself', ['duplicateOf']);
      const original = await tx.get<{ state: string }>('SELECT state FROM fr_reports WHERE id = ?', [p.duplicateOf]);
      if (!original) throw new EngineError('invalid-params', `report #${p.duplicateOf} does not exist`, ['duplicateOf']);
      if (original.state === 'duplicate') throw new EngineError('invalid-params', `report #${p.duplicateOf} is itself a duplicate; link the original`, ['duplicateOf']);
      return { verdict: 'duplicate', duplicate_of: p.duplicateOf };
    }
    case 'forward': {
      if (!(await agencyName(tx, p.agencyKey))) throw new EngineError('invalid-params', `${p.agencyKey} is not an active agency of the directory`, ['agencyKey']);
      const category = row.category ? deps.categories.get(row.category) : undefined;
      if (!category) throw new EngineError('invalid-params', 'the report has no category; triage it first', ['category']);
      const due = deps.calendar().dueAt(at, category.handlingDays);
      return { agency_key: p.agencyKey, forwarded_at: at, due_at: due, acknowledged_at: null, resolved_at: null, handling_minutes: null };
    }
    case 'acknowledge':
      return { acknowledged_at: at };
    case 'start':
      return {};
    case 'return':
      return { agency_key: null, forwarded_at: null, due_at: null, acknowledged_at: null };
    case 'resolve':
      return { resolved_at: at, result_note: p.note, handling_minutes: row.forwarded_at ? Math.round((Date.parse(at) - Date.parse(row.forwarded_at)) / 60_000) : null };
    case 'request-rework':
      return { resolved_at: null, handling_minutes: null };
    case 'publish':
      return { published_at: at };
    case 'close':
      return { closed_at: at };
    case 'reopen':
      return { verdict: null, duplicate_of: null };
    case 'rate':
      return { satisfaction: p.satisfaction, rated_at: at };
  }
}

/** Parameters worth keeping in the timeline beside the note. */
function eventData(p: TransitionParams, changes: Changes): Record<string, unknown> {
  const { id: _id, idempotencyKey: _key, note: _note, action: _action, ...rest } = p;
  return { ...rest, ...(changes.due_at ? { dueAt: changes.due_at } : {}) };
}

export async function applyTransition(deps: TransitionDeps, p: TransitionParams, actor: Actor): Promise<{ applied: boolean }> {
  return deps.db.transaction(async (tx) => {
    const earlier = await tx.get<{ report_id: number; action: string }>('SELECT report_id, action FROM fr_events WHERE idempotency_key = ?', [p.idempotencyKey]);
    if (earlier) {
      if (earlier.report_id !== p.id || earlier.action !== p.action) {
        throw new EngineError('invalid-params', 'this idempotency key was already used for another action', ['idempotencyKey']);
      }
      return { applied: false };
    }
    const row = await tx.get<ReportRow>('SELECT * FROM fr_reports WHERE id = ?', [p.id]);
    if (!row) throw new EngineError('not-found', `report #${p.id} does not exist`);
    const decision = decide({ state: row.state, agencyKey: row.agency_key, rated: row.satisfaction !== null }, p.action, actor, p.action === 'triage' ? { verdict: p.verdict } : {});
    if (!decision.ok) {
      const code = decision.refusal === 'not-permitted' || decision.refusal === 'not-assigned' ? 'forbidden' : 'invalid-params';
      throw new EngineError(code, decision.reason, [decision.refusal]);
    }
    const at = toVnIso(deps.now());
    const changes: Changes = { ...(await changesFor(deps, tx, row, p, at)), state: decision.to, updated_at: at };
    const columns = Object.keys(changes);
    await tx.run(`UPDATE fr_reports SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...columns.map((c) => changes[c]!), row.id]);
    const data = eventData(p, changes);
    await tx.run(
      `INSERT INTO fr_events (report_id, action, from_state, to_state, actor_id, actor_name, actor_role, actor_agency, at, note, data, idempotency_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [row.id, p.action, row.state, decision.to, actor.id, actor.name, actor.role, actor.agencyKey, at, p.note || null, JSON.stringify(data), p.idempotencyKey],
    );
    const agencyKey = (changes.agency_key as string | null | undefined) === undefined ? row.agency_key : (changes.agency_key as string | null);
    if (deps.outbound(row.source_id)) {
      const upstream = upstreamStatusOf(decision.to as ReportState, agencyKey ? await agencyName(tx, agencyKey) : null, (changes.due_at as string | undefined) ?? row.due_at);
      // Only the handling result is public; triage notes stay in the console.
      const result = p.action === 'resolve' || p.action === 'publish' ? ((changes.result_note as string | undefined) ?? row.result_note) : null;
      await enqueueOpen311Update(
        tx,
        row.source_id,
        `field-report-transition:${p.idempotencyKey}`,
        { kind: 'field-report.status', externalId: row.external_id, status: upstream.upstreamStatus, statusNotes: result ? `${upstream.statusNotes}: ${result}` : upstream.statusNotes },
        at,
      );
    }
    return { applied: true };
  });
}
