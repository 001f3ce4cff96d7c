import { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RELOAD_POLICY, enableCrashRecovery, recentReloads, shouldReload } from './crash-recovery.js';

const now = 1_000_000;

describe('shouldReload', () => {
  it.each(['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed', 'memory-eviction', 'unresponsive'] as const)(
    'reloads after %s',
    (reason) => expect(shouldReload({ reason }, [], now)).toBe(true),
  );

  it('does not reload a clean exit or an integrity failure', () => {
    expect(shouldReload({ reason: 'clean-exit' }, [], now)).toBe(false);
    expect(shouldReload({ reason: 'integrity-failure' }, [], now)).toBe(false);
  });

  it('stops at the limit per minute', () => {
    const three = [now - 50_000, now - 20_000, now - 1_000];
    expect(shouldReload({ reason: 'crashed' }, three.slice(0, 2), now)).toBe(true);
    expect(shouldReload({ reason: 'crashed' }, three, now)).toBe(false);
  });

  it('forgets reloads older than the window', () => {
    const old = [now - 61_000, now - 60_000, now - 1_000];
    expect(recentReloads(old, now)).toEqual([now - 1_000]);
    expect(shouldReload({ reason: 'crashed' }, old, now)).toBe(true);
  });

  it('follows a custom policy', () => {
    expect(shouldReload({ reason: 'oom' }, [now - 10], now, { maxReloads: 1, windowMs: 1_000 })).toBe(false);
    expect(shouldReload({ reason: 'oom' }, [now - 10], now, { maxReloads: 1, windowMs: 5 })).toBe(true);
  });
});

describe('enableCrashRecovery', () => {
  afterEach(() => vi.useRealTimers());

  function setup() {
    let clock = now;
    const contents = Object.assign(new EventEmitter(), {
      reload: vi.fn(),
      forcefullyCrashRenderer: vi.fn(),
      isDestroyed: () => false,
    });
    enableCrashRecovery(contents as unknown as WebContents, { log: () => {}, now: () => clock });
    return { contents, advance: (ms: number) => (clock += ms) };
  }

  it('reloads a crashed renderer up to the limit, then retries after the window', () => {
    vi.useFakeTimers();
    const { contents, advance } = setup();
    for (let i = 0; i < 5; i += 1) contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(contents.reload).toHaveBeenCalledTimes(DEFAULT_RELOAD_POLICY.maxReloads);
    advance(DEFAULT_RELOAD_POLICY.windowMs);
    vi.advanceTimersByTime(DEFAULT_RELOAD_POLICY.windowMs);
    expect(contents.reload).toHaveBeenCalledTimes(DEFAULT_RELOAD_POLICY.maxReloads + 1);
  });

  it('kills a hung renderer so that its exit brings the reload', () => {
    const { contents } = setup();
    contents.emit('unresponsive');
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledOnce();
    expect(contents.reload).not.toHaveBeenCalled();
  });

  it('leaves a clean exit alone', () => {
    const { contents } = setup();
    contents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(contents.reload).not.toHaveBeenCalled();
  });
});
