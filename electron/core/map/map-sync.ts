// Keeps the map cache current: pulls every layer's feed on a schedule, backs off after failures, and tells
// clients which layers changed. Geography comes first: the intake needs the province and commune boundaries.
// (The map feeds run beside the KPI source runner; when sync gains pluggable streams this joins them.)
import { DEFAULT_BACKOFF, nextDelay } from '../sync/backoff.js';
import { GEO_DOCUMENTS } from '../sync/geo-pull.js';
import { readGeoDocument } from '../store/sync-state.js';
import { pullMapLayers, type MapPullContext } from './map-pull.js';

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

  async close() {
    this.closed = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await this.running?.catch(() => undefined);
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
      const missing = await Promise.all(Object.keys(GEO_DOCUMENTS).map((name) => readGeoDocument(this.o.db, name)));
      // The provincial connector brings the geography (with its ETags); features are checked against it, so
      // the map waits for it rather than judging every point "outside the province".
      if (missing.some((doc) => !doc)) {
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
