// Schema migrations, each named and applied once, in order, in its own transaction; the names applied are kept
// in the schema_migrations table. Each area of the engine declares its own list (append only: never edit a
// shipped step) and adds it to ALL_MIGRATIONS; names make the lists of different areas independent.
import { accessMigrations } from '../access/schema.js';
import { cameraMigrations } from '../cameras/schema.js';
import { secretsMigrations } from '../secrets/schema.js';
import { outboxMigrations } from '../outbox/schema.js';
import { mapMigrations } from '../map/schema.js';
import { syncMigrations } from '../sync/schema.js';
import { workflowMigrations } from '../workflow/schema.js';
import { briefingMigrations } from '../briefing/schema.js';
import { wallMigrations } from '../wall/schema.js';
import { disclosureMigrations } from '../workflow/disclosure/schema.js';
import { coreMigrations } from './core-schema.js';
import type { Database } from './database.js';

export interface Migration {
  /** `<area>-<nnn>-<what>`, unique across the engine. */
  id: string;
  sql: string;
}

// One area per line, so that areas added side by side merge cleanly.
export const ALL_MIGRATIONS: readonly Migration[] = [
  ...coreMigrations,
  ...secretsMigrations,
  ...accessMigrations,
  ...cameraMigrations,
  ...outboxMigrations,
  ...mapMigrations,
  ...syncMigrations,
  ...workflowMigrations,
  ...wallMigrations,
  ...briefingMigrations,
  ...disclosureMigrations,
];

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL) WITHOUT ROWID`;

/** Applies the migrations not applied yet; returns the names it applied. */
export async function migrate(db: Database, steps: readonly Migration[] = ALL_MIGRATIONS, now: () => Date = () => new Date()): Promise<string[]> {
  const ids = new Set<string>();
  for (const step of steps) {
    if (ids.has(step.id)) throw new Error(`migration ${step.id} is declared twice`);
    ids.add(step.id);
  }
  await db.exec(BOOKKEEPING);
  const done = new Set((await db.all<{ id: string }>('SELECT id FROM schema_migrations')).map((r) => r.id));
  const unknown = [...done].filter((id) => !ids.has(id));
  if (unknown.length) throw new Error(`the cache has migrations this console does not know (${unknown.join(', ')}); update the console`);
  const applied: string[] = [];
  for (const step of steps) {
    if (done.has(step.id)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(step.sql);
      await tx.run('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)', [step.id, now().toISOString()]);
    });
    applied.push(step.id);
  }
  return applied;
}
