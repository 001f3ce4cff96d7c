import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/index.js';
import type { WallCommandInput } from '../../../shared/contract/areas/wall.js';
import { wallCommandSchema } from '../../../shared/contract/areas/wall.js';
import { applyCommand, WallCommandError } from './commands.js';
import { advance, currentSceneId, initialState, nextSceneChange, type RuntimeState } from './rotation.js';
import { config } from './test-config.js';

const t0 = Date.parse('2026-03-02T09:00:00+07:00');
const run = (state: RuntimeState, command: WallCommandInput, now = t0 + 1000) =>
  applyCommand(state, config, defaultCatalog, wallCommandSchema.parse(command), 'Nguyễn Văn An', now);
const start = () => initialState(config, 'w', t0);

describe('operator commands', () => {
  it('next and previous step through the playlist, wrapping, with a fresh dwell', () => {
    const n = run(start(), { action: 'next' });
    expect(currentSceneId(n, config)).toBe('s2');
    expect(n.sceneStartedAt).toBe(t0 + 1000);
    expect(currentSceneId(run(start(), { action: 'previous' }), config)).toBe('s3');
  });

  it('hold stops the rotation until resume, which restarts the dwell', () => {
    const held = run(start(), { action: 'hold' });
    expect(held.hold).toEqual({ by: 'Nguyễn Văn An', at: t0 + 1000 });
    expect(advance(held, config, t0 + 3600_000)).toBe(held);
    const resumed = run(held, { action: 'resume' }, t0 + 3600_000);
    expect(resumed.hold).toBeNull();
    expect(nextSceneChange(resumed, config, t0 + 3600_000)).toBe(t0 + 3600_000 + 10_000);
  });

  it('jumps to a scene of the playlist, or shows and holds one from outside it until resumed', () => {
    const inside = run(start(), { action: 'jump', sceneId: 's3' });
    expect(inside).toMatchObject({ index: 2, offSceneId: null, hold: null });
    const outside = run(inside, { action: 'jump', sceneId: 'x' });
    expect(currentSceneId(outside, config)).toBe('x');
    expect(outside.hold?.by).toBe('Nguyễn Văn An');
    const back = run(outside, { action: 'resume' });
    expect(currentSceneId(back, config)).toBe('s3');
    expect(() => run(start(), { action: 'jump', sceneId: 'nope' })).toThrow(/scene "nope" is not configured/);
  });

  it('pushes content to a tile for a while, and it reverts by itself', () => {
    const pushed = run(start(), { action: 'push', tileId: 'b', content: { kind: 'kpi', options: { kpiId: 'health.bed-occupancy' } }, durationSec: 60 });
    expect(pushed.overrides).toEqual([
      { tileId: 'b', content: { kind: 'kpi', options: { kpiId: 'health.bed-occupancy' } }, by: 'Nguyễn Văn An', at: t0 + 1000, until: t0 + 61_000 },
    ]);
    expect(advance(pushed, config, t0 + 30_000)).toBe(pushed); // no rotation while something is pushed
    expect(advance(pushed, config, t0 + 61_000).overrides).toEqual([]);
    // Pushing to the same tile again replaces it; revert ends it early.
    const again = run(pushed, { action: 'push', tileId: 'b', content: { kind: 'clock', options: {} }, durationSec: 30 });
    expect(again.overrides).toHaveLength(1);
    expect(run(again, { action: 'revert', tileId: 'b' }).overrides).toEqual([]);
  });

  it('moving to another scene drops what was pushed', () => {
    const pushed = run(start(), { action: 'push', tileId: 'a', content: { kind: 'clock', options: {} } });
    expect(run(pushed, { action: 'next' }).overrides).toEqual([]);
  });

  it('refuses pushes to tiles that are not there and content its kind refuses, with a typed error', () => {
    const error = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e as WallCommandError;
      }
      throw new Error('no error');
    };
    expect(error(() => run(start(), { action: 'push', tileId: 'zz', content: { kind: 'clock', options: {} } }))).toMatchObject({ code: 'not-found' });
    const bad = error(() => run(start(), { action: 'push', tileId: 'a', content: { kind: 'kpi', options: { kpiId: 'x.nope' } } }));
    expect(bad).toMatchObject({ code: 'invalid-params', issues: ['unknown KPI "x.nope"'] });
    expect(error(() => run(start(), { action: 'push', tileId: 'a', content: { kind: 'hologram', options: {} } })).issues?.[0]).toMatch(/unknown tile kind "hologram"/);
    expect(error(() => run(start(), { action: 'revert', tileId: 'a' }))).toMatchObject({ code: 'not-found' });
  });
});
