// Pulls the commune list and boundaries into the cache, so the console has its geography offline.
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { writeGeoDocument } from '../store/sync-state.js';
import { communeListSchema } from './provincial-api-schema.js';
import { UpstreamError, type UpstreamClient } from './upstream-client.js';

export const GEO_DOCUMENTS = {
  communes: 'api/v1/geo/communes',
  'communes.geojson': 'api/v1/geo/communes.geojson',
  'province.geojson': 'api/v1/geo/province.geojson',
} as const;

export async function pullGeography(db: Database, client: UpstreamClient, sourceId: string, now: Date, signal?: AbortSignal) {
  const bodies: [string, string][] = [];
  for (const [name, path] of Object.entries(GEO_DOCUMENTS)) {
    const body = await client.getJson(path, {}, signal);
    if (name === 'communes' && !communeListSchema.safeParse(body).success) {
      throw new UpstreamError('invalid-response', 'the commune list does not match the exchange structure');
    }
    bodies.push([name, JSON.stringify(body)]);
  }
  const at = toVnIso(now);
  await db.transaction(async (tx) => {
    for (const [name, body] of bodies) await writeGeoDocument(tx, name, body, sourceId, at);
  });
}
