// The kinds of wall tile: an id, a zod schema of its options, and the references it makes to the catalog.
// The engine validates scenes and pushed content against this list; the renderer pairs each kind with its
// component (renderer/src/wall/tiles/index.ts) and a unit test holds the two lists equal.
//
// Registration points for the kinds other areas bring (add the kind here and its component there):
// The map view ("map"), the field-report ticker ("field-reports") and one report ("incident") are below;
// pushing a map view or an incident to a tile is `push` with that kind and its options.
// A scene that names a kind not listed here is rejected at load with its name and the reason.
import { z } from 'zod';
import { FIELD_REPORT_CATEGORIES } from '../catalog/field-report-categories.js';
import type { Catalog } from '../catalog/schema.js';
import { MAP_LAYERS } from '../map/layers.js';

export interface TileKindSpec<O extends z.ZodType = z.ZodType, Id extends string = string> {
  id: Id;
  options: O;
  /** Problems with what the options name (unknown KPI, unknown domain); empty when fine. */
  references?: (options: z.output<O>, catalog: Catalog) => string[];
}

function defineTileKind<O extends z.ZodType, const Id extends string>(spec: TileKindSpec<O, Id>): TileKindSpec<O, Id> {
  return spec;
}

const kpiIdOption = z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, 'expected a KPI id such as "health.bed-occupancy"');

function knownKpi(catalog: Catalog, kpiId: string): boolean {
  return catalog.domains.some((d) => d.kpis.some((k) => k.id === kpiId));
}

/** A KPI panel: the KPI's latest value, chart and provenance. */
export const kpiTileKind = defineTileKind({
  id: 'kpi',
  options: z.object({ kpiId: kpiIdOption }).strict(),
  references: (o, catalog) => (knownKpi(catalog, o.kpiId) ? [] : [`unknown KPI "${o.kpiId}"`]),
});

/** The KPIs whose latest value crosses a threshold, most severe first. */
export const breachListTileKind = defineTileKind({
  id: 'breach-list',
  options: z
    .object({
      severities: z.array(z.enum(['warning', 'critical'])).min(1).default(['critical', 'warning']),
      /** Only these domains; all when absent. */
      domains: z.array(z.string()).optional(),
      limit: z.number().int().min(1).max(30).default(8),
    })
    .strict(),
  references: (o, catalog) => (o.domains ?? []).filter((d) => !catalog.domains.some((x) => x.key === d)).map((d) => `unknown domain "${d}"`),
});

/** Headline KPIs of several domains as compact stat tiles. */
export const headlinesTileKind = defineTileKind({
  id: 'headlines',
  options: z.object({ domains: z.array(z.string()).min(1).max(12).optional() }).strict(),
  references: (o, catalog) => (o.domains ?? []).filter((d) => !catalog.domains.some((x) => x.key === d)).map((d) => `unknown domain "${d}"`),
});

/** Date and time in Vietnam, with the name of the centre. */
export const clockTileKind = defineTileKind({
  id: 'clock',
  options: z.object({ showDate: z.boolean().default(true) }).strict(),
});

/**
 * Where a map view may look: the province (Đắk Lắk with the former Phú Yên) and a margin around it, so that a
 * swapped longitude and latitude, or a view of somewhere else, is refused at load rather than shown as sea.
 */
export const MAP_VIEW_BOUNDS = { west: 106.5, south: 11.5, east: 110, north: 14.5 } as const;

/** The map panel on a view: centre, zoom, the point layers shown (the layers' defaults when absent) and the
 * communes coloured by a KPI that has a breakdown by commune, when one is named. */
