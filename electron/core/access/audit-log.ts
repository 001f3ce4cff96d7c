// The audit log: append-only, hash-chained (issue 8 item 5). Other areas record through ctx.audit.record(...).
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { auditEntrySchema, auditVerificationSchema } from '../../../shared/contract/areas/audit.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { anchorMac, entryMac, GENESIS, sameHex } from './audit-chain.js';
import { verifyChain } from './audit-verify.js';

export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const AUDIT_ANCHOR_FILE = 'audit-anchor.json';
const MAX_DETAILS_BYTES = 16 * 1024;
const ACTION = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** Who did it: an account (from the caller's session), or the engine itself (null). */
export interface AuditActor {
  accountId: string | null;
  name: string | null;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export function rowToEntry(row: AuditRow): AuditEntry {
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(row.details) as Record<string, unknown>;
  } catch {
    details = { unreadable: row.details.slice(0, 200) };
  }
  return { seq: row.seq, at: row.at, actorId: row.actor_id, actorName: row.actor_name, action: row.action, target: row.target, details, hash: row.hash };
}

export class AuditLog {
  private anchorWrite: Promise<void> = Promise.resolve();
  private pendingAnchor: { seq: number; hash: string } | null = null;

  constructor(
    private readonly db: Database,
    private readonly key: () => Promise<Buffer>,
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  /** Appends one entry. `details` must not carry secrets or personal data beyond what the act needs. */
  async append(actor: AuditActor, action: string, target: string | null, details: Record<string, unknown> = {}): Promise<AuditEntry> {
    if (!ACTION.test(action)) throw new Error(`audit action "${action}" is not a dotted lower-case name`);
    const detailsText = JSON.stringify(details);
    if (Buffer.byteLength(detailsText) > MAX_DETAILS_BYTES) throw new Error(`audit details of ${action} exceed ${MAX_DETAILS_BYTES} bytes`);
    const key = await this.key();
    const row = await this.db.transaction(async (tx) => {
      const last = await tx.get<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
      const fields = { at: toVnIso(this.now()), actorId: actor.accountId, actorName: actor.name, action, target, details: detailsText, prevHash: last?.hash ?? GENESIS };
      const hash = entryMac(key, fields);
      const seq = (last?.seq ?? 0) + 1;
      await tx.run('INSERT INTO audit_log (seq, at, actor_id, actor_name, action, target, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        seq,
        fields.at,
        fields.actorId,
        fields.actorName,
        action,
        target,
        detailsText,
        fields.prevHash,
        hash,
      ]);
      return { seq, at: fields.at, actor_id: fields.actorId, actor_name: fields.actorName, action, target, details: detailsText, prev_hash: fields.prevHash, hash } satisfies AuditRow;
    });
    this.scheduleAnchor(row.seq, row.hash, key);
    return rowToEntry(row);
  }

  async list(options: { beforeSeq?: number; limit: number; action?: string }): Promise<{ entries: AuditEntry[]; headSeq: number | null }> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (options.beforeSeq !== undefined) {
      where.push('seq < ?');
      params.push(options.beforeSeq);
    }
    if (options.action) {
      // A prefix match without LIKE wildcards from the caller: compare the leading characters.
      where.push('substr(action, 1, ?) = ?');
      params.push(options.action.length, options.action);
    }
    const rows = await this.db.all<AuditRow>(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`,
      [...params, options.limit],
    );
    const head = await this.db.get<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM audit_log');
    return { entries: rows.map(rowToEntry), headSeq: head?.seq ?? null };
  }

  /** Rows in order for an export, in pages. */
  async *rows(fromSeq = 1, toSeq = Number.MAX_SAFE_INTEGER, action?: string): AsyncGenerator<AuditRow> {
    let after = fromSeq - 1;
    for (;;) {
      const page = await this.db.all<AuditRow>('SELECT * FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT 1000', [after, toSeq]);
      for (const row of page) if (!action || row.action.startsWith(action)) yield row;
      if (page.length < 1000) return;
      after = page[page.length - 1]!.seq;
    }
  }

  async verify(): Promise<AuditVerification> {
    await this.anchorWrite;
    const key = await this.key();
    const anchor = await this.readAnchor(key);
    const result = await verifyChain(this.db, key, anchor);
    return { ...result, verifiedAt: toVnIso(this.now()) };
  }

  /** Waits for the anchor file to catch up (tests, shutdown). */
  flush(): Promise<void> {
    return this.anchorWrite;
  }

  private scheduleAnchor(seq: number, hash: string, key: Buffer): void {
    const first = this.pendingAnchor === null;
    this.pendingAnchor = { seq, hash };
    if (!first) return;
    // One write in flight at a time; later appends only move the target.
    this.anchorWrite = this.anchorWrite.then(async () => {
      const target = this.pendingAnchor!;
      this.pendingAnchor = null;
      const file = join(this.dataDir, AUDIT_ANCHOR_FILE);
      const body = JSON.stringify({ seq: target.seq, hash: target.hash, mac: anchorMac(key, target.seq, target.hash) });
      await writeFile(`${file}.tmp`, body, { mode: 0o600 });
      await rename(`${file}.tmp`, file);
    }).catch(() => undefined);
  }

  private async readAnchor(key: Buffer): Promise<{ seq: number; hash: string } | 'missing' | 'forged'> {
    let text: string;
    try {
      text = await readFile(join(this.dataDir, AUDIT_ANCHOR_FILE), 'utf8');
    } catch {
      return 'missing';
    }
    try {
      const anchor = JSON.parse(text) as { seq: number; hash: string; mac: string };
      return Number.isInteger(anchor.seq) && sameHex(anchorMac(key, anchor.seq, anchor.hash), anchor.mac) ? { seq: anchor.seq, hash: anchor.hash } : 'forged';
    } catch {
      return 'forged';
    }
  }
}
