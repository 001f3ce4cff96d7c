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
];
