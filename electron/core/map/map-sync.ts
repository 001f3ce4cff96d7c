// Keeps the map cache current: pulls every layer's feed on a schedule, backs off after failures, and tells
// clients which layers changed. Geography comes first: the intake needs the province and commune boundaries.
// (The map feeds run beside the KPI source runner; when sync gains pluggable streams this joins them.)
import { DEFAULT_BACKOFF, nextDelay } from '../sync/backoff.js';
import { GEO_DOCUMENTS } from '../sync/geo-pull.js';
import { MAP_LAYERS } from '../../../shared/map/layers.js';
import { readGeoDocument } from '../store/sync-state.js';
import { pullMapLayers, type MapPullContext } from './map-pull.js';

/** Changes of the console's own stores (a transition, a delivery) reach the map this soon, coalesced. */
const LIVE_DELAY_MS = 250;

export interface MapSyncOptions extends Omit<MapPullContext, 'signal'> {
  intervalMs: number;
  onChanged: (layers: string[]) => void;
  log: (line: string) => void;
}

export class MapSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly abort = new AbortController();
  private failures = 0;
  private closed = false;
  private readonly pending = new Set<string>();
  private liveTimer: NodeJS.Timeout | undefined;
  private live: Promise<void> = Promise.resolve();

  constructor(private readonly o: MapSyncOptions) {}

  start() {
    this.schedule(0);
  }

  /** Pulls now unless a pull is running; resolves when that pull ends. */
  async pullNow(): Promise<void> {
    if (this.running) return this.running;
    clearTimeout(this.timer);
    await this.run();
  }

  /** Pulls these layers again soon (their source changed), between the scheduled pulls. */
  refreshSoon(layers: readonly string[]) {
    if (this.closed) return;
    for (const key of layers) this.pending.add(key);
    this.liveTimer ??= setTimeout(() => {
      this.liveTimer = undefined;
      this.live = this.live.then(() => this.refreshPending());
    }, LIVE_DELAY_MS);
  }

  /** Resolves when the live refreshes asked for so far have run (for tests). */
  async settled(): Promise<void> {
    while (this.liveTimer || this.pending.size) await new Promise((r) => setTimeout(r, LIVE_DELAY_MS));
    await this.live;
  }

  async close() {
    this.closed = true;
    clearTimeout(this.timer);
    clearTimeout(this.liveTimer);
    this.liveTimer = undefined;
    this.pending.clear();
    this.abort.abort();
    await this.running?.catch(() => undefined);
    await this.live;
  }

  private async geographyMissing(): Promise<boolean> {
    const docs = await Promise.all(Object.keys(GEO_DOCUMENTS).map((name) => readGeoDocument(this.o.db, name)));
    return docs.some((doc) => !doc);
  }

  private async refreshPending() {
    // After a scheduled pull that is running (a scheduled one starting meanwhile may overlap: the writes are
    // transactions and idempotent, so the cost is a repeated read, not a wrong map).
    await this.running?.catch(() => undefined);
    const layers = MAP_LAYERS.filter((l) => this.pending.has(l.key));
    this.pending.clear();
    if (this.closed || layers.length === 0) return;
    try {
      if (await this.geographyMissing()) return; // the scheduled pull brings them in once the geography is there
      const { results, failures } = await pullMapLayers({ ...this.o, signal: this.abort.signal }, layers);
      const changed = results.filter((r) => r.changed > 0).map((r) => r.layer);
      if (changed.length) this.o.onChanged(changed);
      for (const f of failures) this.o.log(`map layer ${f.layer}: ${f.error.message}`);
    } catch (error) {
      if (!this.closed) this.o.log(`map refresh failed: ${(error as Error).message}`);
    }
  }

  private schedule(delayMs: number) {
    clearTimeout(this.timer);
    if (this.closed) return;
    this.timer = setTimeout(() => void this.run(), delayMs);
  }

  private run(): Promise<void> {
    this.running = this.once().finally(() => {
      this.running = undefined;
      this.schedule(nextDelay(this.failures, { ...DEFAULT_BACKOFF, intervalMs: this.o.intervalMs }));
    });
    return this.running;
  }

  private async once() {
    const ctx: MapPullContext = { ...this.o, signal: this.abort.signal };
    try {
      // The provincial connector brings the geography (with its ETags); features are checked against it, so
      // the map waits for it rather than judging every point "outside the province".
      if (await this.geographyMissing()) {
        this.o.log('map layers wait for the geography, which the provincial connector has not brought yet');
        this.failures++; // retried soon (backoff), not after a whole interval
        return;
      }
      const { results, failures } = await pullMapLayers(ctx);
      const changed = results.filter((r) => r.changed > 0).map((r) => r.layer);
      if (changed.length) this.o.onChanged(changed);
      for (const f of failures) this.o.log(`map layer ${f.layer}: ${f.error.message}`);
      this.failures = failures.length && results.length === 0 ? this.failures + 1 : 0;
    } catch (error) {
      if (this.closed) return;
      this.failures++;
      this.o.log(`map sync failed (${this.failures} in a row): ${(error as Error).message}`);
    }
  }
}
