// Opens the SQLite cache in WAL mode; a damaged file is moved aside (never deleted) and a fresh cache built.
import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Database } from './database.js';
import { migrate } from './migrations.js';

export const CACHE_FILE = 'ioc-cache.sqlite';

export interface OpenedCache {
  db: Database;
  /** Set when the previous file was damaged: where it was moved. */
  movedAside?: string;
  damageReason?: string;
}

async function exists(path: string) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function openAndCheck(file: string): Promise<Database> {
  const db = await Database.open(file);
  try {
    await db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
    const check = await db.all<{ quick_check: string }>('PRAGMA quick_check');
    const verdict = check.map((r) => r.quick_check).join('; ');
    if (verdict !== 'ok') throw Object.assign(new Error(`integrity check failed: ${verdict}`), { code: 'SQLITE_CORRUPT' });
    await migrate(db);
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

function isDamage(error: unknown) {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

export async function openCache(dataDir: string, now: () => Date = () => new Date()): Promise<OpenedCache> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, CACHE_FILE);
  try {
    return { db: await openAndCheck(file) };
  } catch (error) {
    if (!isDamage(error)) throw error;
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const movedAside = `${file}.damaged-${stamp}`;
    await rename(file, movedAside);
    for (const suffix of ['-wal', '-shm']) {
      if (await exists(file + suffix)) await rename(file + suffix, movedAside + suffix);
    }
    return { db: await openAndCheck(file), movedAside, damageReason: (error as Error).message };
  }
}
