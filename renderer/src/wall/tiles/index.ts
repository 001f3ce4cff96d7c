// Registers the component of every wall tile kind; import this (not the single files) for a complete registry.
//
// Registration points for kinds other areas bring (see shared/wall/tile-kinds.ts for their options):
//   defineTileView(mapTileKind, MapTile)            — the map panel (MapView) with a pushed map view
//   defineTileView(fieldReportsTileKind, ReportTicker) — the latest field reports
//   defineTileView(cameraTileKind, CameraTile)      — a camera stream through the gateway
//   defineTileView(incidentTileKind, IncidentTile)  — one field report or incident, what "push an incident" sends
// Each tile component takes { options, title } and keeps its own library instances out of Vue reactivity.
import { breachListTileKind, clockTileKind, headlinesTileKind, kpiTileKind } from '../../../../shared/wall/tile-kinds.js';
import BreachListTile from './BreachListTile.vue';
import ClockTile from './ClockTile.vue';
import HeadlinesTile from './HeadlinesTile.vue';
import KpiTile from './KpiTile.vue';
import { defineTileView } from './registry.js';

defineTileView(kpiTileKind, KpiTile);
defineTileView(breachListTileKind, BreachListTile);
defineTileView(headlinesTileKind, HeadlinesTile);
defineTileView(clockTileKind, ClockTile);

export * from './registry.js';
