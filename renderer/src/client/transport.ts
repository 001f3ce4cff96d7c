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

/** State and listener bookkeeping every transport shares; subclasses send and close. */
export abstract class BaseTransport implements Transport {
  protected current: TransportState;
  protected readonly messages = new Listeners<unknown>();
  private readonly states = new Listeners<TransportState>();

  protected constructor(initial: TransportState) {
    this.current = initial;
  }

  abstract send(msg: unknown): void;
  abstract close(): void;

  get state(): TransportState {
    return this.current;
  }

  onMessage(cb: (msg: unknown) => void): () => void {
    return this.messages.add(cb);
  }

  onState(cb: (s: TransportState) => void): () => void {
    cb(this.current);
    return this.states.add(cb);
  }

  protected setState(next: TransportState): void {
    if (next === this.current) return;
    this.current = next;
    this.states.emit(next);
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
