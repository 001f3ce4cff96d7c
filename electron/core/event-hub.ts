// Fan-out of engine events to every connected client; KPI change events are coalesced.
import type { ServerMessage } from '../../shared/contract/envelope.js';
import type { EventName, EventPayload } from '../../shared/contract/methods.js';

export class EventHub {
  private readonly listeners = new Set<(message: ServerMessage) => void>();
  private changedKpis = new Set<string>();
  private flushTimer: NodeJS.Timeout | undefined;

  constructor(private readonly coalesceMs = 300) {}

  subscribe(send: (message: ServerMessage) => void): () => void {
    this.listeners.add(send);
    return () => this.listeners.delete(send);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>) {
    const message: ServerMessage = { type: 'event', event, payload };
    for (const send of this.listeners) send(message);
  }

  /** Many KPIs land during one pull; clients hear about them a few times a second, not once per stream. */
  kpiChanged(kpiId: string) {
    this.changedKpis.add(kpiId);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      const kpiIds = [...this.changedKpis];
      this.changedKpis = new Set();
      this.emit('data.changed', { kpiIds });
    }, this.coalesceMs);
  }

  close() {
    clearTimeout(this.flushTimer);
    this.listeners.clear();
  }
}
