// Applies a display plan: opens the workstation where it was last time, a kiosk window per wall display,
// moves walls whose display moved, closes walls whose display went away, and remembers where each one is.
import type { BrowserWindow } from 'electron';
import { diffPlans, type DisplayInfo, type DisplayPlan, type WindowPlan } from './displays.js';
import { enableKiosk, moveWall, wallPlacement } from './kiosk.js';
import type { DisplaySleepLock } from './power-save.js';
import { centredIn, restoreBounds, type WindowStateFile } from './window-state.js';
import type { WindowRegistry } from './windows.js';

export const WORKSTATION_SIZE = { width: 1600, height: 960 };

export interface WallWindowsDeps {
  registry: Pick<WindowRegistry, 'open' | 'get' | 'close'>;
  lock: DisplaySleepLock;
  stateFile: WindowStateFile;
  log: (line: string) => void;
  /** A wall window closed by something other than a plan (a crash the reload could not fix, a shortcut). */
  onWallLost: (key: string) => void;
}

export class WallWindows {
  private current: WindowPlan[] = [];
  private readonly closing = new Set<string>();

  constructor(private readonly d: WallWindowsDeps) {}

  get windows(): readonly WindowPlan[] {
    return this.current;
  }

  apply(plan: DisplayPlan, displays: readonly DisplayInfo[]): void {
    const { open, move, close } = diffPlans(this.current, plan.windows);
    for (const w of close) {
      if (w.role !== 'wall') continue; // the workstation stays wherever it is
      this.closing.add(w.key);
      this.d.registry.close(w.key);
      this.d.lock.release(w.key);
      this.d.log(`${w.key}: its display is gone, window closed`);
    }
    for (const w of open) {
      if (w.role === 'workstation') this.openWorkstation(w, displays);
      else this.openWall(w);
    }
    for (const w of move) {
      const win = w.role === 'wall' ? this.d.registry.get(w.key) : undefined;
      if (win) moveWall(win, w.bounds);
    }
    for (const w of plan.windows) {
      if (w.role === 'wall') this.d.stateFile.set(w.key, { role: 'wall', displayId: w.displayId, bounds: w.bounds, maximized: false });
    }
    this.current = plan.windows.filter((w) => w.role === 'workstation' || this.d.registry.get(w.key) !== undefined);
  }

  private openWorkstation(w: WindowPlan, displays: readonly DisplayInfo[]): void {
    const saved = this.d.stateFile.get('workstation');
    const { bounds, maximized } = restoreBounds(saved, centredIn(w.bounds, WORKSTATION_SIZE), displays);
    const win = this.d.registry.open('workstation', { placement: { ...bounds } });
    if (maximized) win.maximize();
    const remember = () => {
      if (win.isDestroyed()) return;
      const display = displays.find((d) => d.id === w.displayId);
      this.d.stateFile.set('workstation', { role: 'workstation', displayId: display?.id ?? w.displayId, bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    };
    for (const event of ['moved', 'resized', 'maximize', 'unmaximize'] as const) win.on(event as 'moved', remember);
    win.on('close', () => this.d.stateFile.flush());
  }

  private openWall(w: WindowPlan): void {
    const win: BrowserWindow = this.d.registry.open('wall', { key: w.key, hash: `#/wall/${encodeURIComponent(w.wallId!)}`, placement: wallPlacement(w.bounds) });
    enableKiosk(win, this.d.log);
    this.d.lock.hold(w.key);
    this.d.log(`${w.key}: opened on display ${w.displayId}`);
    win.on('closed', () => {
      this.d.lock.release(w.key);
      if (this.closing.delete(w.key)) return;
      this.current = this.current.filter((c) => c.key !== w.key);
      this.d.onWallLost(w.key);
    });
  }
}
