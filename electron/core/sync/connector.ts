// What a protocol implementation gives the sync engine: a pull, and a way to re-read a quarantined record.
import type { SourceNote } from '../../../shared/contract/areas/sync-model.js';
import type { Database } from '../store/database.js';
import type { ConnectorDeclaration } from './connectors/declaration.js';
import type { UpstreamClient } from './upstream-client.js';

export interface PullStats {
  received: number;
  stored: number;
  rejected: number;
}

/** One pull in progress. Counters grow as each batch commits, so a pull that fails half-way still counts what it kept. */
export interface PullRun {
  db: Database;
  client: UpstreamClient;
  sourceId: string;
  now: () => Date;
  signal: AbortSignal;
  stats: PullStats;
  notes: SourceNote[];
  progress(done: number, total: number): void;
  log(line: string): void;
}

export interface Connector {
  readonly declaration: ConnectorDeclaration;
  pull(run: PullRun): Promise<void>;
  /**
   * Re-reads one quarantined record inside the caller's transaction and stores it when it is now valid.
   * Returns null when stored, else the reason it still fails.
   */
  reprocess(tx: Database, stream: string, raw: string, at: string): Promise<string | null>;
}

export function noteCount(notes: SourceNote[], code: SourceNote['code'], add: number, detail?: string) {
  const found = notes.find((n) => n.code === code && n.detail === detail);
  if (found) found.count = (found.count ?? 0) + add;
  else notes.push({ code, count: add, ...(detail ? { detail } : {}) });
}
