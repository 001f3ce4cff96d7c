import { describe, expect, it, vi } from 'vitest';
import { DisplaySleepLock } from './power-save.js';

// Electron's powerSaveBlocker cannot run here: a stand-in that records what it is asked.
function fakeBlocker() {
  const started = new Set<number>();
  let next = 1;
  return {
    started,
    start: vi.fn(() => {
      started.add(next);
      return next++;
    }),
    stop: vi.fn((id: number) => started.delete(id)),
    isStarted: (id: number) => started.has(id),
  };
}

describe('DisplaySleepLock', () => {
  it('blocks display sleep from the first wall to the last', () => {
    const blocker = fakeBlocker();
    const lock = new DisplaySleepLock(blocker);
    lock.hold('wall:chinh');
    lock.hold('wall:phu');
    expect(blocker.start).toHaveBeenCalledTimes(1);
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    lock.release('wall:chinh');
    expect(blocker.stop).not.toHaveBeenCalled();
    lock.release('wall:phu');
    expect(blocker.stop).toHaveBeenCalledOnce();
    expect(lock.held).toBe(false);
    lock.release('wall:phu'); // releasing twice changes nothing
    expect(blocker.stop).toHaveBeenCalledOnce();
  });

  it('starts again if the blocker was stopped behind its back', () => {
    const blocker = fakeBlocker();
    const lock = new DisplaySleepLock(blocker);
    lock.hold('a');
    blocker.started.clear();
    lock.hold('b');
    expect(blocker.start).toHaveBeenCalledTimes(2);
  });
});
