// The state of one wall screen and how time moves it: dayparts choose the playlist, dwell times rotate the
// scenes, pushed tiles revert when their time is up. Pure functions of (state, configuration, now in ms);
// the runtime (wall-runtime.ts) persists and publishes what they return.
import type { TileContent, Wall, WallConfig } from '../../../shared/wall/schema.js';
import { activeWindow, nextWindowBoundary } from '../../../shared/wall/dayparts.js';
import { findScene } from '../../../shared/wall/load.js';
import type { WallState } from '../../../shared/contract/areas/wall.js';
import { toVnIso } from '../../../shared/model/periods.js';

export interface RuntimeOverride {
  tileId: string;
  content: TileContent;
  by: string;
  at: number;
  until: number;
}

export interface RuntimeState {
  wallId: string;
  playlistId: string;
  daypartId: string | null;
  /** Position in the playlist (kept while an off-playlist scene is shown, to come back to). */
  index: number;
  /** A scene jumped to that is not in the playlist; it holds the wall until resumed. */
  offSceneId: string | null;
  sceneStartedAt: number;
  hold: { by: string; at: number } | null;
  overrides: RuntimeOverride[];
  revision: number;
  updatedAt: number;
}

export function findWall(config: WallConfig, wallId: string): Wall | undefined {
  return config.walls.find((w) => w.id === wallId);
}

function requireWall(config: WallConfig, wallId: string): Wall {
  const wall = findWall(config, wallId);
  if (!wall) throw new Error(`wall "${wallId}" is not configured`);
  return wall;
}

function playlistOf(config: WallConfig, playlistId: string) {
  const playlist = config.playlists.find((p) => p.id === playlistId);
  if (!playlist) throw new Error(`playlist "${playlistId}" is not configured`);
  return playlist;
}

/** The playlist a wall plays at `now`: its first daypart containing now, or its default. */
export function scheduleAt(wall: Wall, now: number): { playlistId: string; daypartId: string | null } {
  const part = activeWindow(wall.dayparts, now);
  return part ? { playlistId: part.playlistId, daypartId: part.id } : { playlistId: wall.playlistId, daypartId: null };
}

export function initialState(config: WallConfig, wallId: string, now: number): RuntimeState {
  const schedule = scheduleAt(requireWall(config, wallId), now);
  return { wallId, ...schedule, index: 0, offSceneId: null, sceneStartedAt: now, hold: null, overrides: [], revision: 1, updatedAt: now };
}

export function currentSceneId(state: RuntimeState, config: WallConfig): string {
  if (state.offSceneId) return state.offSceneId;
  const entries = playlistOf(config, state.playlistId).entries;
  return entries[state.index % entries.length]!.sceneId;
}

/** A changed copy with the next revision. */
export function revise(state: RuntimeState, patch: Partial<RuntimeState>, now: number): RuntimeState {
  return { ...state, ...patch, revision: state.revision + 1, updatedAt: now };
}

/**
 * Fits a state (restored from the cache, or kept across a configuration change) to the configuration:
 * a playlist or scene that is gone falls back, overrides of tiles that are gone are dropped.
 */
export function reconcile(state: RuntimeState, config: WallConfig, now: number): RuntimeState {
  const wall = requireWall(config, state.wallId);
  let next = state;
  const playlist = config.playlists.find((p) => p.id === next.playlistId);
  if (!playlist) next = revise(next, { ...scheduleAt(wall, now), index: 0, sceneStartedAt: now }, now);
  else if (next.index >= playlist.entries.length || next.index < 0) next = revise(next, { index: 0, sceneStartedAt: now }, now);
  if (next.offSceneId && !findScene(config, next.offSceneId)) next = revise(next, { offSceneId: null, sceneStartedAt: now }, now);
  const scene = findScene(config, currentSceneId(next, config));
  const overrides = next.overrides.filter((o) => scene?.tiles.some((t) => t.id === o.tileId));
  if (overrides.length !== next.overrides.length) next = revise(next, { overrides }, now);
  return next;
}

