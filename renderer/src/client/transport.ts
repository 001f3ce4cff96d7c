// A port to the engine: a WebSocket to the web host, or an Electron MessagePort. The client never knows which.

export type TransportState = 'connecting' | 'open' | 'closed';

export interface Transport {
  /** Sends one message; a transport that is not open queues it until it is. */
  send(msg: unknown): void;
  /** Every inbound message, already parsed. Returns an unsubscribe function. */
  onMessage(cb: (msg: unknown) => void): () => void;
  /** State changes; the current state is reported at once. Returns an unsubscribe function. */
  onState(cb: (s: TransportState) => void): () => void;
  readonly state: TransportState;
  close(): void;
}

/** Listener bookkeeping shared by the transports. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  add(cb: (value: T) => void): () => void {
    this.set.add(cb);
    return () => this.set.delete(cb);
  }

  emit(value: T): void {
    for (const cb of [...this.set]) {
      try {
        cb(value);
      } catch (err) {
        console.error('[transport] listener failed', err);
      }
    }
  }
}

/** Messages waiting for the port to open; the oldest are dropped past `limit`. */
export class SendQueue {
  private items: unknown[] = [];

  constructor(private readonly limit = 1000) {}

  push(msg: unknown): void {
    this.items.push(msg);
    if (this.items.length > this.limit) this.items.shift();
  }

  drain(): unknown[] {
    const items = this.items;
    this.items = [];
    return items;
  }

  get size(): number {
    return this.items.length;
  }
}

/** Text frames carry JSON; structured-clone ports may carry objects or JSON text. */
export function decodeFrame(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}
