// Short-lived stream tickets: the stream URL a grant holder gets is a capability bound to the seat, the session
// and the right it was issued under; the relay re-checks all three on every request.
import { randomBytes } from 'node:crypto';

export interface StreamTicket {
  cameraId: string;
  kind: 'hls' | 'mjpeg';
  binding: string;
  sessionId: string;
  accountId: string;
  /** The grant (or authority) it was issued under: the stream ends when that no longer holds. */
  rightId: string;
  expiresAt: number;
}

const MAX_TICKETS = 5000;

export class StreamTickets {
  private readonly tickets = new Map<string, StreamTicket>();

  constructor(
    private readonly now: () => number,
    readonly ttlMs = 10 * 60_000,
  ) {}

  issue(ticket: Omit<StreamTicket, 'expiresAt'>): { id: string; expiresAt: number } {
    this.prune();
    const id = randomBytes(24).toString('base64url');
    const expiresAt = this.now() + this.ttlMs;
    this.tickets.set(id, { ...ticket, expiresAt });
    return { id, expiresAt };
  }

  get(id: string): StreamTicket | null {
    const ticket = this.tickets.get(id);
    if (!ticket) return null;
    if (ticket.expiresAt <= this.now()) {
      this.tickets.delete(id);
      return null;
    }
    return ticket;
  }

  private prune(): void {
    const t = this.now();
    for (const [id, ticket] of this.tickets) if (ticket.expiresAt <= t) this.tickets.delete(id);
    while (this.tickets.size >= MAX_TICKETS) this.tickets.delete(this.tickets.keys().next().value!);
  }
}
