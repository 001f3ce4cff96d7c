import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/index.js';
import { loadWallConfig } from '../../../shared/wall/load.js';
import { advance, currentSceneId, initialState, nextDue, nextSceneChange, reconcile, toWallState } from './rotation.js';
import { config, testConfig } from './test-config.js';

const at = (local: string) => Date.parse(`${local}+07:00`);
const monday9 = at('2026-03-02T09:00:00');

describe('playlist timing', () => {
  it('starts the playlist of the daypart that is on', () => {
    expect(initialState(config, 'w', monday9)).toMatchObject({ playlistId: 'day', daypartId: 'office', index: 0 });
    expect(initialState(config, 'w', at('2026-03-02T20:00:00'))).toMatchObject({ playlistId: 'night', daypartId: null });
    expect(initialState(config, 'w', at('2026-03-07T09:00:00'))).toMatchObject({ playlistId: 'night' }); // Saturday
  });

  it('moves to the next scene when its dwell is over, and wraps around', () => {
    const s0 = initialState(config, 'w', monday9);
    expect(advance(s0, config, monday9 + 9_999)).toBe(s0);
    const s1 = advance(s0, config, monday9 + 10_000);
    expect(currentSceneId(s1, config)).toBe('s2');
    expect(s1.sceneStartedAt).toBe(monday9 + 10_000);
    expect(s1.revision).toBe(s0.revision + 1);
    const s2 = advance(s1, config, monday9 + 65_000); // 10 + 20 + 30 = 60 s cycle: back at s1, 5 s in
    expect(currentSceneId(s2, config)).toBe('s1');
    expect(s2.sceneStartedAt).toBe(monday9 + 60_000);
  });

  it('keeps the phase after a long stop without walking every cycle', () => {
    const s0 = initialState(config, 'w', monday9);
    const later = advance(s0, config, monday9 + 3 * 3600_000 + 15_000);
    expect(currentSceneId(later, config)).toBe('s2');
    expect(later.sceneStartedAt).toBe(monday9 + 3 * 3600_000 + 10_000);
  });

  it('switches playlist when the daypart ends, and says when', () => {
    const s0 = initialState(config, 'w', at('2026-03-02T17:29:00'));
    expect(nextSceneChange(s0, config, at('2026-03-02T17:29:00'))).toBe(at('2026-03-02T17:29:10'));
    const s1 = advance(s0, config, at('2026-03-02T17:29:55'));
    expect(nextSceneChange(s1, config, at('2026-03-02T17:29:55'))).toBe(at('2026-03-02T17:30:00')); // the daypart ends before s3's dwell
    const evening = advance(s1, config, at('2026-03-02T17:30:00'));
    expect(evening).toMatchObject({ playlistId: 'night', daypartId: null, index: 0 });
    expect(currentSceneId(evening, config)).toBe('n1');
    // One scene only: it stays; the next change is the next morning's daypart.
    expect(nextSceneChange(evening, config, at('2026-03-02T17:30:00'))).toBe(at('2026-03-03T07:00:00'));
  });

  it('does not rotate while held', () => {
    const held = { ...initialState(config, 'w', monday9), hold: { by: 'An', at: monday9 } };
    expect(advance(held, config, monday9 + 3600_000)).toBe(held);
    expect(nextSceneChange(held, config, monday9)).toBeNull();
    expect(toWallState(held, config, monday9)).toMatchObject({ nextChangeAt: null, hold: { by: 'An', at: '2026-03-02T09:00:00+07:00' } });
  });

  it('reverts pushed tiles when their time is up and then resumes with a fresh dwell', () => {
    const content = { kind: 'clock', options: {} };
    const pushed = { ...initialState(config, 'w', monday9), overrides: [{ tileId: 'a', content, by: 'An', at: monday9, until: monday9 + 120_000 }] };
    expect(nextDue(pushed, config, monday9)).toBe(monday9 + 120_000);
    expect(advance(pushed, config, monday9 + 119_000)).toBe(pushed);
    const reverted = advance(pushed, config, monday9 + 121_000);
    expect(reverted.overrides).toEqual([]);
    expect(currentSceneId(reverted, config)).toBe('s1');
    expect(reverted.sceneStartedAt).toBe(monday9 + 120_000);
    expect(nextSceneChange(reverted, config, monday9 + 121_000)).toBe(monday9 + 130_000);
  });

  it('fits a restored state to a changed configuration', () => {
    const smaller = loadWallConfig(
      { ...testConfig, playlists: [{ id: 'day', name: { vi: 'day', en: 'day' }, entries: [{ sceneId: 's1', dwellSec: 10 }] }, testConfig.playlists[1]!] },
      defaultCatalog,
    );
    const s = { ...initialState(config, 'w', monday9), index: 2, offSceneId: 'gone', overrides: [{ tileId: 'zz', content: { kind: 'clock', options: {} }, by: 'A', at: 0, until: Number.MAX_SAFE_INTEGER }] };
    const fitted = reconcile(s, smaller, monday9);
    expect(fitted).toMatchObject({ index: 0, offSceneId: null, overrides: [] });
    expect(reconcile(fitted, smaller, monday9)).toBe(fitted);
  });

  it('describes the state for the contract in Vietnam time', () => {
    const state = toWallState(initialState(config, 'w', monday9), config, monday9);
    expect(state).toMatchObject({ wallId: 'w', sceneId: 's1', index: 0, count: 3, sceneStartedAt: '2026-03-02T09:00:00+07:00', nextChangeAt: '2026-03-02T09:00:10+07:00' });
  });
});
