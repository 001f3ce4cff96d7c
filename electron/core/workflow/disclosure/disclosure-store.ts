// Disclosure requests in SQLite. Decisions and revocations are conditional updates, so two supervisors acting
// at once cannot both decide one request.
import { randomUUID } from 'node:crypto';
import type { Disclosure, DisclosureStatus } from '../../../../shared/contract/areas/disclosure.js';
import { EngineError } from '../../../../shared/contract/envelope.js';
import { toVnIso } from '../../../../shared/model/periods.js';
import type { Database, SqlValue } from '../../store/database.js';
import { statusAt, type DisclosureState, type StoredStatus } from './disclosure-rules.js';

interface Row {
  request_id: string;
  report_id: number;
  authority: string;
  document_number: string;
  document_date: string;
  reason: string;
  status: StoredStatus;
  requested_by_id: string;
  requested_by_name: string;
  requested_at: string;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decided_at: string | null;
  decision_note: string | null;
  valid_until: string | null;
  revoked_by_id: string | null;
  revoked_by_name: string | null;
  revoked_at: string | null;
  revoke_reason: string | null;
  reveals: number;
}

export interface Person {
  accountId: string;
  name: string;
}

export interface StoredDisclosure extends DisclosureState {
  row: Row;
}

const person = (id: string | null, name: string | null): Person | null => (id === null ? null : { accountId: id, name: name ?? id });

export function toDisclosure(r: Row, now: Date): Disclosure {
  return {
    requestId: r.request_id,
    reportId: r.report_id,
    authority: r.authority,
    documentNumber: r.document_number,
    documentDate: r.document_date,
    reason: r.reason,
    status: statusAt(stateOf(r), now),
    requestedBy: { accountId: r.requested_by_id, name: r.requested_by_name },
    requestedAt: r.requested_at,
    decidedBy: person(r.decided_by_id, r.decided_by_name),
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    validUntil: r.valid_until,
    revokedBy: person(r.revoked_by_id, r.revoked_by_name),
    revokedAt: r.revoked_at,
    revokeReason: r.revoke_reason,
    reveals: r.reveals,
  };
}

function stateOf(r: Row): DisclosureState {
  return { requestId: r.request_id, status: r.status, requestedById: r.requested_by_id, validUntil: r.valid_until };
}

export class DisclosureStore {
  constructor(private readonly db: Database) {}

  async create(input: { reportId: number; authority: string; documentNumber: string; documentDate: string; reason: string; by: Person; at: string }): Promise<Row> {
    const requestId = `disc-${randomUUID()}`;
    await this.db.run(
      `INSERT INTO identity_disclosures (request_id, report_id, authority, document_number, document_date, reason, status, requested_by_id, requested_by_name, requested_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)`,
      [requestId, input.reportId, input.authority, input.documentNumber, input.documentDate, input.reason, input.by.accountId, input.by.name, input.at],
    );
    return this.row(requestId);
  }

  async get(requestId: string): Promise<StoredDisclosure> {
    const row = await this.row(requestId);
    return { ...stateOf(row), row };
  }

  async list(filter: { status?: DisclosureStatus; reportId?: number; limit: number }, now: Date): Promise<Disclosure[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.reportId !== undefined) {
      where.push('report_id = ?');
      params.push(filter.reportId);
    }
    // "expired" is an approval past its end: every time is stored in the same +07:00 form, so text compares as time.
    if (filter.status === 'expired' || filter.status === 'approved') {
      where.push(`status = 'approved' AND valid_until ${filter.status === 'expired' ? '<=' : '>'} ?`);
      params.push(toVnIso(now));
    } else if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    const rows = await this.db.all<Row>(`SELECT * FROM identity_disclosures ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY requested_at DESC, rowid DESC LIMIT ?`, [
      ...params,
      filter.limit,
    ]);
    return rows.map((r) => toDisclosure(r, now));
  }

  async decide(requestId: string, decision: 'approved' | 'rejected', by: Person, at: string, note: string, validUntil: string | null): Promise<Row> {
    const { changes } = await this.db.run(
      `UPDATE identity_disclosures SET status = ?, decided_by_id = ?, decided_by_name = ?, decided_at = ?, decision_note = ?, valid_until = ?
       WHERE request_id = ? AND status = 'pending'`,
      [decision, by.accountId, by.name, at, note || null, validUntil, requestId],
    );
    if (changes !== 1) throw new EngineError('invalid-params', `request ${requestId} was decided meanwhile`, ['requestId']);
    return this.row(requestId);
  }

  async revoke(requestId: string, by: Person, at: string, reason: string): Promise<Row> {
    const { changes } = await this.db.run(
      `UPDATE identity_disclosures SET status = 'revoked', revoked_by_id = ?, revoked_by_name = ?, revoked_at = ?, revoke_reason = ?
       WHERE request_id = ? AND status IN ('pending', 'approved')`,
      [by.accountId, by.name, at, reason, requestId],
    );
    if (changes !== 1) throw new EngineError('invalid-params', `request ${requestId} was changed meanwhile`, ['requestId']);
    return this.row(requestId);
  }

  async countReveal(requestId: string): Promise<void> {
    await this.db.run('UPDATE identity_disclosures SET reveals = reveals + 1 WHERE request_id = ?', [requestId]);
  }

  private async row(requestId: string): Promise<Row> {
    const row = await this.db.get<Row>('SELECT * FROM identity_disclosures WHERE request_id = ?', [requestId]);
    if (!row) throw new EngineError('not-found', `no disclosure request ${requestId}`);
    return row;
  }
}
