import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_MIGRATIONS, migrate } from './migrations.js';
import { CACHE_FILE, openCache } from './open-cache.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'ioc-cache-'));
const appliedIds = async (db: { all<T>(sql: string): Promise<T[]> }) =>
  (await db.all<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id')).map((r) => r.id);
const allIds = ALL_MIGRATIONS.map((m) => m.id).sort();

describe('openCache', () => {
  it('creates a WAL database at the latest schema version', async () => {
    const dir = await tempDir();
    const { db, movedAside } = await openCache(join(dir, 'nested', 'data'));
    expect(movedAside).toBeUndefined();
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await appliedIds(db)).toEqual(allIds);
    await db.close();
  });

  it('keeps data across reopen', async () => {
    const dir = await tempDir();
    const first = await openCache(dir);
    await first.db.run("INSERT INTO geo_documents VALUES ('x', '{}', 's', 't')");
    await first.db.close();
    const second = await openCache(dir);
    expect(await second.db.get('SELECT name FROM geo_documents')).toEqual({ name: 'x' });
    await second.db.close();
  });

  it('moves a damaged file aside, never deletes it, and builds a fresh cache', async () => {
    const dir = await tempDir();
    const garbage = 'this is not a database '.repeat(300);
    await writeFile(join(dir, CACHE_FILE), garbage);
    const opened = await openCache(dir, () => new Date('2026-12-03T10:00:00Z'));
    expect(opened.movedAside).toBe(join(dir, `${CACHE_FILE}.damaged-2026-12-03T10-00-00-000Z`));
    expect(opened.damageReason).toBeTruthy();
    expect(await readFile(opened.movedAside!, 'utf8')).toBe(garbage);
    expect(await appliedIds(opened.db)).toEqual(allIds);
    expect((await readdir(dir)).filter((f) => f.includes('damaged'))).toHaveLength(1);
    await opened.db.close();
  });

  it('moves aside a database whose pages are corrupt', async () => {
    const dir = await tempDir();
    const first = await openCache(dir);
    await first.db.exec("CREATE TABLE filler (x TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 2000) INSERT INTO filler SELECT hex(randomblob(100)) FROM n;");
    await first.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await first.db.close();
    const file = join(dir, CACHE_FILE);
    const bytes = await readFile(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6); // scribble over pages in the middle
    await writeFile(file, bytes);
    const opened = await openCache(dir);
    expect(opened.movedAside).toBeDefined();
    await opened.db.close();
  });

  it('refuses a cache written by a newer console instead of damaging it', async () => {
    const dir = await tempDir();
    const first = await openCache(dir);
    await first.db.run("INSERT INTO schema_migrations VALUES ('future-001-something', 'now')");
    await first.db.close();
    await expect(openCache(dir)).rejects.toThrow(/does not know \(future-001-something\)/);
  });

  it('applies only the migrations not applied yet, each once', async () => {
    const dir = await tempDir();
    const { db } = await openCache(dir);
    const extra = [...ALL_MIGRATIONS, { id: 'test-001-extra', sql: 'CREATE TABLE extra (x INTEGER)' }];
    expect(await migrate(db, extra)).toEqual(['test-001-extra']);
    expect(await migrate(db, extra)).toEqual([]);
    await expect(migrate(db, [...extra, extra[0]!])).rejects.toThrow(/declared twice/);
    await db.close();
  });

  it('rolls back a failing migration as a whole', async () => {
    const dir = await tempDir();
    const { db } = await openCache(dir);
    const bad = [...ALL_MIGRATIONS, { id: 'test-002-bad', sql: 'CREATE TABLE half (x INTEGER); CREATE TABLE half (y INTEGER);' }];
    await expect(migrate(db, bad)).rejects.toThrow();
    expect(await db.get("SELECT name FROM sqlite_master WHERE name = 'half'")).toBeUndefined();
    expect(await appliedIds(db)).toEqual(allIds);
    await db.close();
  });
});
