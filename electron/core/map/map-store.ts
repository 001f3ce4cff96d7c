// The map cache in SQLite: features per layer with a revision per change (so a client can ask for what
// changed since the revision it has), tombstones for removed features, and each layer's sync state.
import type { Database } from '../store/database.js';
import type { FeatureRow } from './feature-intake.js';

export interface LayerState {
  layer: string;
  revision: number;
  pruned_before: number;
  synced_at: string | null;
  as_of: string | null;
  last_error: string | null;
}

export interface StoredFeature {
  id: string;
  name: string;
  lon: number | null;
  lat: number | null;
  commune: string | null;
  props: string;
  updated_at: string;
  revision: number;
  reject_reason: string | null;
  reject_detail: string | null;
  deleted: number;
  scope: string | null;
}

/** Tombstones are kept this long, so clients that were away less than that still get a delta. */
const TOMBSTONE_DAYS = 7;

export async function readLayerState(db: Database, layer: string): Promise<LayerState> {
  const row = await db.get<LayerState>('SELECT * FROM map_layer_state WHERE layer = ?', [layer]);
  return row ?? { layer, revision: 0, pruned_before: 0, synced_at: null, as_of: null, last_error: null };
}

export async function readLayerStates(db: Database): Promise<Map<string, LayerState>> {
  const rows = await db.all<LayerState>('SELECT * FROM map_layer_state');
  return new Map(rows.map((r) => [r.layer, r]));
}

/**
 * Stores a batch of rows for a layer (inside the caller's transaction). Rows equal to what is stored are
 * left alone; the others get the layer's next revision. Returns how many rows changed.
 */
export async function writeFeatures(tx: Database, layer: string, rows: readonly FeatureRow[], sourceId: string): Promise<number> {
  if (rows.length === 0) return 0;
  const state = await readLayerState(tx, layer);
  const revision = state.revision + 1;
  const payload = rows.map((r) => [r.id, r.name, r.nameFolded, r.lon, r.lat, r.commune, r.props, r.updatedAt, r.rejectReason, r.rejectDetail, r.deleted ? 1 : 0, r.scope]);
  const { changes } = await tx.run(
    `INSERT INTO map_features (layer, id, name, name_folded, lon, lat, commune, props, updated_at, revision, reject_reason, reject_detail, deleted, source_id, scope)
     SELECT ?1, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6, j.value ->> 7, ?2,
            j.value ->> 8, j.value ->> 9, j.value ->> 10, ?3, j.value ->> 11
     FROM json_each(?4) AS j WHERE true
     ON CONFLICT (layer, id) DO UPDATE SET
       name = excluded.name, name_folded = excluded.name_folded, lon = excluded.lon, lat = excluded.lat, commune = excluded.commune,
       props = excluded.props, updated_at = excluded.updated_at, revision = excluded.revision, reject_reason = excluded.reject_reason,
       reject_detail = excluded.reject_detail, deleted = excluded.deleted, source_id = excluded.source_id, scope = excluded.scope
     WHERE map_features.updated_at IS NOT excluded.updated_at OR map_features.props IS NOT excluded.props
       OR map_features.deleted IS NOT excluded.deleted OR map_features.reject_reason IS NOT excluded.reject_reason
       OR map_features.lon IS NOT excluded.lon OR map_features.lat IS NOT excluded.lat OR map_features.name IS NOT excluded.name
       OR map_features.commune IS NOT excluded.commune OR map_features.scope IS NOT excluded.scope`,
    [layer, revision, sourceId, JSON.stringify(payload)],
  );
  if (changes > 0) {
    await tx.run(
      `INSERT INTO map_layer_state (layer, revision) VALUES (?1, ?2) ON CONFLICT (layer) DO UPDATE SET revision = excluded.revision`,
      [layer, revision],
    );
  }
  return changes;
}

