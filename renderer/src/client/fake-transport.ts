// An in-memory transport for unit tests: records what the client sends and lets a test answer.
import { Listeners, type Transport, type TransportState } from './transport.js';

export class FakeTransport implements Transport {
  readonly sent: unknown[] = [];
  private current: TransportState;
  private readonly messages = new Listeners<unknown>();
  private readonly states = new Listeners<TransportState>();

  constructor(initial: TransportState = 'open') {
    this.current = initial;
  }

  get state(): TransportState {
    return this.current;
  }

  send(msg: unknown): void {
    this.sent.push(msg);
  }

  onMessage(cb: (msg: unknown) => void): () => void {
    return this.messages.add(cb);
  }

  onState(cb: (s: TransportState) => void): () => void {
    cb(this.current);
    return this.states.add(cb);
  }

  close(): void {
    this.setState('closed');
  }

  /** Delivers a message as if the engine had sent it. */
  receive(msg: unknown): void {
    this.messages.emit(msg);
  }

  setState(next: TransportState): void {
    this.current = next;
    this.states.emit(next);
  }

  lastCall(): { type: 'call'; id: number; method: string; params: unknown } {
    return this.sent[this.sent.length - 1] as { type: 'call'; id: number; method: string; params: unknown };
  }
}
