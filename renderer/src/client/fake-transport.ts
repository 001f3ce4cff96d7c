// An in-memory transport for unit tests: records what the client sends and lets a test answer.
import { BaseTransport, type TransportState } from './transport.js';

export class FakeTransport extends BaseTransport {
  readonly sent: unknown[] = [];

  constructor(initial: TransportState = 'open') {
    super(initial);
  }

  send(msg: unknown): void {
    this.sent.push(msg);
  }

  close(): void {
    this.setState('closed');
  }

  /** Delivers a message as if the engine had sent it. */
  receive(msg: unknown): void {
    this.messages.emit(msg);
  }

  override setState(next: TransportState): void {
    super.setState(next);
  }

  lastCall(): { type: 'call'; id: number; method: string; params: unknown } {
    return this.sent[this.sent.length - 1] as { type: 'call'; id: number; method: string; params: unknown };
  }
}
