// The province's communes and boundaries: read from a geo folder when given, else generated.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { communeSchema } from '../../shared/contract/model.js';
import { generateGeography } from './geo-generate.js';
import type { GeoJsonFeatureCollection, Geography } from './geo-types.js';

export type { Commune, Geography, GeoJsonFeatureCollection } from './geo-types.js';

export const GEO_FILES = {
  communes: 'dak-lak-communes.json',
  communesGeoJson: 'dak-lak-communes.geojson',
  provinceGeoJson: 'dak-lak-province.geojson',
} as const;

const communeListSchema = z.union([
  z.object({ units: z.array(communeSchema).min(1) }).transform((x) => x.units),
  z.array(communeSchema).min(1),
]);

const featureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.record(z.string(), z.unknown()).nullable().transform((p) => p ?? {}),
        geometry: z.object({ type: z.string(), coordinates: z.unknown() }),
      }),
    )
    .min(1),
});

async function readJson(dir: string, file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(dir, file), 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}`);
  }
  return parsed.data;
}

async function loadFiles(dir: string): Promise<Geography> {
  const [communesRaw, communesGeoRaw, provinceRaw] = await Promise.all([
    readJson(dir, GEO_FILES.communes),
    readJson(dir, GEO_FILES.communesGeoJson),
    readJson(dir, GEO_FILES.provinceGeoJson),
  ]);
  const communes = parse(communeListSchema, communesRaw, GEO_FILES.communes);
  const communesGeoJson = parse(featureCollectionSchema, communesGeoRaw, GEO_FILES.communesGeoJson) as GeoJsonFeatureCollection;
  const provinceGeoJson = parse(featureCollectionSchema, provinceRaw, GEO_FILES.provinceGeoJson) as GeoJsonFeatureCollection;
  const codes = new Set(communes.map((c) => c.code));
  if (codes.size !== communes.length) throw new Error(`${GEO_FILES.communes}: duplicate commune codes`);
  return { communes, communesGeoJson, provinceGeoJson, source: 'files' };
}

/**
 * Loads the geography from `geoDir` (dak-lak-communes.json, dak-lak-communes.geojson,
 * dak-lak-province.geojson). Without a folder, or when it cannot be read, generates a plausible province
 * and says why in `reason`.
 */
export async function loadGeography(geoDir?: string): Promise<Geography> {
  if (!geoDir) return generateGeography();
  try {
    return await loadFiles(geoDir);
  } catch (error) {
    return generateGeography(`could not read geography from ${geoDir}: ${(error as Error).message}`);
  }
}
