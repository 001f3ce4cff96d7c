// The camera layer read from the camera registry the cameras area keeps (police camera gateway, cached):
// positions and online state only, never a stream. The registry is a snapshot without change times, so the
// page is the difference to what the map holds: changed cameras, and tombstones for those that left it.
import { z } from 'zod';
import { gatewayCameraSchema, gatewayUnitSchema } from '../cameras/registry.js';
import type { Database } from '../store/database.js';

const camerasDocument = z.object({ items: z.array(gatewayCameraSchema) });
const unitsDocument = z.object({ items: z.array(gatewayUnitSchema) });

const STREAM_NAMES = { hls: 'HLS', mjpeg: 'MJPEG' } as const;

interface Stored {
  id: string;
  name: string;
  lon: number | null;
  lat: number | null;
  props: string;
  updated_at: string;
  deleted: number;
}

function parse<T>(schema: z.ZodType<T>, body: string | undefined): T | null {
  if (body === undefined) return null;
  const parsed = schema.safeParse(JSON.parse(body));
  return parsed.success ? parsed.data : null;
}

export async function cameraRegistryPage(db: Database) {
  const docs = await db.all<{ name: string; body: string; fetched_at: string }>('SELECT name, body, fetched_at FROM camera_registry');
  const cameraDoc = docs.find((d) => d.name === 'cameras');
  const cameras = parse(camerasDocument, cameraDoc?.body)?.items ?? [];
  const units = new Map((parse(unitsDocument, docs.find((d) => d.name === 'units')?.body)?.items ?? []).map((u) => [u.id, u.name]));
  const at = cameraDoc?.fetched_at ?? new Date(0).toISOString();
  const stored = new Map(
    (await db.all<Stored>(`SELECT id, name, lon, lat, props, updated_at, deleted FROM map_features WHERE layer = 'cameras'`)).map((s) => [s.id, s]),
  );
  const items: unknown[] = [];
  for (const c of cameras) {
    const properties = {
      state: c.online ? 'online' : 'offline',
      owner: units.get(c.ownerUnitId) ?? c.ownerUnitId,
      streams: c.kinds.map((k) => STREAM_NAMES[k]).join(', '),
      // The tile the drawer opens (through the grant-checked stream): HLS where the camera has it.
      primaryStream: c.kinds.includes('hls') ? 'hls' : (c.kinds[0] ?? null),
    };
    const before = stored.get(c.id);
    const same = before && !before.deleted && before.name === c.name && before.lon === c.point[0] && before.lat === c.point[1] && before.props === JSON.stringify(properties);
    // An unchanged camera keeps its time, so the cache gives it no new revision.
    items.push({
      id: c.id,
      name: c.name,
      geometry: { type: 'Point', coordinates: c.point },
      commune: c.communeCode,
      properties,
      updated_at: same ? before.updated_at : at,
      scope: c.ownerUnitId,
    });
  }
  const present = new Set(cameras.map((c) => c.id));
  // Only once the registry has arrived: an empty cache is no reason to remove what the map holds.
  if (cameraDoc) {
    for (const s of stored.values()) if (!s.deleted && !present.has(s.id)) items.push({ id: s.id, name: s.name, geometry: null, properties: {}, updated_at: at, deleted: true });
  }
  return { layer: 'cameras', items, next_page_token: null, ...(cameraDoc ? { as_of: at } : {}) };
}
