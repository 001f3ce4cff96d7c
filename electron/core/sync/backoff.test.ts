import { describe, expect, it } from 'vitest';
import { nextDelay } from './backoff.js';

const policy = { intervalMs: 60_000, firstRetryMs: 2000, maxRetryMs: 30_000, jitter: 0.2 };
const middle = () => 0.5;

describe('nextDelay', () => {
  it('waits the regular interval after a success', () => {
    expect(nextDelay(0, policy, middle)).toBe(60_000);
  });

  it('doubles after each failure up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => nextDelay(n, policy, middle))).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('spreads by the jitter fraction', () => {
    expect(nextDelay(1, policy, () => 0)).toBe(1600);
    expect(nextDelay(1, policy, () => 1)).toBe(2400);
  });
});
