// Walks the audit chain and names every entry that was edited, removed, moved, or cut off the end.
import type { z } from 'zod';
import type { auditFindingSchema } from '../../../shared/contract/areas/audit.js';
import type { Database } from '../store/database.js';
import { entryMac, GENESIS, sameHex } from './audit-chain.js';
import type { AuditRow } from './audit-log.js';

export type AuditFinding = z.infer<typeof auditFindingSchema>;
const MAX_FINDINGS = 200;
const PAGE = 1000;

export async function verifyChain(
  db: Database,
  key: Buffer,
  anchor: { seq: number; hash: string } | 'missing' | 'forged',
): Promise<{ ok: boolean; checked: number; headSeq: number | null; findings: AuditFinding[] }> {
  const findings: AuditFinding[] = [];
  const note = (f: AuditFinding) => {
    if (findings.length < MAX_FINDINGS) findings.push(f);
  };
  let prevHash = GENESIS;
  let prevSeq = 0;
  let checked = 0;
  let anchorRow: AuditRow | undefined;
  for (let after = 0; ; ) {
    const page = await db.all<AuditRow>('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?', [after, PAGE]);
    for (const row of page) {
      checked += 1;
      const gap = row.seq > prevSeq + 1;
      if (gap) note({ seq: prevSeq + 1, kind: 'removed', message: row.seq === prevSeq + 2 ? `entry #${prevSeq + 1} was removed` : `entries #${prevSeq + 1} to #${row.seq - 1} were removed` });
      const fields = { at: row.at, actorId: row.actor_id, actorName: row.actor_name, action: row.action, target: row.target, details: row.details, prevHash: row.prev_hash };
      if (!sameHex(entryMac(key, fields), row.hash)) {
        note({ seq: row.seq, kind: 'edited', message: `entry #${row.seq} (${row.action}) was edited: its content does not match its seal` });
      } else if (row.prev_hash !== prevHash && !gap) {
        const origin = await db.get<{ seq: number }>('SELECT seq FROM audit_log WHERE hash = ?', [row.prev_hash]);
        note(
          origin
            ? { seq: row.seq, kind: 'reordered', message: `entry #${row.seq} (${row.action}) is out of place: it was written after #${origin.seq}, not after #${prevSeq}` }
            : { seq: row.seq, kind: 'removed', message: `the entry written just before #${row.seq} (${row.action}) is missing` },
        );
      }
      if (anchor !== 'missing' && anchor !== 'forged' && row.seq === anchor.seq) anchorRow = row;
      prevHash = row.hash;
      prevSeq = row.seq;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.seq;
  }
  if (anchor === 'forged') note({ seq: prevSeq, kind: 'unreadable', message: 'the audit anchor file was altered' });
  else if (anchor === 'missing') {
    if (checked > 0) note({ seq: prevSeq, kind: 'unreadable', message: 'the audit anchor file is missing: entries cut off the end could not be detected' });
  } else if (anchor.seq > prevSeq) {
    note({ seq: prevSeq + 1, kind: 'truncated', message: `entries #${prevSeq + 1} to #${anchor.seq} were cut off the end of the log` });
  } else if (!anchorRow || anchorRow.hash !== anchor.hash) {
    note({ seq: anchor.seq, kind: 'edited', message: `entry #${anchor.seq} is not the one the anchor recorded` });
  }
  return { ok: findings.length === 0, checked, headSeq: checked ? prevSeq : null, findings };
}
