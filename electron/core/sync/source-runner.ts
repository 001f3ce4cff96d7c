// Runs one upstream source on its schedule: pull, record status, back off on failure, "sync now", cancel.
import type { Catalog } from '../../../shared/catalog/schema.js';
import type { SourceStatus } from '../../../shared/contract/model.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { readGeoDocument, readSourceStatus, writeSourceStatus } from '../store/sync-state.js';
import { DEFAULT_BACKOFF, nextDelay } from './backoff.js';
import { pullGeography } from './geo-pull.js';
import { pullKpis } from './kpi-pull.js';
import { UpstreamError, type UpstreamClient } from './upstream-client.js';

export interface SourceRunnerOptions {
  id: string;
  name: string;
  client: UpstreamClient;
  db: Database;
  catalog: Catalog;
  now: () => Date;
  intervalMs: number;
  onStatus: (status: SourceStatus) => void;
  onStored: (kpiId: string) => void;
  log: (line: string) => void;
}

export class SourceRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private abort = new AbortController();
  private failures = 0;
  private closed = false;
  status: SourceStatus;

  constructor(private readonly o: SourceRunnerOptions) {
    this.status = {
      id: o.id,
      name: o.name,
      baseUrl: o.client.baseUrl,
      state: 'idle',
      lastAttempt: null,
      lastSuccess: null,
      lastError: null,
      nextAttempt: null,
      received: 0,
      stored: 0,
      rejected: 0,
      progress: null,
    };
  }

  /** Restores the persisted counters and starts the first pull at once. */
  async start() {
    const saved = await readSourceStatus(this.o.db, this.o.id);
    if (saved) {
      Object.assign(this.status, {
        lastAttempt: saved.last_attempt,
        lastSuccess: saved.last_success,
        lastError: saved.last_error,
        received: saved.received,
        stored: saved.stored,
        rejected: saved.rejected,
      });
    }
    this.schedule(0);
  }

  /** Starts a pull now unless one is running; resolves when it ends. */
  syncNow(): boolean {
    if (this.running || this.closed) return false;
    this.schedule(0);
    return true;
  }

  get busy() {
    return this.running !== undefined;
  }

  async close() {
    this.closed = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await this.running?.catch(() => undefined);
  }

  private schedule(delayMs: number) {
    clearTimeout(this.timer);
    if (this.closed) return;
    this.status.nextAttempt = toVnIso(new Date(this.o.now().getTime() + delayMs));
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => {
        this.running = undefined;
        this.schedule(nextDelay(this.failures, { ...DEFAULT_BACKOFF, intervalMs: this.o.intervalMs }));
        this.emit();
      });
    }, delayMs);
  }

  private emit() {
    this.o.onStatus({ ...this.status, progress: this.status.progress ? { ...this.status.progress } : null });
  }

  private async runOnce() {
    const startedAt = toVnIso(this.o.now());
    Object.assign(this.status, { state: 'syncing', lastAttempt: startedAt, nextAttempt: null, progress: null });
    this.emit();
    const ctx = { db: this.o.db, client: this.o.client, sourceId: this.o.id, catalog: this.o.catalog, now: this.o.now, signal: this.abort.signal };
    try {
      if (!(await readGeoDocument(this.o.db, 'communes'))) await pullGeography(this.o.db, this.o.client, this.o.id, this.o.now(), this.abort.signal);
      const stats = await pullKpis({
        ...ctx,
        onProgress: (done, total) => {
          this.status.progress = { done, total };
          if (done % 10 === 0 || done === total) this.emit();
        },
        onStored: this.o.onStored,
      });
      this.failures = 0;
      Object.assign(this.status, {
        state: 'ok',
        lastSuccess: toVnIso(this.o.now()),
        lastError: null,
        received: this.status.received + stats.received,
        stored: this.status.stored + stats.stored,
        rejected: this.status.rejected + stats.rejected,
      });
      this.o.log(`sync ${this.o.id}: received ${stats.received}, stored ${stats.stored}, rejected ${stats.rejected}`);
    } catch (error) {
      if (this.closed) return;
      this.failures++;
      const unreachable = error instanceof UpstreamError && (error.kind === 'unreachable' || [502, 503, 504].includes(error.status ?? 0));
      Object.assign(this.status, { state: unreachable ? 'offline' : 'error', lastError: (error as Error).message });
      this.o.log(`sync ${this.o.id} failed (${this.failures} in a row): ${(error as Error).message}`);
    } finally {
      this.status.progress = null;
      await writeSourceStatus(this.o.db, {
        source_id: this.o.id,
        last_attempt: this.status.lastAttempt,
        last_success: this.status.lastSuccess,
        last_error: this.status.lastError,
        received: this.status.received,
        stored: this.status.stored,
        rejected: this.status.rejected,
      }).catch((e: Error) => this.o.log(`cannot save the status of ${this.o.id}: ${e.message}`));
    }
  }
}
