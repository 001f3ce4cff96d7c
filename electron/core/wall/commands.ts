// Operator control of a wall: next, previous, hold, resume, jump to a scene, push content to a tile for a
// while (the tile reverts by itself), revert early. Pure: (state, config, command, who, now) → state.
import type { Catalog } from '../../../shared/catalog/schema.js';
import type { WallCommand } from '../../../shared/contract/areas/wall.js';
import { findScene } from '../../../shared/wall/load.js';
import type { WallConfig } from '../../../shared/wall/schema.js';
import { checkTileContent } from '../../../shared/wall/tile-kinds.js';
import { currentSceneId, revise, type RuntimeState } from './rotation.js';

/** A command that cannot apply: unknown scene or tile, content its tile kind refuses. */
export class WallCommandError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid-params',
    message: string,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = 'WallCommandError';
  }
}

function entriesOf(config: WallConfig, state: RuntimeState) {
  return config.playlists.find((p) => p.id === state.playlistId)?.entries ?? [];
}

/** Moving to another scene drops what was pushed onto the tiles of the one before. */
function step(state: RuntimeState, config: WallConfig, delta: number, now: number): RuntimeState {
  const count = entriesOf(config, state).length;
  const index = state.offSceneId ? state.index : (((state.index + delta) % count) + count) % count;
  return revise(state, { index, offSceneId: null, sceneStartedAt: now, overrides: [] }, now);
}

export function applyCommand(
  state: RuntimeState,
  config: WallConfig,
  catalog: Catalog,
  command: WallCommand,
  operator: string,
  now: number,
): RuntimeState {
  switch (command.action) {
    case 'next':
      return step(state, config, 1, now);
    case 'previous':
      return step(state, config, -1, now);
    case 'hold':
      return revise(state, { hold: { by: operator, at: now } }, now);
    case 'resume':
      // Back to the playlist where it was, with a fresh dwell.
      return revise(state, { hold: null, offSceneId: null, sceneStartedAt: now }, now);
    case 'jump': {
      if (!findScene(config, command.sceneId)) throw new WallCommandError('not-found', `scene "${command.sceneId}" is not configured`);
      const index = entriesOf(config, state).findIndex((e) => e.sceneId === command.sceneId);
      if (index >= 0) return revise(state, { index, offSceneId: null, sceneStartedAt: now, overrides: [] }, now);
      // Not in this playlist: shown and held until an operator resumes.
      return revise(state, { offSceneId: command.sceneId, hold: { by: operator, at: now }, sceneStartedAt: now, overrides: [] }, now);
    }
    case 'push': {
      const sceneId = currentSceneId(state, config);
      const scene = findScene(config, sceneId);
      if (!scene?.tiles.some((t) => t.id === command.tileId)) {
        throw new WallCommandError('not-found', `scene "${sceneId}" has no tile "${command.tileId}"`);
      }
      const issues = checkTileContent(command.content, catalog);
      if (issues.length) throw new WallCommandError('invalid-params', `the content pushed to tile "${command.tileId}" is not valid`, issues);
      const override = { tileId: command.tileId, content: command.content, by: operator, at: now, until: now + command.durationSec * 1000 };
      return revise(state, { overrides: [...state.overrides.filter((o) => o.tileId !== command.tileId), override] }, now);
    }
    case 'revert': {
      if (!state.overrides.some((o) => o.tileId === command.tileId)) {
        throw new WallCommandError('not-found', `nothing is pushed to tile "${command.tileId}"`);
      }
      const overrides = state.overrides.filter((o) => o.tileId !== command.tileId);
      return revise(state, { overrides, ...(overrides.length === 0 ? { sceneStartedAt: now } : {}) }, now);
    }
  }
}
