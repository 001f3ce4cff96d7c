// Briefing decks in the cache: one JSON row per deck, validated on the way in and on the way out.
import { deckSchema, type Deck } from '../../../shared/briefing/deck.js';
import type { DeckSummary, StoredDeck } from '../../../shared/contract/areas/briefing.js';
import type { Database } from '../store/database.js';

interface DeckRow {
  id: string;
  body: string;
  updated_at: string;
  updated_by: string;
}

function toStored(row: DeckRow): StoredDeck | null {
  try {
    const parsed = deckSchema.safeParse(JSON.parse(row.body));
    return parsed.success ? { ...parsed.data, updatedAt: row.updated_at, updatedBy: row.updated_by } : null;
  } catch {
    return null;
  }
}

export async function listDecks(db: Database): Promise<DeckSummary[]> {
  const rows = await db.all<DeckRow>('SELECT * FROM briefing_decks ORDER BY updated_at DESC, id');
  return rows
    .map(toStored)
    .filter((d): d is StoredDeck => d !== null)
    .map((d) => ({ id: d.id, title: d.title, subtitle: d.subtitle, slideCount: d.slides.length, updatedAt: d.updatedAt, updatedBy: d.updatedBy }));
}

export async function readDeck(db: Database, id: string): Promise<StoredDeck | null> {
  const row = await db.get<DeckRow>('SELECT * FROM briefing_decks WHERE id = ?', [id]);
  return row ? toStored(row) : null;
}

export async function writeDeck(db: Database, deck: Deck, by: string, at: string): Promise<void> {
  await db.run(
    `INSERT INTO briefing_decks (id, body, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [deck.id, JSON.stringify(deck), at, by],
  );
}

export async function deleteDeck(db: Database, id: string): Promise<boolean> {
  return (await db.run('DELETE FROM briefing_decks WHERE id = ?', [id])).changes > 0;
}
