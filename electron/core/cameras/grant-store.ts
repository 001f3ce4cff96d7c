// Camera grants in SQLite; all of them are small enough to index in memory for the checks of every view.
import { randomUUID } from 'node:crypto';
import { grantScopeSchema } from '../../../shared/contract/areas/cameras.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import type { Database } from '../store/database.js';
import type { GrantRecord, GrantScope } from './grant-rules.js';

interface Row {
  grant_id: string;
  grantee_unit_id: string;
  grantor_unit_id: string;
  granted_by: string;
  scope: string;
  purpose: string;
  valid_from: string;
  valid_until: string;
  parent_grant_id: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}

function fromRow(r: Row): GrantRecord | null {
  const scope = grantScopeSchema.safeParse(JSON.parse(r.scope));
  if (!scope.success) return null;
  return {
    grantId: r.grant_id,
    granteeUnitId: r.grantee_unit_id,
    grantorUnitId: r.grantor_unit_id,
    grantedBy: r.granted_by,
    scope: scope.data,
    purpose: r.purpose,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    parentGrantId: r.parent_grant_id,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
    revokeReason: r.revoke_reason,
  };
}

export class GrantStore {
  private index = new Map<string, GrantRecord>();

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {}

  get all(): ReadonlyMap<string, GrantRecord> {
    return this.index;
  }

  async load(): Promise<void> {
    const rows = await this.db.all<Row>('SELECT * FROM camera_grants ORDER BY created_at');
    this.index = new Map(rows.map(fromRow).filter((g): g is GrantRecord => g !== null).map((g) => [g.grantId, g]));
  }

  async create(input: { granteeUnitId: string; grantorUnitId: string; grantedBy: string; scope: GrantScope; purpose: string; validFrom: string; validUntil: string; parentGrantId: string | null }): Promise<GrantRecord> {
    const grantId = `grant-${randomUUID()}`;
    await this.db.run(
      `INSERT INTO camera_grants (grant_id, grantee_unit_id, grantor_unit_id, granted_by, scope, purpose, valid_from, valid_until, parent_grant_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [grantId, input.granteeUnitId, input.grantorUnitId, input.grantedBy, JSON.stringify(input.scope), input.purpose, input.validFrom, input.validUntil, input.parentGrantId, this.now().toISOString()],
    );
    const grant: GrantRecord = { ...input, grantId, revokedAt: null, revokedBy: null, revokeReason: null };
    this.index.set(grantId, grant);
    return grant;
  }

  async revoke(grantId: string, by: string, reason: string): Promise<GrantRecord> {
    const grant = this.index.get(grantId);
    if (!grant) throw new EngineError('not-found', `no grant ${grantId}`);
    if (grant.revokedAt) return grant;
    const at = this.now().toISOString();
    await this.db.run('UPDATE camera_grants SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE grant_id = ? AND revoked_at IS NULL', [at, by, reason, grantId]);
    const revoked = { ...grant, revokedAt: at, revokedBy: by, revokeReason: reason };
    this.index.set(grantId, revoked);
    return revoked;
  }
}
