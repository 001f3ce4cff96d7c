// The live state of every wall screen: moved on by one timer (the next scene change or revert of any wall),
// changed by operator commands, written to the cache on every change and published as a wall.state event,
// so every screen follows at once and a restarted screen or engine resumes where it was.
import type { Catalog } from '../../../shared/catalog/schema.js';
import type { WallCommand, WallState } from '../../../shared/contract/areas/wall.js';
import { toVnIso } from '../../../shared/model/periods.js';
import type { WallConfig } from '../../../shared/wall/schema.js';
import type { Database } from '../store/database.js';
import { applyCommand } from './commands.js';
import { advance, findWall, initialState, nextDue, reconcile, toWallState, type RuntimeState } from './rotation.js';
import { readWallStates, writeWallState } from './wall-store.js';

export interface WallRuntimeOptions {
  db: Database;
  catalog: Catalog;
  now: () => Date;
  emit: (state: WallState) => void;
  log: (line: string) => void;
  /** Longest sleep between looks, so that a clock jump is noticed (default 30 s). */
  maxSleepMs?: number;
}

export class UnknownWallError extends Error {}

export class WallRuntime {
  private states = new Map<string, RuntimeState>();
  private config!: WallConfig;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Writes in order, one after the other; a failed write is logged, the state stays live. */
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly o: WallRuntimeOptions) {}

  private ms(): number {
    return this.o.now().getTime();
  }

  async start(config: WallConfig): Promise<void> {
    const stored = await readWallStates(this.o.db);
    this.config = config;
    const now = this.ms();
    for (const wall of config.walls) {
      const previous = stored.get(wall.id);
      this.states.set(wall.id, previous ? reconcile(previous, config, now) : initialState(config, wall.id, now));
    }
    this.tick();
  }

  /** A new valid configuration: walls added start their playlist, walls kept are fitted to it. */
  applyConfig(config: WallConfig): void {
    this.config = config;
    const now = this.ms();
    const next = new Map<string, RuntimeState>();
    for (const wall of config.walls) {
      const before = this.states.get(wall.id);
      const state = before ? reconcile(before, config, now) : initialState(config, wall.id, now);
      next.set(wall.id, state);
      if (state !== before) this.publish(state);
    }
    this.states = next;
    this.tick();
  }

  /** The wall's state as of now (moving every wall on first, so that a read is never behind). */
  get(wallId: string): WallState {
    this.tick();
    return this.describe(wallId);
  }

  list(): WallState[] {
    this.tick();
    return [...this.states.keys()].map((id) => this.describe(id));
  }

  private describe(wallId: string): WallState {
    const state = this.states.get(wallId);
    if (!state) throw new UnknownWallError(`wall "${wallId}" is not configured (walls: ${[...this.states.keys()].join(', ')})`);
    return toWallState(state, this.config, this.ms());
  }

  control(wallId: string, command: WallCommand, operator: string): WallState {
    const before = this.states.get(wallId);
    if (!before || !findWall(this.config, wallId)) throw new UnknownWallError(`wall "${wallId}" is not configured`);
    const now = this.ms();
    const state = applyCommand(advance(before, this.config, now), this.config, this.o.catalog, command, operator, now);
    this.states.set(wallId, state);
    this.o.log(`wall ${wallId}: ${command.action} by ${operator}`);
    this.publish(state);
    this.tick();
    return this.describe(wallId);
  }

  /** Moves every wall to now, publishes what changed and sleeps until the next thing is due. */
  tick(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    const now = this.ms();
    let due: number | null = null;
    for (const [id, before] of this.states) {
      const state = advance(before, this.config, now);
      if (state !== before) {
        this.states.set(id, state);
        this.publish(state);
      }
      const next = nextDue(state, this.config, now);
      if (next !== null && (due === null || next < due)) due = next;
    }
    const maxSleep = this.o.maxSleepMs ?? 30_000;
    const sleep = due === null ? maxSleep : Math.min(maxSleep, Math.max(0, due - now));
    this.timer = setTimeout(() => this.tick(), sleep);
    this.timer.unref?.();
  }

  /** Resolves when every change so far is in the cache. */
  flush(): Promise<void> {
    return this.writes;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.writes;
  }

  private publish(state: RuntimeState): void {
    this.o.emit(toWallState(state, this.config, this.ms()));
    const at = toVnIso(this.o.now());
    this.writes = this.writes
      .then(() => writeWallState(this.o.db, state, at))
      .catch((error: Error) => this.o.log(`wall ${state.wallId}: state not cached (${error.message})`));
  }
}
