// Wall rows in the cache: each screen's runtime state and the last valid configuration.
import { z } from 'zod';
import { tileContentSchema } from '../../../shared/wall/schema.js';
import type { Database } from '../store/database.js';
import type { RuntimeState } from './rotation.js';

// What was written by an earlier version is read through a schema: a row that does not fit is ignored (the
// wall starts its playlist again) rather than trusted.
const storedStateSchema = z.object({
  wallId: z.string(),
  playlistId: z.string(),
  daypartId: z.string().nullable(),
  index: z.number().int().min(0),
  offSceneId: z.string().nullable(),
  sceneStartedAt: z.number(),
  hold: z.object({ by: z.string(), at: z.number() }).nullable(),
  overrides: z.array(z.object({ tileId: z.string(), content: tileContentSchema, by: z.string(), at: z.number(), until: z.number() })),
  revision: z.number().int(),
  updatedAt: z.number(),
});

export async function readWallStates(db: Database): Promise<Map<string, RuntimeState>> {
  const rows = await db.all<{ wall_id: string; body: string }>('SELECT wall_id, body FROM wall_state');
  const states = new Map<string, RuntimeState>();
  for (const row of rows) {
    try {
      const parsed = storedStateSchema.safeParse(JSON.parse(row.body));
      if (parsed.success) states.set(row.wall_id, parsed.data);
    } catch {
      // unreadable JSON: the wall starts afresh
    }
  }
  return states;
}

export async function writeWallState(db: Database, state: RuntimeState, at: string): Promise<void> {
  await db.run('INSERT INTO wall_state (wall_id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (wall_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at', [
    state.wallId,
    JSON.stringify(state),
    at,
  ]);
}

export interface StoredWallConfig {
  body: unknown;
  source: 'demo' | 'file';
  file: string | null;
  loadedAt: string;
}

export async function readLastValidConfig(db: Database): Promise<StoredWallConfig | null> {
  const row = await db.get<{ body: string; source: string; file: string | null; loaded_at: string }>('SELECT body, source, file, loaded_at FROM wall_config WHERE id = 1');
  if (!row) return null;
  try {
    return { body: JSON.parse(row.body) as unknown, source: row.source === 'file' ? 'file' : 'demo', file: row.file, loadedAt: row.loaded_at };
  } catch {
    return null;
  }
}

export async function writeLastValidConfig(db: Database, config: StoredWallConfig): Promise<void> {
  await db.run(
    `INSERT INTO wall_config (id, body, source, file, loaded_at) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, source = excluded.source, file = excluded.file, loaded_at = excluded.loaded_at`,
    [JSON.stringify(config.body), config.source, config.file, config.loadedAt],
  );
}
