// Per-stream cursors (updated-since), validators (ETag) and per-source status counters, persisted so a restart resumes.
import type { Database } from './database.js';

export async function readCursor(db: Database, sourceId: string, stream: string): Promise<string | null> {
  const row = await db.get<{ cursor: string }>('SELECT cursor FROM sync_cursors WHERE source_id = ? AND stream = ?', [sourceId, stream]);
  return row?.cursor ?? null;
}

export async function writeCursor(db: Database, sourceId: string, stream: string, cursor: string, at: string) {
  await db.run(
    `INSERT INTO sync_cursors (source_id, stream, cursor, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (source_id, stream) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
     WHERE excluded.cursor > sync_cursors.cursor`,
    [sourceId, stream, cursor, at],
  );
}

export interface SourceStatusRow {
  source_id: string;
  last_attempt: string | null;
  last_success: string | null;
  last_error: string | null;
  received: number;
  stored: number;
  rejected: number;
}

export async function readSourceStatus(db: Database, sourceId: string): Promise<SourceStatusRow | undefined> {
  return db.get<SourceStatusRow>('SELECT * FROM source_status WHERE source_id = ?', [sourceId]);
}

export async function writeSourceStatus(db: Database, row: SourceStatusRow) {
  await db.run(
    `INSERT INTO source_status (source_id, last_attempt, last_success, last_error, received, stored, rejected)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (source_id) DO UPDATE SET last_attempt = excluded.last_attempt, last_success = excluded.last_success,
       last_error = excluded.last_error, received = excluded.received, stored = excluded.stored, rejected = excluded.rejected`,
    [row.source_id, row.last_attempt, row.last_success, row.last_error, row.received, row.stored, row.rejected],
  );
}

export async function writeGeoDocument(db: Database, name: string, body: string, sourceId: string, at: string) {
  await db.run(
    `INSERT INTO geo_documents (name, body, source_id, fetched_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET body = excluded.body, source_id = excluded.source_id, fetched_at = excluded.fetched_at`,
    [name, body, sourceId, at],
  );
}

export function readGeoDocument(db: Database, name: string) {
  return db.get<{ body: string; fetched_at: string }>('SELECT body, fetched_at FROM geo_documents WHERE name = ?', [name]);
}

/** An HTTP validator (ETag) kept beside the cursors; replaced whatever its order, unlike a time cursor. */
export async function readValidator(db: Database, sourceId: string, name: string): Promise<string | null> {
  return readCursor(db, sourceId, `etag:${name}`);
}

export async function writeValidator(db: Database, sourceId: string, name: string, etag: string, at: string) {
  await db.run(
    `INSERT INTO sync_cursors (source_id, stream, cursor, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (source_id, stream) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at`,
    [sourceId, `etag:${name}`, etag, at],
  );
}
