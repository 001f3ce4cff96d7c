// The wall's tables: the state of each wall screen (so a restarted wall or engine resumes where it was),
// the last valid configuration (kept when a new one is refused), and alarms with who acknowledged them.
import type { Migration } from '../store/migrations.js';

export const wallMigrations: readonly Migration[] = [
  {
    id: 'wall-001-state-config-alarms',
    sql: `
    CREATE TABLE wall_state (
      wall_id TEXT PRIMARY KEY,
      body TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE wall_config (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      body TEXT NOT NULL,
      source TEXT NOT NULL,
      file TEXT,
      loaded_at TEXT NOT NULL
    );
    CREATE TABLE wall_alarms (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      source TEXT NOT NULL,
      key TEXT NOT NULL,
      severity TEXT NOT NULL,
      title TEXT NOT NULL,
      detail TEXT,
      kpi_id TEXT,
      value REAL,
      raised_at TEXT NOT NULL,
      cleared_at TEXT,
      acked_at TEXT,
      acked_by TEXT,
      acked_connection TEXT
    );
    CREATE UNIQUE INDEX wall_alarms_open ON wall_alarms (key) WHERE cleared_at IS NULL;
    CREATE INDEX wall_alarms_visible ON wall_alarms (acked_at, cleared_at);
    `,
  },
];
