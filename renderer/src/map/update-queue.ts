// One source update in flight at a time. While one runs, later updates wait in a single pending slot:
// a full replacement supersedes (drops) whatever was pending; a delta is merged into what is pending, so no
// change is ever lost and the map never falls behind by more than one update.

export interface Delta<F> {
  upsert: F[];
  remove: string[];
}

export type Update<F> = { kind: 'full'; features: F[] } | { kind: 'delta'; delta: Delta<F> };

export interface Applier<F> {
  full(features: F[]): Promise<void>;
  delta(delta: Delta<F>): Promise<void>;
}

export class UpdateQueue<F> {
  private pending: { full: Map<string, F> | null; changes: Map<string, F | null> } | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  /** Updates replaced before they ran (for the benchmark and tests). */
  superseded = 0;
  applied = 0;

  constructor(
    private readonly applier: Applier<F>,
    private readonly idOf: (feature: F) => string,
    private readonly onError: (error: unknown) => void = (e) => console.error('[map] source update failed', e),
  ) {}

  push(update: Update<F>): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (update.kind === 'full') {
      if (this.pending) this.superseded++;
      this.pending = { full: new Map(update.features.map((f) => [this.idOf(f), f])), changes: new Map() };
    } else {
      this.pending ??= { full: null, changes: new Map() };
      const target = this.pending.full;
      for (const id of update.delta.remove) {
        if (target) target.delete(id);
        else this.pending.changes.set(id, null);
      }
      for (const f of update.delta.upsert) {
        if (target) target.set(this.idOf(f), f);
        else this.pending.changes.set(this.idOf(f), f);
      }
    }
    return this.drain();
  }

  /** Resolves when nothing is pending or running. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  close() {
    this.closed = true;
    this.pending = null;
  }

  private drain(): Promise<void> {
    this.running ??= (async () => {
      while (this.pending && !this.closed) {
        const next = this.pending;
        this.pending = null;
        try {
          if (next.full) await this.applier.full([...next.full.values()]);
          else {
            const upsert: F[] = [];
            const remove: string[] = [];
            for (const [id, f] of next.changes) {
              if (f === null) remove.push(id);
              else upsert.push(f);
            }
            await this.applier.delta({ upsert, remove });
          }
          this.applied++;
        } catch (error) {
          this.onError(error);
        }
      }
    })().finally(() => (this.running = null));
    return this.running;
  }
}
