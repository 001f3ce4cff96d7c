// Runs one connector on its schedule: pull, record status, back off on failure (exponential, capped, with
// jitter), open the circuit after repeated failures, "sync now", cancel. Never throws into the engine.
import type { CredentialState, SourceStatus } from '../../../shared/contract/areas/sync-model.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { readSourceStatus, writeSourceStatus } from '../store/sync-state.js';
import { nextDelay } from './backoff.js';
import { CircuitBreaker } from './circuit-breaker.js';
import type { Connector, PullRun, PullStats } from './connector.js';
import { countPendingQuarantine } from './quarantine-store.js';
import { UpstreamError, type UpstreamClient } from './upstream-client.js';

export interface SourceRunnerOptions {
  connector: Connector;
  client: UpstreamClient;
  db: Database;
  credential: CredentialState;
  now: () => Date;
  onStatus: (status: SourceStatus) => void;
  log: (line: string) => void;
  random?: () => number;
}

/** Progress events at most this often during a long pull. */
const PROGRESS_EVERY_MS = 250;

export class SourceRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private abort: AbortController | undefined;
  private closed = false;
  private lastProgressEmit = 0;
  private readonly circuit: CircuitBreaker;
  status: SourceStatus;

  constructor(private readonly o: SourceRunnerOptions) {
    const d = o.connector.declaration;
    this.circuit = new CircuitBreaker(d.circuit);
    this.status = {
      id: d.id,
      name: d.name,
      baseUrl: d.baseUrl,
      protocol: d.protocol,
      target: d.target,
      state: 'idle',
      circuit: 'closed',
      credential: o.credential,
      lastAttempt: null,
      lastSuccess: null,
      lastError: null,
      nextAttempt: null,
      consecutiveFailures: 0,
      received: 0,
      stored: 0,
      rejected: 0,
      quarantined: 0,
      progress: null,
      notes: [],
    };
  }

  get id() {
    return this.status.id;
  }

  get busy() {
    return this.running !== undefined;
  }

  connectorOf() {
    return this.o.connector;
  }

  /** Restores the persisted counters and starts the first pull at once. */
  async start() {
    const saved = await readSourceStatus(this.o.db, this.id);
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
    this.status.quarantined = await countPendingQuarantine(this.o.db, this.id);
    this.schedule(0);
  }

  /** Starts a pull now unless one is running; an open circuit lets the operator's request through as a trial. */
  syncNow(): boolean {
    if (this.running || this.closed) return false;
    this.schedule(0);
    return true;
  }

  /** Stops the pull in progress; batches already committed stay. */
  cancel(): boolean {
    if (!this.running || !this.abort) return false;
    this.abort.abort();
    return true;
  }

  async refreshQuarantine() {
    this.status.quarantined = await countPendingQuarantine(this.o.db, this.id);
    this.emit();
  }

  setCredentialState(credential: CredentialState) {
    this.status.credential = credential;
    this.emit();
  }

  async close() {
    this.closed = true;
    clearTimeout(this.timer);
    this.abort?.abort();
    await this.running?.catch(() => undefined);
  }

  private schedule(delayMs: number) {
    clearTimeout(this.timer);
    if (this.closed) return;
    this.status.nextAttempt = toVnIso(new Date(this.o.now().getTime() + delayMs));
    this.timer = setTimeout(() => {
      this.running = this.runOnce().finally(() => {
        this.running = undefined;
        this.schedule(this.delayAfterRun());
        this.emit();
      });
    }, delayMs);
  }

  private delayAfterRun(): number {
    const s = this.o.connector.declaration.schedule;
    const reopen = this.circuit.reopensAt();
    if (reopen !== null) return Math.max(0, reopen - this.o.now().getTime());
    return nextDelay(this.circuit.consecutiveFailures, s, this.o.random);
  }

  private emit() {
    this.status.circuit = this.circuit.state(this.o.now().getTime());
    this.status.consecutiveFailures = this.circuit.consecutiveFailures;
    this.o.onStatus(structuredClone(this.status));
  }

  private progress(done: number, total: number, records: number) {
    this.status.progress = { done, total, records };
    const t = Date.now();
    if (t - this.lastProgressEmit >= PROGRESS_EVERY_MS || done === total) {
      this.lastProgressEmit = t;
      this.emit();
    }
  }

  private async runOnce() {
    const abort = (this.abort = new AbortController());
    Object.assign(this.status, { state: 'syncing', lastAttempt: toVnIso(this.o.now()), nextAttempt: null, progress: null });
    this.emit();
    const stats: PullStats = { received: 0, stored: 0, rejected: 0 };
    const run: PullRun = {
      db: this.o.db,
      client: this.o.client,
      sourceId: this.id,
      now: this.o.now,
      signal: abort.signal,
      stats,
      notes: [],
      progress: (done, total) => this.progress(done, total, stats.received),
      log: this.o.log,
    };
    try {
      await this.o.connector.pull(run);
      this.circuit.recordSuccess();
      Object.assign(this.status, { state: 'ok', lastSuccess: toVnIso(this.o.now()), lastError: null, notes: run.notes });
      this.o.log(`sync ${this.id}: received ${stats.received}, stored ${stats.stored}, rejected ${stats.rejected}`);
    } catch (error) {
      if (abort.signal.aborted) {
        if (!this.closed) Object.assign(this.status, { state: this.status.lastSuccess ? 'ok' : 'idle', notes: [...run.notes, { code: 'cancelled' }] });
        this.o.log(`sync ${this.id}: cancelled`);
      } else {
        this.circuit.recordFailure(this.o.now().getTime());
        const offline = error instanceof UpstreamError && error.unreachable;
        Object.assign(this.status, { state: offline ? 'offline' : 'error', lastError: (error as Error).message, notes: run.notes });
        this.o.log(`sync ${this.id} failed (${this.circuit.consecutiveFailures} in a row): ${(error as Error).message}`);
      }
    } finally {
      this.abort = undefined;
      Object.assign(this.status, {
        progress: null,
        received: this.status.received + stats.received,
        stored: this.status.stored + stats.stored,
        rejected: this.status.rejected + stats.rejected,
      });
      await this.persist();
    }
  }

  private async persist() {
    try {
      this.status.quarantined = await countPendingQuarantine(this.o.db, this.id);
      await writeSourceStatus(this.o.db, {
        source_id: this.id,
        last_attempt: this.status.lastAttempt,
        last_success: this.status.lastSuccess,
        last_error: this.status.lastError,
        received: this.status.received,
        stored: this.status.stored,
        rejected: this.status.rejected,
      });
    } catch (e) {
      this.o.log(`cannot save the status of ${this.id}: ${(e as Error).message}`);
    }
  }
}
