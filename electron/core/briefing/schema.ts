// Briefing decks in the cache, and the demo deck written once (deleting it later keeps it deleted).
import { deckSchema } from '../../../shared/briefing/deck.js';
import { demoDeck } from '../../../shared/briefing/demo-deck.js';
import type { Migration } from '../store/migrations.js';

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;

export const briefingMigrations: readonly Migration[] = [
  {
    id: 'briefing-001-decks',
    sql: `
    CREATE TABLE briefing_decks (
      id TEXT PRIMARY KEY,
      body TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    );
    `,
  },
  {
    id: 'briefing-002-demo-deck',
    sql: `INSERT OR IGNORE INTO briefing_decks (id, body, updated_at, updated_by) VALUES (${sqlText(demoDeck.id)}, ${sqlText(
      JSON.stringify(deckSchema.parse(demoDeck)),
    )}, '2026-01-01T00:00:00+07:00', 'demo');`,
  },
];
