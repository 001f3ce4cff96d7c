// Wall tile kinds in the renderer: each kind of shared/wall/tile-kinds.ts paired with the component that draws
// it. A tile component gets its options already parsed by the kind's schema (defaults filled in).
import type { Component } from 'vue';
import type { TileKindSpec } from '../../../../shared/wall/tile-kinds.js';

export interface TileComponentProps<O = Record<string, unknown>> {
  options: O;
  /** The scene's or the pusher's title for the tile, when it has one. */
  title?: { vi: string; en: string };
}

export interface TileView {
  kind: TileKindSpec;
  component: Component;
}

const views = new Map<string, TileView>();

/** Pairs a kind with its component; `component` receives `options` as the kind's schema outputs them. */
export function defineTileView(kind: TileKindSpec, component: Component): TileView {
  const view = { kind, component };
  views.set(kind.id, view);
  return view;
}

export function tileView(kindId: string): TileView | undefined {
  return views.get(kindId);
}

export function registeredTileKinds(): string[] {
  return [...views.keys()];
}

/** The options a component receives: parsed by the kind's schema; null when they do not parse. */
export function parsedOptions(view: TileView, options: unknown): Record<string, unknown> | null {
  const parsed = view.kind.options.safeParse(options);
  return parsed.success ? (parsed.data as Record<string, unknown>) : null;
}
