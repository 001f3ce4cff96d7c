// Tampering with the audit log outside the console (triggers dropped, rows edited, removed, swapped, the tail
// cut off): verification fails and names the entry.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../store/database.js';
import { migrate } from '../store/migrations.js';
import { AUDIT_ANCHOR_FILE, AuditLog } from './audit-log.js';

let dir: string;
let db: Database;
let log: AuditLog;
const key = randomBytes(32);
const now = () => new Date('2026-03-02T09:00:00+07:00');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ioc-audit-'));
  db = await Database.open(join(dir, 'cache.sqlite'));
  await migrate(db);
  log = new AuditLog(db, async () => key, dir, now);
  for (let i = 1; i <= 6; i += 1) await log.append({ accountId: `acc-${i}`, name: `user${i}` }, 'camera.view', `cam-${i}`, { kind: 'hls', n: i });
  await log.flush();
});
afterEach(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const tamper = (sql: string, params: (string | number)[] = []) =>
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;').then(() => db.run(sql, params));

describe('the audit log', () => {
  it('verifies an untouched chain', async () => {
    expect(await log.verify()).toMatchObject({ ok: true, checked: 6, headSeq: 6, findings: [] });
  });

  it('refuses UPDATE and DELETE through the database itself', async () => {
    await expect(db.run("UPDATE audit_log SET target = 'x' WHERE seq = 2")).rejects.toThrow(/append-only/);
    await expect(db.run('DELETE FROM audit_log WHERE seq = 2')).rejects.toThrow(/append-only/);
  });

  it('names an edited entry', async () => {
    await tamper(`UPDATE audit_log SET details = '{"kind":"mjpeg","n":3}' WHERE seq = 3`);
    const result = await log.verify();
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ seq: 3, kind: 'edited' })]);
  });

  it('names an edit that recomputed a plain SHA-256 (the seal is keyed)', async () => {
    await tamper(`UPDATE audit_log SET actor_name = 'someone-else', hash = lower(hex(randomblob(32))) WHERE seq = 4`);
    const { findings } = await log.verify();
    expect(findings[0]).toMatchObject({ seq: 4, kind: 'edited' });
  });

  it('names a removed entry', async () => {
    await tamper('DELETE FROM audit_log WHERE seq = 2');
    const { ok, findings } = await log.verify();
    expect(ok).toBe(false);
    expect(findings).toEqual([expect.objectContaining({ seq: 2, kind: 'removed', message: 'entry #2 was removed' })]);
  });

  it('names a removal hidden by renumbering', async () => {
    await tamper('DELETE FROM audit_log WHERE seq = 5');
    await db.run('UPDATE audit_log SET seq = 5 WHERE seq = 6');
    const { findings } = await log.verify();
    expect(findings.some((f) => f.seq === 5 && f.kind === 'removed')).toBe(true);
  });

  it('names reordered entries', async () => {
    await tamper('UPDATE audit_log SET seq = 100 WHERE seq = 3');
    await db.run('UPDATE audit_log SET seq = 3 WHERE seq = 4');
    await db.run('UPDATE audit_log SET seq = 4 WHERE seq = 100');
    const { findings } = await log.verify();
    expect(findings.map((f) => [f.seq, f.kind])).toEqual(
      expect.arrayContaining([
        [3, 'reordered'],
        [4, 'reordered'],
      ]),
    );
  });

  it('notices entries cut off the end, through the anchor', async () => {
    await tamper('DELETE FROM audit_log WHERE seq >= 5');
    const { findings } = await log.verify();
    expect(findings).toEqual([expect.objectContaining({ seq: 5, kind: 'truncated', message: 'entries #5 to #6 were cut off the end of the log' })]);
  });

  it('notices a forged anchor', async () => {
    await writeFile(join(dir, AUDIT_ANCHOR_FILE), JSON.stringify({ seq: 2, hash: 'ab', mac: 'cd' }));
    expect((await log.verify()).findings).toEqual([expect.objectContaining({ kind: 'unreadable' })]);
  });

  it('lists newest first with an action prefix that is not a LIKE pattern', async () => {
    await log.append({ accountId: null, name: 'engine' }, 'auth.sign-in', null, {});
    expect((await log.list({ limit: 3, action: 'camera.' })).entries.map((e) => e.seq)).toEqual([6, 5, 4]);
    expect((await log.list({ limit: 10, action: 'auth' })).entries.map((e) => e.action)).toEqual(['auth.sign-in']);
    expect((await log.list({ limit: 10, action: '%' })).entries).toEqual([]);
  });

  it('refuses oversized details and malformed action names', async () => {
    await expect(log.append({ accountId: null, name: null }, 'Bad Action', null)).rejects.toThrow(/dotted/);
    await expect(log.append({ accountId: null, name: null }, 'x.y', null, { blob: 'x'.repeat(20_000) })).rejects.toThrow(/exceed/);
  });
});
