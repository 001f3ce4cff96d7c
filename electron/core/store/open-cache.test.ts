import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations.js';
import { CACHE_FILE, openCache } from './open-cache.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'ioc-cache-'));

describe('openCache', () => {
  it('creates a WAL database at the latest schema version', async () => {
    const dir = await tempDir();
    const { db, movedAside } = await openCache(join(dir, 'nested', 'data'));
    expect(movedAside).toBeUndefined();
    expect(await db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(await db.get('PRAGMA user_version')).toEqual({ user_version: migrations.length });
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
    expect(await opened.db.get('PRAGMA user_version')).toEqual({ user_version: migrations.length });
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
    await first.db.exec('PRAGMA user_version = 99');
    await first.db.close();
    await expect(openCache(dir)).rejects.toThrow(/newer than this console/);
  });
});
