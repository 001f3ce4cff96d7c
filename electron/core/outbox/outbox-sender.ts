// Delivers one target's outbox: due items in order (per subject), each posted with its idempotency key, retried
// with capped exponential backoff until the upstream acknowledges it. State lives in SQLite, so a restart
// simply carries on; a redelivery after a crash reuses the key and the upstream applies it only once.
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { dueOutboxItems, markOutboxDelivered, markOutboxFailed, markOutboxHeld, type OutboxItem } from './outbox-store.js';

/** Thrown by a delivery the upstream refused for good (no retry will change it). */
export class PermanentDeliveryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

export interface OutboxSenderOptions {
  db: Database;
  target: string;
  /** Posts one item; resolves with the upstream's acknowledgement (e.g. its update id). */
  deliver: (item: OutboxItem, signal: AbortSignal) => Promise<string | null>;
  now: () => Date;
  onChange: () => void;
  log: (line: string) => void;
  pollMs?: number;
  firstRetryMs?: number;
  maxRetryMs?: number;
  random?: () => number;
}

export function retryDelay(attempts: number, first: number, max: number, random: () => number = Math.random) {
  const base = Math.min(max, first * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + random() * 0.4));
}

export class OutboxSender {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private readonly abort = new AbortController();

  constructor(private readonly o: OutboxSenderOptions) {}

  start() {
    this.wake();
  }

  /** Looks for due items now (after an enqueue, a retry, or a source coming back). */
  wake() {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .catch((e: Error) => this.o.log(`outbox ${this.o.target}: ${e.message}`))
      .finally(() => {
        this.running = undefined;
        if (this.closed) return;
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.timer = setTimeout(() => this.wake(), this.o.pollMs ?? 2000);
      });
  }

  async close() {
    this.closed = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await this.running;
  }

  private async drain() {
    for (;;) {
      const due = await dueOutboxItems(this.o.db, this.o.target, toVnIso(this.o.now()), 20);
      if (due.length === 0 || this.closed) return;
      let delivered = 0;
      for (const item of due) {
        if (this.closed) return;
        if (await this.deliverOne(item)) delivered++;
      }
      this.o.onChange();
      // Nothing went through: the upstream is failing; wait for the items' next attempt times.
      if (delivered === 0) return;
    }
  }

  private async deliverOne(item: OutboxItem): Promise<boolean> {
    try {
      const ack = await this.o.deliver(item, this.abort.signal);
      await markOutboxDelivered(this.o.db, item.id, toVnIso(this.o.now()), ack);
      return true;
    } catch (error) {
      if (this.closed) return false;
      const message = (error as Error).message;
      if (error instanceof PermanentDeliveryError) {
        await markOutboxHeld(this.o.db, item.id, message);
        this.o.log(`outbox ${this.o.target}: item ${item.id} refused upstream, held for an operator: ${message}`);
      } else {
        const wait = retryDelay(item.attempts + 1, this.o.firstRetryMs ?? 2000, this.o.maxRetryMs ?? 300_000, this.o.random);
        await markOutboxFailed(this.o.db, item.id, message, toVnIso(new Date(this.o.now().getTime() + wait)));
      }
      return false;
    }
  }
}
