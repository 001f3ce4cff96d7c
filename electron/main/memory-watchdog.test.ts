import { describe, expect, it, vi } from 'vitest';
import { enableMemoryWatchdog, isQuietMoment, rendererMemoryMb, watchdogDecision, type WatchdogPolicy } from './memory-watchdog.js';

const policy: WatchdogPolicy = { limitMb: 1000, forceAfterMs: 30 * 60_000, minIntervalMs: 10 * 60_000 };
const fresh = { overSince: null, lastReloadAt: null };

describe('watchdogDecision', () => {
  it('leaves a wall under its limit alone', () => {
    expect(watchdogDecision(900, true, fresh, 0, policy)).toEqual({ action: 'ok', memory: fresh });
  });

  it('waits for a quiet moment, then reloads', () => {
    const first = watchdogDecision(1200, false, fresh, 1000, policy);
    expect(first).toEqual({ action: 'wait', memory: { overSince: 1000, lastReloadAt: null } });
    expect(watchdogDecision(1200, true, first.memory, 2000, policy)).toEqual({ action: 'reload', memory: { overSince: null, lastReloadAt: 2000 } });
  });

  it('reloads anyway after long enough over the limit, but not twice in a row', () => {
    const over = { overSince: 0, lastReloadAt: null };
    expect(watchdogDecision(1200, false, over, policy.forceAfterMs, policy).action).toBe('reload');
    expect(watchdogDecision(1200, true, { overSince: null, lastReloadAt: 0 }, 60_000, policy).action).toBe('wait');
  });
});

describe('isQuietMoment', () => {
  it('is the few seconds after a scene change with nothing urgent or pushed', () => {
    expect(isQuietMoment({ unacknowledgedAlarms: 0, pushedTiles: 0, sceneStartedAt: 1000, now: 3000 })).toBe(true);
    expect(isQuietMoment({ unacknowledgedAlarms: 0, pushedTiles: 0, sceneStartedAt: 1000, now: 9000 })).toBe(false);
    expect(isQuietMoment({ unacknowledgedAlarms: 1, pushedTiles: 0, sceneStartedAt: 1000, now: 2000 })).toBe(false);
    expect(isQuietMoment({ unacknowledgedAlarms: 0, pushedTiles: 1, sceneStartedAt: 1000, now: 2000 })).toBe(false);
  });
});

describe('enableMemoryWatchdog', () => {
  // Electron's app metrics and webContents cannot run here: stand-ins with the same shape.
  it('samples renderer memory and reloads the window that is over its limit at a quiet moment', () => {
    vi.useFakeTimers();
    const app = { getAppMetrics: () => [{ pid: 42, memory: { workingSetSize: 2_000_000 } }, { pid: 43, memory: { workingSetSize: 100_000 } }] as never };
    const big = { getOSProcessId: () => 42, isDestroyed: () => false, reload: vi.fn() };
    const small = { getOSProcessId: () => 43, isDestroyed: () => false, reload: vi.fn() };
    expect(rendererMemoryMb(app, big as never)).toBeCloseTo(1953.1, 1);
    let quiet = false;
    const stop = enableMemoryWatchdog({
      app,
      windows: () => [
        { key: 'wall:a', contents: big as never, quiet: () => quiet },
        { key: 'wall:b', contents: small as never, quiet: () => true },
      ],
      policy: () => policy,
      log: () => undefined,
      intervalMs: 1000,
    });
    vi.advanceTimersByTime(3000);
    expect(big.reload).not.toHaveBeenCalled();
    quiet = true;
    vi.advanceTimersByTime(1000);
    expect(big.reload).toHaveBeenCalledOnce();
    expect(small.reload).not.toHaveBeenCalled();
    stop();
    vi.useRealTimers();
  });
});
