// Where the wall configuration comes from: wall.json in the data folder when an installation provides one,
// the demo configuration otherwise. The file is watched; a version that does not validate is refused with
// its problems by name, and the wall keeps the last valid configuration (also across restarts: it is cached).
import { unwatchFile, watchFile } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '../../../shared/catalog/schema.js';
import type { WallConfigState } from '../../../shared/contract/areas/wall.js';
import { toVnIso } from '../../../shared/model/periods.js';
import { demoWallConfig, minimalWallConfig } from '../../../shared/wall/demo-config.js';
import { loadWallConfig, WallConfigError } from '../../../shared/wall/load.js';
import type { WallConfig } from '../../../shared/wall/schema.js';
import type { Database } from '../store/database.js';
import { readLastValidConfig, writeLastValidConfig } from './wall-store.js';

export const WALL_CONFIG_FILE = 'wall.json';

export interface WallConfigSourceOptions {
  dataDir: string;
  catalog: Catalog;
  db: Database;
  now: () => Date;
  log: (line: string) => void;
  /** Told about every configuration loaded and every one refused. */
  onChange: (state: WallConfigState) => void;
  /** Told when a file is refused, with its problems (for the engine's notices). */
  onRejected: (problems: string[]) => void;
  pollMs?: number;
}

type Attempt = { ok: true; config: WallConfig; raw: unknown } | { ok: false; problems: string[] } | { ok: 'absent' };

export class WallConfigSource {
  readonly file: string;
  private state!: WallConfigState;
  private watching = false;
  private reloading: Promise<void> = Promise.resolve();

  constructor(private readonly o: WallConfigSourceOptions) {
    this.file = join(o.dataDir, WALL_CONFIG_FILE);
  }

  get current(): WallConfigState {
    return this.state;
  }

  get config(): WallConfig {
    return this.state.config;
  }

  async start(): Promise<void> {
    const attempt = await this.readFileConfig();
    if (attempt.ok === true) {
      await this.accept(attempt.config, attempt.raw, 'file');
    } else {
      await this.acceptFallback(attempt.ok === false ? attempt.problems : null);
    }
    watchFile(this.file, { interval: this.o.pollMs ?? 2000, persistent: false }, (now, before) => {
      if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) void this.reload();
    });
    this.watching = true;
  }

  /** Reads the file again (the watcher calls it; tests may too). Serialised: one reload at a time. */
  reload(): Promise<void> {
    this.reloading = this.reloading.then(async () => {
      const attempt = await this.readFileConfig();
      if (attempt.ok === true) await this.accept(attempt.config, attempt.raw, 'file');
      else if (attempt.ok === 'absent') {
        if (this.state.source === 'file') await this.acceptDemo();
      } else this.reject(attempt.problems);
    });
    return this.reloading;
  }

  close(): void {
    if (this.watching) unwatchFile(this.file);
    this.watching = false;
  }

  private async readFileConfig(): Promise<Attempt> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: 'absent' };
      return { ok: false, problems: [`${WALL_CONFIG_FILE}: cannot be read (${(error as Error).message})`] };
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return { ok: false, problems: [`${WALL_CONFIG_FILE}: not valid JSON (${(error as Error).message})`] };
    }
    try {
      return { ok: true, config: loadWallConfig(raw, this.o.catalog), raw };
    } catch (error) {
      if (error instanceof WallConfigError) return { ok: false, problems: error.problems };
      throw error;
    }
  }

  /** At start without a usable file: the last valid configuration cached, else the demo. */
  private async acceptFallback(problems: string[] | null): Promise<void> {
    const cached = problems ? await readLastValidConfig(this.o.db) : null;
    let config: WallConfig | null = null;
    if (cached) {
      try {
        config = loadWallConfig(cached.body, this.o.catalog);
      } catch {
        config = null; // the catalog changed under it: fall back to the demo
      }
    }
    if (config && cached) await this.accept(config, cached.body, cached.source);
    else await this.acceptDemo();
    if (problems) this.reject(problems);
  }

  /** The demo wall, or the minimal one where the demo names KPIs this catalog does not have. */
  private async acceptDemo(): Promise<void> {
    try {
      await this.accept(loadWallConfig(demoWallConfig, this.o.catalog), demoWallConfig, 'demo');
    } catch (error) {
      if (!(error instanceof WallConfigError)) throw error;
      this.o.log(`the demo wall does not fit this catalog (${error.problems.length} problems); showing the minimal wall`);
      await this.accept(loadWallConfig(minimalWallConfig, this.o.catalog), minimalWallConfig, 'demo');
    }
  }

  private async accept(config: WallConfig, raw: unknown, source: 'demo' | 'file'): Promise<void> {
    const loadedAt = toVnIso(this.o.now());
    const file = source === 'file' ? this.file : null;
    this.state = { config, source, file, loadedAt, rejected: null };
    await writeLastValidConfig(this.o.db, { body: raw, source, file, loadedAt });
    this.o.log(`wall configuration loaded from ${file ?? 'the demo'}`);
    this.o.onChange(this.state);
  }

  private reject(problems: string[]): void {
    this.state = { ...this.state, rejected: { at: toVnIso(this.o.now()), problems } };
    this.o.log(`${WALL_CONFIG_FILE} refused, keeping the last valid configuration:\n- ${problems.join('\n- ')}`);
    this.o.onRejected(problems);
    this.o.onChange(this.state);
  }
}
