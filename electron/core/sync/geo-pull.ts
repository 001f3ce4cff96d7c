// Pulls the commune list and boundaries into the cache, so the console has its geography offline. Each
// document is asked for with its ETag: an unchanged one costs a 304 and is not read again.
import { toVnIso } from '../../../shared/model/periods.js';
import type { Database } from '../store/database.js';
import { readGeoDocument, readValidator, writeGeoDocument, writeValidator } from '../store/sync-state.js';
import { noteCount, type PullRun } from './connector.js';
import { communeListSchema } from './provincial-api-schema.js';
import { parseJson, UpstreamError } from './upstream-client.js';

export const GEO_DOCUMENTS = {
  communes: 'geo/communes',
  'communes.geojson': 'geo/communes.geojson',
  'province.geojson': 'geo/province.geojson',
} as const;

async function validatorFor(db: Database, sourceId: string, name: string) {
  // Without the document itself a validator is worthless: ask for the whole body.
  return (await readGeoDocument(db, name)) ? readValidator(db, sourceId, name) : null;
}

export async function pullGeography(run: PullRun) {
  const changed: { name: string; body: string; etag: string | null }[] = [];
  for (const [name, path] of Object.entries(GEO_DOCUMENTS)) {
    const answer = await run.client.request(path, { etag: await validatorFor(run.db, run.sourceId, name), signal: run.signal });
    if (answer.notModified) {
      noteCount(run.notes, 'not-modified', 1);
      continue;
    }
    const body = parseJson(answer.text);
    if (name === 'communes' && !communeListSchema.safeParse(body).success) {
      throw new UpstreamError('invalid-response', 'the commune list does not match the exchange structure');
    }
    changed.push({ name, body: JSON.stringify(body), etag: answer.etag });
  }
  if (changed.length === 0) return;
  const at = toVnIso(run.now());
  await run.db.transaction(async (tx) => {
    for (const doc of changed) {
      await writeGeoDocument(tx, doc.name, doc.body, run.sourceId, at);
      if (doc.etag) await writeValidator(tx, run.sourceId, doc.name, doc.etag, at);
    }
  });
}
