// A per-source circuit breaker: after too many failed pulls in a row the source is left alone for a while
// (no request at all), then one trial pull decides whether it is back.
import type { CircuitState } from '../../../shared/contract/areas/sync-model.js';

export interface CircuitPolicy {
  failureThreshold: number;
  openMs: number;
}

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;

  constructor(private readonly policy: CircuitPolicy) {}

  state(nowMs: number): CircuitState {
    if (this.openedAt === null) return 'closed';
    return nowMs - this.openedAt >= this.policy.openMs ? 'half-open' : 'open';
  }

  get consecutiveFailures() {
    return this.failures;
  }

  /** When an open circuit lets the next trial through (null when closed). */
  reopensAt(): number | null {
    return this.openedAt === null ? null : this.openedAt + this.policy.openMs;
  }

  recordSuccess() {
    this.failures = 0;
    this.openedAt = null;
  }

  recordFailure(nowMs: number) {
    this.failures++;
    // A failed trial (half-open) opens the circuit again for a full pause.
    if (this.openedAt !== null || this.failures >= this.policy.failureThreshold) this.openedAt = nowMs;
  }
}
