// Registers the component of every wall tile kind; import this (not the single files) for a complete registry.
//
// Registration points for kinds other areas bring (see shared/wall/tile-kinds.ts for their options): add the
// kind to TILE_KINDS there and its component here.
// Each tile component takes { options, title } and keeps its own library instances out of Vue reactivity.
import type { Component } from 'vue';
import { TILE_KINDS, type TileKindId } from '../../../../shared/wall/tile-kinds.js';
import BreachListTile from './BreachListTile.vue';
import CameraWallTile from './CameraWallTile.vue';
import ClockTile from './ClockTile.vue';
import HeadlinesTile from './HeadlinesTile.vue';
import IncidentTile from './IncidentTile.vue';
import KpiTile from './KpiTile.vue';
import MapTile from './MapTile.vue';
import ReportTickerTile from './ReportTickerTile.vue';
import { defineTileView } from './registry.js';

/** Keyed by every tile kind id: a kind added to shared/wall/tile-kinds.ts without a component fails the type check. */
const COMPONENTS: Record<TileKindId, Component> = {
  kpi: KpiTile,
  'breach-list': BreachListTile,
  headlines: HeadlinesTile,
  clock: ClockTile,
  map: MapTile,
  'field-reports': ReportTickerTile,
  incident: IncidentTile,
  camera: CameraWallTile,
};

for (const kind of TILE_KINDS) defineTileView(kind, COMPONENTS[kind.id]);

export * from './registry.js';
