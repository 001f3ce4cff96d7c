import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

describe('CircuitBreaker', () => {
  it('opens after the threshold, half-opens after the pause, closes on a good trial', () => {
    const c = new CircuitBreaker({ failureThreshold: 3, openMs: 1000 });
    c.recordFailure(0);
    c.recordFailure(10);
    expect(c.state(20)).toBe('closed');
    c.recordFailure(20);
    expect(c.state(21)).toBe('open');
    expect(c.reopensAt()).toBe(1020);
    expect(c.state(1020)).toBe('half-open');
    c.recordSuccess();
    expect(c.state(1021)).toBe('closed');
    expect(c.consecutiveFailures).toBe(0);
  });

  it('opens again for a full pause when the trial fails', () => {
    const c = new CircuitBreaker({ failureThreshold: 1, openMs: 1000 });
    c.recordFailure(0);
    expect(c.state(1500)).toBe('half-open');
    c.recordFailure(1500);
    expect(c.state(2000)).toBe('open');
    expect(c.state(2500)).toBe('half-open');
  });
});
