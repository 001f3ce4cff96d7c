// Reconnect delays: exponential from `baseMs`, capped, with a little jitter so many screens do not reconnect in step.

export interface BackoffOptions {
  baseMs?: number;
  capMs?: number;
  /** 0..1, the share of the delay that is randomised. */
  jitter?: number;
  random?: () => number;
}

export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = 250, capMs = 5000, jitter = 0.2, random = Math.random } = options;
  const raw = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  const spread = raw * jitter;
  return Math.round(Math.min(capMs, raw - spread + random() * spread * 2));
}