/** Records a finished pull of a layer: when, the upstream's as-of, and drops old tombstones. */
export async function recordPull(tx: Database, layer: string, at: string, asOf: string | null, now: Date) {
  await tx.run(
    `INSERT INTO map_layer_state (layer, revision, synced_at, as_of, last_error) VALUES (?1, 0, ?2, ?3, NULL)
     ON CONFLICT (layer) DO UPDATE SET synced_at = excluded.synced_at, as_of = coalesce(excluded.as_of, map_layer_state.as_of), last_error = NULL`,
    [layer, at, asOf],
  );
  const cutoff = new Date(now.getTime() - TOMBSTONE_DAYS * 86_400_000).toISOString();
  const pruned = await tx.get<{ top: number | null }>(
    `SELECT max(revision) AS top FROM map_features WHERE layer = ? AND deleted = 1 AND julianday(updated_at) < julianday(?)`,
    [layer, cutoff],
  );
  if (pruned?.top != null) {
    await tx.run(`DELETE FROM map_features WHERE layer = ? AND deleted = 1 AND julianday(updated_at) < julianday(?)`, [layer, cutoff]);
    await tx.run(`UPDATE map_layer_state SET pruned_before = max(pruned_before, ?) WHERE layer = ?`, [pruned.top + 1, layer]);
  }
}

export async function recordPullError(db: Database, layer: string, message: string) {
  await db.run(
    `INSERT INTO map_layer_state (layer, revision, last_error) VALUES (?1, 0, ?2) ON CONFLICT (layer) DO UPDATE SET last_error = excluded.last_error`,
    [layer, message],
  );
}

const COLUMNS = 'id, name, lon, lat, commune, props, updated_at, revision, reject_reason, reject_detail, deleted, scope';

/** The drawable features of a layer; of one scope only when given (an agency's field reports). */
export function readDrawable(db: Database, layer: string, scope?: string): Promise<StoredFeature[]> {
  const only = scope === undefined ? '' : ' AND scope = ?';
  return db.all<StoredFeature>(`SELECT ${COLUMNS} FROM map_features WHERE layer = ? AND deleted = 0 AND reject_reason IS NULL${only}`, scope === undefined ? [layer] : [layer, scope]);
}

/** Every row of a layer that changed after `revision` (drawable, rejected or removed). */
export function readChangedSince(db: Database, layer: string, revision: number): Promise<StoredFeature[]> {
  return db.all<StoredFeature>(`SELECT ${COLUMNS} FROM map_features WHERE layer = ? AND revision > ?`, [layer, revision]);
}

export function readRejected(db: Database, layer: string, scope?: string): Promise<StoredFeature[]> {
  const only = scope === undefined ? '' : ' AND scope = ?';
  return db.all<StoredFeature>(
    `SELECT ${COLUMNS} FROM map_features WHERE layer = ? AND deleted = 0 AND reject_reason IS NOT NULL${only} ORDER BY id`,
    scope === undefined ? [layer] : [layer, scope],
  );
}

/** Drawable and rejected counts of one scope of a layer. */
export async function countInScope(db: Database, layer: string, scope: string) {
  const row = await db.get<{ drawable: number | null; rejected: number | null }>(
    `SELECT sum(reject_reason IS NULL) AS drawable, sum(reject_reason IS NOT NULL) AS rejected FROM map_features WHERE layer = ? AND deleted = 0 AND scope = ?`,
    [layer, scope],
  );
  return { drawable: row?.drawable ?? 0, rejected: row?.rejected ?? 0 };
}

export function countByLayer(db: Database) {
  return db.all<{ layer: string; drawable: number; rejected: number }>(
    `SELECT layer, sum(reject_reason IS NULL) AS drawable, sum(reject_reason IS NOT NULL) AS rejected
     FROM map_features WHERE deleted = 0 GROUP BY layer`,
  );
}

/** Drawable features whose folded name contains every folded word (ranked by the caller). */
export function searchFeatures(db: Database, words: readonly string[], limit: number) {
  const like = words.map(() => `name_folded LIKE ? ESCAPE '\\'`).join(' AND ');
  const params = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return db.all<{ layer: string; id: string; name: string; lon: number; lat: number; commune: string | null; scope: string | null }>(
    `SELECT layer, id, name, lon, lat, commune, scope FROM map_features WHERE deleted = 0 AND reject_reason IS NULL AND ${like} LIMIT ?`,
    [...params, limit],
  );
}

export async function readSetting(db: Database, key: string): Promise<string | null> {
  return (await db.get<{ value: string }>('SELECT value FROM map_settings WHERE key = ?', [key]))?.value ?? null;
}

export async function writeSetting(db: Database, key: string, value: string, at: string) {
  await db.run(
    `INSERT INTO map_settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    [key, value, at],
  );
}
