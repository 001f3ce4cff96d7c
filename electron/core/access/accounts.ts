// Local accounts (and the console-side record of SSO users): roles, scope, password hash, lockout counters.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { accountSchema } from '../../../shared/contract/areas/auth.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import { roleSchema, type Role } from '../../../shared/contract/roles.js';
import type { Database } from '../store/database.js';

export type AccountView = z.infer<typeof accountSchema>;

export interface AccountRecord {
  accountId: string;
  username: string;
  displayName: string;
  roles: Role[];
  agencyId: string | null;
  unitId: string | null;
  ssoSubject: string | null;
  passwordHash: string | null;
  failedAttempts: number;
  lockedUntil: string | null;
  disabled: boolean;
  createdAt: string;
}

interface Row {
  account_id: string;
  username: string;
  display_name: string;
  roles: string;
  agency_id: string | null;
  unit_id: string | null;
  sso_subject: string | null;
  password_hash: string | null;
  failed_attempts: number;
  locked_until: string | null;
  disabled: number;
  created_at: string;
}

function fromRow(row: Row): AccountRecord {
  const roles = roleSchema.array().safeParse(JSON.parse(row.roles));
  return {
    accountId: row.account_id,
    username: row.username,
    displayName: row.display_name,
    roles: roles.success ? roles.data : [],
    agencyId: row.agency_id,
    unitId: row.unit_id,
    ssoSubject: row.sso_subject,
    passwordHash: row.password_hash,
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until,
    disabled: row.disabled !== 0,
    createdAt: row.created_at,
  };
}

export function toView(a: AccountRecord): AccountView {
  return {
    accountId: a.accountId,
    username: a.username,
    displayName: a.displayName,
    roles: a.roles,
    agencyId: a.agencyId,
    unitId: a.unitId,
    ssoSubject: a.ssoSubject,
    hasPassword: a.passwordHash !== null,
    disabled: a.disabled,
    lockedUntil: a.lockedUntil,
    createdAt: a.createdAt,
  };
}

export interface NewAccount {
  username: string;
  displayName: string;
  roles: Role[];
  agencyId?: string | null | undefined;
  unitId?: string | null | undefined;
  ssoSubject?: string | null | undefined;
  passwordHash?: string | null;
}

export type AccountChanges = Partial<Omit<NewAccount, 'username'>> & { disabled?: boolean; unlock?: boolean };

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_CONSTRAINT' && /UNIQUE/.test((error as Error).message);
}

export class AccountStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {}

  async byUsername(username: string): Promise<AccountRecord | null> {
    const row = await this.db.get<Row>('SELECT * FROM accounts WHERE username = ?', [username]);
    return row ? fromRow(row) : null;
  }

  async byId(accountId: string): Promise<AccountRecord | null> {
    const row = await this.db.get<Row>('SELECT * FROM accounts WHERE account_id = ?', [accountId]);
    return row ? fromRow(row) : null;
  }

  async bySsoSubject(subject: string): Promise<AccountRecord | null> {
    const row = await this.db.get<Row>('SELECT * FROM accounts WHERE sso_subject = ?', [subject]);
    return row ? fromRow(row) : null;
  }

  async list(): Promise<AccountRecord[]> {
    return (await this.db.all<Row>('SELECT * FROM accounts ORDER BY username')).map(fromRow);
  }

  async countWithRole(role: Role): Promise<number> {
    return (await this.list()).filter((a) => a.roles.includes(role) && !a.disabled).length;
  }

  async create(input: NewAccount): Promise<AccountRecord> {
    const at = this.now().toISOString();
    const accountId = `acc-${randomUUID()}`;
    try {
      await this.db.run(
        `INSERT INTO accounts (account_id, username, display_name, roles, agency_id, unit_id, sso_subject, password_hash, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [accountId, input.username, input.displayName, JSON.stringify(input.roles), input.agencyId ?? null, input.unitId ?? null, input.ssoSubject ?? null, input.passwordHash ?? null, at, at],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new EngineError('invalid-params', 'an account with this user name or SSO subject exists already', ['username: taken']);
      throw error;
    }
    return (await this.byId(accountId))!;
  }

  async update(accountId: string, changes: AccountChanges): Promise<AccountRecord> {
    const sets: string[] = [];
    const values: (string | number | null)[] = [];
    const set = (column: string, value: string | number | null) => {
      sets.push(`${column} = ?`);
      values.push(value);
    };
    if (changes.displayName !== undefined) set('display_name', changes.displayName);
    if (changes.roles !== undefined) set('roles', JSON.stringify(changes.roles));
    if (changes.agencyId !== undefined) set('agency_id', changes.agencyId);
    if (changes.unitId !== undefined) set('unit_id', changes.unitId);
    if (changes.ssoSubject !== undefined) set('sso_subject', changes.ssoSubject);
    if (changes.passwordHash !== undefined) set('password_hash', changes.passwordHash);
    if (changes.disabled !== undefined) set('disabled', changes.disabled ? 1 : 0);
    if (changes.unlock) {
      set('failed_attempts', 0);
      set('locked_until', null);
    }
    set('updated_at', this.now().toISOString());
    try {
      const { changes: n } = await this.db.run(`UPDATE accounts SET ${sets.join(', ')} WHERE account_id = ?`, [...values, accountId]);
      if (n === 0) throw new EngineError('not-found', `no account ${accountId}`);
    } catch (error) {
      if (isUniqueViolation(error)) throw new EngineError('invalid-params', 'another account has this SSO subject', ['ssoSubject: taken']);
      throw error;
    }
    return (await this.byId(accountId))!;
  }

  /** Counts a failure; locks the account for `lockMs` when it reaches `maxAttempts`. Returns the lock end, if locked. */
  async recordFailure(accountId: string, maxAttempts: number, lockMs: number): Promise<string | null> {
    return this.db.transaction(async (tx) => {
      const row = await tx.get<{ failed_attempts: number }>('SELECT failed_attempts FROM accounts WHERE account_id = ?', [accountId]);
      const attempts = (row?.failed_attempts ?? 0) + 1;
      const lockedUntil = attempts >= maxAttempts ? new Date(this.now().getTime() + lockMs).toISOString() : null;
      await tx.run('UPDATE accounts SET failed_attempts = ?, locked_until = COALESCE(?, locked_until) WHERE account_id = ?', [
        lockedUntil ? 0 : attempts,
        lockedUntil,
        accountId,
      ]);
      return lockedUntil;
    });
  }

  async recordSuccess(accountId: string): Promise<void> {
    await this.db.run('UPDATE accounts SET failed_attempts = 0, locked_until = NULL WHERE account_id = ?', [accountId]);
  }
}
