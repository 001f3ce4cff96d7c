// Validates a wall configuration and says what is wrong by name: unknown tile kinds or panels, tiles outside
// the grid or on top of each other, zero dwell times, references to scenes or playlists that do not exist.
import type { Catalog } from '../catalog/schema.js';
import { sceneSchema, wallConfigSchema, type Scene, type WallConfig } from './schema.js';
import { checkTileContent, TILE_KINDS, type TileKindSpec } from './tile-kinds.js';

export class WallConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`the wall configuration is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'WallConfigError';
  }
}

/** `scenes[1] "giao-thong" > tiles[0] "aqi" > dwellSec`: array entries named by their id where they have one. */
function where(raw: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = raw;
  for (const key of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key !== 'number') {
      parts.push(String(key));
      continue;
    }
    const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}[${key}]${typeof id === 'string' ? ` "${id}"` : ''}`;
  }
  return parts.length ? parts.join(' > ') : 'configuration';
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

function sceneProblems(scene: Scene, catalog: Catalog, kinds: readonly TileKindSpec[]): string[] {
  const problems: string[] = [];
  const name = `scene "${scene.id}"`;
  for (const id of duplicates(scene.tiles.map((t) => t.id))) problems.push(`${name}: two tiles are called "${id}"`);
  const owner = new Map<string, string>();
  for (const tile of scene.tiles) {
    const label = `${name} > tile "${tile.id}"`;
    const lastCol = tile.col + tile.colSpan - 1;
    const lastRow = tile.row + tile.rowSpan - 1;
    if (lastCol > scene.grid.cols || lastRow > scene.grid.rows) {
      problems.push(`${label}: reaches column ${lastCol}, row ${lastRow}, outside the ${scene.grid.cols}×${scene.grid.rows} grid`);
    }
    for (const issue of checkTileContent(tile, catalog, kinds)) problems.push(`${label}: ${issue}`);
    for (let c = tile.col; c <= Math.min(lastCol, scene.grid.cols); c += 1) {
      for (let r = tile.row; r <= Math.min(lastRow, scene.grid.rows); r += 1) {
        const other = owner.get(`${c},${r}`);
        if (other !== undefined && other !== tile.id) {
          problems.push(`${name}: tiles "${other}" and "${tile.id}" overlap at column ${c}, row ${r}`);
          c = lastCol + 1; // one report per pair is enough
          break;
        }
        owner.set(`${c},${r}`, tile.id);
      }
    }
  }
  return problems;
}

/** The configuration, or a WallConfigError listing every problem by name. */
export function loadWallConfig(raw: unknown, catalog: Catalog, kinds: readonly TileKindSpec[] = TILE_KINDS): WallConfig {
  const parsed = wallConfigSchema.safeParse(raw);
  if (!parsed.success) {
    // Say everything at once: the shape problems, and the tile problems of every scene whose shape is fine.
    const problems = parsed.error.issues.map((i) => `${where(raw, i.path)}: ${i.message}`);
    const scenes = (raw as { scenes?: unknown } | null)?.scenes;
    for (const scene of Array.isArray(scenes) ? scenes : []) {
      const ok = sceneSchema.safeParse(scene);
      if (ok.success) problems.push(...sceneProblems(ok.data, catalog, kinds));
    }
    throw new WallConfigError(problems);
  }
  const config = parsed.data;
  const problems: string[] = [];
  const sceneIds = new Set(config.scenes.map((s) => s.id));
  const playlistIds = new Set(config.playlists.map((p) => p.id));
  const kpiIds = new Set(catalog.domains.flatMap((d) => d.kpis.map((k) => k.id)));

  for (const id of duplicates(config.scenes.map((s) => s.id))) problems.push(`two scenes are called "${id}"`);
  for (const id of duplicates(config.playlists.map((p) => p.id))) problems.push(`two playlists are called "${id}"`);
  for (const id of duplicates(config.walls.map((w) => w.id))) problems.push(`two walls are called "${id}"`);
  for (const scene of config.scenes) problems.push(...sceneProblems(scene, catalog, kinds));
  for (const playlist of config.playlists) {
    for (const entry of playlist.entries) {
      if (!sceneIds.has(entry.sceneId)) problems.push(`playlist "${playlist.id}": unknown scene "${entry.sceneId}"`);
    }
  }
  for (const wall of config.walls) {
    if (!playlistIds.has(wall.playlistId)) problems.push(`wall "${wall.id}": unknown playlist "${wall.playlistId}"`);
    for (const id of duplicates(wall.dayparts.map((d) => d.id))) problems.push(`wall "${wall.id}": two dayparts are called "${id}"`);
    for (const part of wall.dayparts) {
      if (!playlistIds.has(part.playlistId)) problems.push(`wall "${wall.id}" > daypart "${part.id}": unknown playlist "${part.playlistId}"`);
    }
  }
  for (const id of duplicates(config.alarms.rules.map((r) => r.id))) problems.push(`two alarm rules are called "${id}"`);
  for (const rule of config.alarms.rules) {
    if (!kpiIds.has(rule.kpiId)) problems.push(`alarm rule "${rule.id}": unknown KPI "${rule.kpiId}"`);
  }
  if (problems.length) throw new WallConfigError(problems);
  return config;
}

export function findScene(config: WallConfig, sceneId: string): Scene | undefined {
  return config.scenes.find((s) => s.id === sceneId);
}
