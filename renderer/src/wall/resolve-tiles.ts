// What each tile of a scene shows: its own content, or what an operator pushed onto it (until it reverts).
import type { TileOverride } from '../../../shared/contract/areas/wall.js';
import type { Scene, TileContent } from '../../../shared/wall/schema.js';

export interface PlacedTile {
  id: string;
  /** CSS grid-area: row-start / column-start / row-end / column-end. */
  area: string;
  content: TileContent;
  pushed: { by: string; until: string } | null;
  /** Changes when the content changes, so the tile's component is made afresh. */
  key: string;
}

export function placeTiles(scene: Scene, overrides: readonly TileOverride[]): PlacedTile[] {
  const pushedTo = new Map(overrides.map((o) => [o.tileId, o]));
  return scene.tiles.map((tile) => {
    const override = pushedTo.get(tile.id);
    const content: TileContent = override ? override.content : { kind: tile.kind, options: tile.options, ...(tile.title ? { title: tile.title } : {}) };
    return {
      id: tile.id,
      area: `${tile.row} / ${tile.col} / ${tile.row + tile.rowSpan} / ${tile.col + tile.colSpan}`,
      content,
      pushed: override ? { by: override.by, until: override.until } : null,
      key: `${scene.id}|${tile.id}|${content.kind}|${JSON.stringify(content.options)}`,
    };
  });
}

/** Seconds left until `until`, never negative. */
export function secondsLeft(until: string, nowMs: number): number {
  return Math.max(0, Math.ceil((Date.parse(until) - nowMs) / 1000));
}

/** "4:05", "1:02:03" */
export function formatCountdown(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
