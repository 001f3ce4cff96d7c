// The camera registry and the police hierarchy, pulled from the police camera gateway and kept in the cache so
// that the console knows its cameras while the gateway is down.
import { z } from 'zod';
import type { Database } from '../store/database.js';
import { UpstreamClient } from '../sync/upstream-client.js';

export const gatewayUnitSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  parentId: z.string().max(64).nullable(),
  communeCode: z.string().max(16).nullable(),
});

export const gatewayCameraSchema = z.object({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9._:-]+$/),
  name: z.string().min(1).max(200),
  communeCode: z.string().max(16),
  point: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  ownerUnitId: z.string().min(1).max(64),
  online: z.boolean(),
  kinds: z.array(z.enum(['hls', 'mjpeg'])),
});

export type PoliceUnit = z.infer<typeof gatewayUnitSchema>;
export type CameraRecord = z.infer<typeof gatewayCameraSchema>;

const unitsDocument = z.object({ items: z.array(gatewayUnitSchema) });
const camerasDocument = z.object({ items: z.array(gatewayCameraSchema), as_of: z.string().optional() });

export class UnitTree {
  private readonly byId: Map<string, PoliceUnit>;

  constructor(readonly units: readonly PoliceUnit[]) {
    this.byId = new Map(units.map((u) => [u.id, u]));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): PoliceUnit | undefined {
    return this.byId.get(id);
  }

  /** The unit with no parent: the provincial police, which holds authority over every camera. */
  get rootId(): string | null {
    return this.units.find((u) => u.parentId === null)?.id ?? null;
  }

  /** True when `unit` is `ancestor` or below it. */
  within(unit: string, ancestor: string): boolean {
    let current: string | null | undefined = unit;
    for (let hops = 0; current && hops < 64; hops += 1) {
      if (current === ancestor) return true;
      current = this.byId.get(current)?.parentId;
    }
    return false;
  }

  /** Strictly below. */
  below(unit: string, ancestor: string): boolean {
    return unit !== ancestor && this.within(unit, ancestor);
  }
}

export interface RegistrySnapshot {
  cameras: CameraRecord[];
  tree: UnitTree;
  asOf: string | null;
}

export class CameraRegistry {
  private snapshot: RegistrySnapshot = { cameras: [], tree: new UnitTree([]), asOf: null };
  private readonly client: UpstreamClient | null;

  constructor(
    private readonly db: Database,
    gateway: { gatewayUrl: string; token?: string } | undefined,
    private readonly now: () => Date,
  ) {
    this.client = gateway ? new UpstreamClient({ baseUrl: gateway.gatewayUrl, ...(gateway.token ? { token: gateway.token } : {}), timeoutMs: 15_000 }) : null;
  }

  get current(): RegistrySnapshot {
    return this.snapshot;
  }

  camera(id: string): CameraRecord | undefined {
    return this.snapshot.cameras.find((c) => c.id === id);
  }

  /** From the cache, at start. */
  async load(): Promise<void> {
    const rows = await this.db.all<{ name: string; body: string; fetched_at: string }>('SELECT * FROM camera_registry');
    const units = rows.find((r) => r.name === 'units');
    const cameras = rows.find((r) => r.name === 'cameras');
    if (!units || !cameras) return;
    const u = unitsDocument.safeParse(JSON.parse(units.body));
    const c = camerasDocument.safeParse(JSON.parse(cameras.body));
    if (u.success && c.success) this.snapshot = { cameras: c.data.items, tree: new UnitTree(u.data.items), asOf: cameras.fetched_at };
  }

  /** From the gateway; invalid documents are refused whole (the previous registry stays). */
  async refresh(): Promise<void> {
    if (!this.client) return;
    const units = unitsDocument.parse(await this.client.getJson('/api/units'));
    const cameras = camerasDocument.parse(await this.client.getJson('/api/cameras'));
    const at = this.now().toISOString();
    await this.db.transaction(async (tx) => {
      for (const [name, body] of [['units', units], ['cameras', cameras]] as const) {
        await tx.run('INSERT INTO camera_registry (name, body, fetched_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at', [name, JSON.stringify(body), at]);
      }
    });
    this.snapshot = { cameras: cameras.items, tree: new UnitTree(units.items), asOf: at };
  }

  get gatewayBaseUrl(): string | null {
    return this.client?.baseUrl ?? null;
  }
}