function rotationPaused(state: RuntimeState): boolean {
  return state.hold !== null || state.overrides.length > 0;
}

/** Moves the state to `now`. Returns the same object when nothing changed. */
export function advance(state: RuntimeState, config: WallConfig, now: number): RuntimeState {
  let next = state;
  const expired = next.overrides.filter((o) => o.until <= now);
  if (expired.length) {
    const overrides = next.overrides.filter((o) => o.until > now);
    const revertedAt = Math.max(...expired.map((o) => o.until));
    // The dwell starts again when the last pushed tile reverts.
    next = revise(next, { overrides, ...(overrides.length === 0 ? { sceneStartedAt: Math.max(next.sceneStartedAt, revertedAt) } : {}) }, now);
  }
  if (rotationPaused(next)) return next;

  const schedule = scheduleAt(requireWall(config, next.wallId), now);
  if (schedule.playlistId !== next.playlistId || schedule.daypartId !== next.daypartId) {
    return revise(next, { ...schedule, index: 0, offSceneId: null, sceneStartedAt: now }, now);
  }
  const entries = playlistOf(config, next.playlistId).entries;
  if (entries.length < 2) return next;
  const dwell = (i: number) => entries[i]!.dwellSec * 1000;
  let { index, sceneStartedAt } = next;
  if (sceneStartedAt + dwell(index) > now) return next;
  // After a long stop (engine down for days) skip whole cycles instead of walking them.
  const cycle = entries.reduce((sum, e) => sum + e.dwellSec * 1000, 0);
  const behind = now - sceneStartedAt;
  if (behind > 2 * cycle) sceneStartedAt += (Math.floor(behind / cycle) - 1) * cycle;
  while (sceneStartedAt + dwell(index) <= now) {
    sceneStartedAt += dwell(index);
    index = (index + 1) % entries.length;
  }
  return revise(next, { index, sceneStartedAt }, now);
}

/** When the scene changes by itself next (rotation or daypart); null while held or pushed. */
export function nextSceneChange(state: RuntimeState, config: WallConfig, now: number): number | null {
  if (rotationPaused(state)) return null;
  const wall = requireWall(config, state.wallId);
  const entries = playlistOf(config, state.playlistId).entries;
  const rotation = entries.length > 1 ? state.sceneStartedAt + entries[state.index]!.dwellSec * 1000 : null;
  const boundary = nextWindowBoundary(wall.dayparts, now);
  if (rotation === null) return boundary;
  return boundary === null ? rotation : Math.min(rotation, boundary);
}

/** When the runtime must look at this wall again: a scene change or the first pushed tile's revert. */
export function nextDue(state: RuntimeState, config: WallConfig, now: number): number | null {
  const times = [nextSceneChange(state, config, now), ...state.overrides.map((o) => o.until)].filter((t): t is number => t !== null);
  return times.length ? Math.min(...times) : null;
}

export function toWallState(state: RuntimeState, config: WallConfig, now: number): WallState {
  const entries = playlistOf(config, state.playlistId).entries;
  const change = nextSceneChange(state, config, now);
  return {
    wallId: state.wallId,
    playlistId: state.playlistId,
    daypartId: state.daypartId,
    sceneId: currentSceneId(state, config),
    index: state.offSceneId ? -1 : state.index,
    count: entries.length,
    sceneStartedAt: toVnIso(new Date(state.sceneStartedAt)),
    nextChangeAt: change === null ? null : toVnIso(new Date(change)),
    hold: state.hold && { by: state.hold.by, at: toVnIso(new Date(state.hold.at)) },
    overrides: state.overrides.map((o) => ({
      tileId: o.tileId,
      content: o.content,
      by: o.by,
      at: toVnIso(new Date(o.at)),
      until: toVnIso(new Date(o.until)),
    })),
    revision: state.revision,
    updatedAt: toVnIso(new Date(state.updatedAt)),
  };
}
