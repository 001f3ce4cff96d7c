// Window bounds and roles across restarts: which display each window was on and where, kept in a small JSON
// file in the user-data folder. Read through a schema (a damaged file is ignored, never trusted), written
// atomically (temporary file, then rename) a moment after the last move.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { isVisibleOn, type DisplayInfo, type Placements, type Rect } from './displays.js';

const rectSchema = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });
const savedWindowSchema = z.object({ role: z.string(), displayId: z.number(), bounds: rectSchema, maximized: z.boolean().default(false) });
const stateSchema = z.object({ version: z.literal(1), windows: z.record(z.string(), savedWindowSchema) });

export type SavedWindow = z.infer<typeof savedWindowSchema>;
export type WindowStateData = z.infer<typeof stateSchema>;

export const WINDOW_STATE_FILE = 'window-state.json';

export function parseWindowState(text: string | null): WindowStateData {
  if (text === null) return { version: 1, windows: {} };
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { version: 1, windows: {} };
  } catch {
    return { version: 1, windows: {} };
  }
}

export function placementsOf(state: WindowStateData): Placements {
  return Object.fromEntries(Object.entries(state.windows).map(([key, w]) => [key, w.displayId]));
}

/** A window of `size` centred in `area`, never larger than it. */
export function centredIn(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
}

/** The saved bounds when they are still on a connected display, else `fallback`. */
export function restoreBounds(saved: SavedWindow | undefined, fallback: Rect, displays: readonly DisplayInfo[]): { bounds: Rect; maximized: boolean } {
  if (saved && isVisibleOn(saved.bounds, displays)) return { bounds: saved.bounds, maximized: saved.maximized };
  return { bounds: fallback, maximized: false };
}

export interface FileOps {
  read(file: string): string | null;
  write(file: string, text: string): void;
}

const realFiles: FileOps = {
  read(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  write(file, text) {
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  },
};

export class WindowStateFile {
  private state: WindowStateData;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly file: string,
    private readonly ops: FileOps = realFiles,
    private readonly delayMs = 1000,
  ) {
    this.state = parseWindowState(ops.read(file));
  }

  get data(): WindowStateData {
    return this.state;
  }

  get(key: string): SavedWindow | undefined {
    return this.state.windows[key];
  }

  set(key: string, saved: SavedWindow): void {
    this.state = { ...this.state, windows: { ...this.state.windows, [key]: saved } };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref?.();
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.ops.write(this.file, JSON.stringify(this.state, null, 2));
  }
}
