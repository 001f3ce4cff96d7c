// The map's cache tables: the features of every layer (drawable or rejected with the reason, tombstones for
// what left the feed), each layer's revision, and the operator's map settings (basemap).
import type { Migration } from '../store/migrations.js';

export const mapMigrations: readonly Migration[] = [
  {
    id: 'map-001-features-settings',
    sql: `
  CREATE TABLE map_features (
    layer TEXT NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    lon REAL,
    lat REAL,
    commune TEXT,
    props TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    revision INTEGER NOT NULL,
    reject_reason TEXT,
    reject_detail TEXT,
    deleted INTEGER NOT NULL DEFAULT 0,
    source_id TEXT NOT NULL,
    PRIMARY KEY (layer, id)
  ) WITHOUT ROWID;
  CREATE INDEX map_features_by_revision ON map_features (layer, revision);
  CREATE TABLE map_layer_state (
    layer TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    pruned_before INTEGER NOT NULL DEFAULT 0,
    synced_at TEXT,
    as_of TEXT,
    last_error TEXT
  );
  CREATE TABLE map_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  `,
  },
  {
    // Field reports and cameras now come from the workflow and the camera registry: the provincial feeds' rows
    // of those layers go, and clients holding an older revision get the whole layer again. `scope` is who may
    // see a feature of a scoped layer (an agency, a police unit).
    id: 'map-002-own-sources-scope',
    sql: `
  ALTER TABLE map_features ADD COLUMN scope TEXT;
  CREATE INDEX map_features_by_scope ON map_features (layer, scope) WHERE scope IS NOT NULL;
  DELETE FROM map_features WHERE layer IN ('field-reports', 'cameras');
  UPDATE map_layer_state SET pruned_before = revision + 1, synced_at = NULL, as_of = NULL WHERE layer IN ('field-reports', 'cameras');
  DELETE FROM sync_cursors WHERE stream IN ('map:field-reports', 'map:cameras');
  `,
  },
];
