// When to try again: the regular interval after success, exponential backoff (capped) after failures,
// each with jitter so that many consoles do not hit the upstream in step.
export interface BackoffPolicy {
  intervalMs: number;
  firstRetryMs: number;
  maxRetryMs: number;
  jitter: number;
}

export const DEFAULT_BACKOFF: Omit<BackoffPolicy, 'intervalMs'> = { firstRetryMs: 2000, maxRetryMs: 60_000, jitter: 0.2 };

export function nextDelay(consecutiveFailures: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const base =
    consecutiveFailures === 0
      ? policy.intervalMs
      : Math.min(policy.maxRetryMs, policy.firstRetryMs * 2 ** (consecutiveFailures - 1));
  const spread = base * policy.jitter;
  return Math.round(base - spread + random() * 2 * spread);
}