export const mapTileKind = defineTileKind({
  id: 'map',
  options: z
    .object({
      center: z
        .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
        .refine(([lon, lat]) => lon >= MAP_VIEW_BOUNDS.west && lon <= MAP_VIEW_BOUNDS.east && lat >= MAP_VIEW_BOUNDS.south && lat <= MAP_VIEW_BOUNDS.north, {
          message: `the centre [lon, lat] must lie in the province (longitude ${MAP_VIEW_BOUNDS.west}–${MAP_VIEW_BOUNDS.east}, latitude ${MAP_VIEW_BOUNDS.south}–${MAP_VIEW_BOUNDS.north})`,
        }),
      zoom: z.number().min(5, 'zoom is 5 to 18').max(18, 'zoom is 5 to 18'),
      layers: z.array(z.string()).max(MAP_LAYERS.length).optional(),
      kpiId: kpiIdOption.optional(),
    })
    .strict(),
  references: (o, catalog) => {
    const problems = (o.layers ?? []).filter((key) => !MAP_LAYERS.some((l) => l.key === key)).map((key) => `unknown map layer "${key}" (known: ${MAP_LAYERS.map((l) => l.key).join(', ')})`);
    if (o.kpiId !== undefined) {
      const kpi = catalog.domains.flatMap((d) => d.kpis).find((k) => k.id === o.kpiId);
      if (!kpi) problems.push(`unknown KPI "${o.kpiId}"`);
      else if (!kpi.breakdowns.includes('commune')) problems.push(`KPI "${o.kpiId}" has no breakdown by commune to colour the map with`);
    }
    return problems;
  },
});

/** The latest field reports as a ticker: category, commune, status, time received, overdue. */
export const fieldReportsTileKind = defineTileKind({
  id: 'field-reports',
  options: z
    .object({
      limit: z.number().int().min(1).max(30).default(8),
      /** Only these categories; all when absent. */
      categories: z.array(z.string()).min(1).max(FIELD_REPORT_CATEGORIES.length).optional(),
    })
    .strict(),
  references: (o) => (o.categories ?? []).filter((key) => !FIELD_REPORT_CATEGORIES.some((c) => c.key === key)).map((key) => `unknown field-report category "${key}"`),
});

/** One field report: category, commune, status, deadline, timeline and its point on a small map. */
export const incidentTileKind = defineTileKind({
  id: 'incident',
  options: z.object({ reportId: z.number().int().positive('a report id is a positive whole number') }).strict(),
});

/** One camera's live picture through the grant-checked stream (Art. 7.2): the wall's own grant decides. */
export const cameraTileKind = defineTileKind({
  id: 'camera',
  options: z.object({ cameraId: z.string().min(1).max(64), kind: z.enum(['hls', 'mjpeg']).default('hls') }).strict(),
});

export const TILE_KINDS = [kpiTileKind, breachListTileKind, headlinesTileKind, clockTileKind, mapTileKind, fieldReportsTileKind, incidentTileKind, cameraTileKind] as const satisfies readonly TileKindSpec[];

/** The ids of the tile kinds; the renderer's table of components is keyed by it, so none can be missing. */
export type TileKindId = (typeof TILE_KINDS)[number]['id'];

export function findTileKind(id: string, kinds: readonly TileKindSpec[] = TILE_KINDS): TileKindSpec | undefined {
  return kinds.find((k) => k.id === id);
}

/** Problems with one tile's content: unknown kind, options its schema refuses, references to nothing. */
export function checkTileContent(
  content: { kind: string; options: Record<string, unknown> },
  catalog: Catalog,
  kinds: readonly TileKindSpec[] = TILE_KINDS,
): string[] {
  const kind = findTileKind(content.kind, kinds);
  if (!kind) return [`unknown tile kind "${content.kind}" (known: ${kinds.map((k) => k.id).join(', ')})`];
  const parsed = kind.options.safeParse(content.options);
  if (!parsed.success) return parsed.error.issues.map((i) => `options${i.path.length ? '.' + i.path.join('.') : ''}: ${i.message}`);
  return kind.references?.(parsed.data, catalog) ?? [];
}

/** The options of a tile as its kind reads them (defaults filled in); throws when they do not parse. */
export function tileOptions<O extends z.ZodType>(kind: TileKindSpec<O>, options: unknown): z.output<O> {
  return kind.options.parse(options);
}
