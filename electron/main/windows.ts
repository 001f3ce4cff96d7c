// Window registry: every window is built from one pure options function (secure webPreferences included).
import type { App, BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-protocol.js';
import { secureWebPreferences, windowDefaults, type WindowRole } from './web-preferences.js';

export interface WindowAssets {
  /** Absolute path of out/electron/preload/preload.cjs. */
  preloadPath: string;
  /** Window/taskbar icon (Linux, Windows dev runs); optional. */
  iconPath?: string;
}

/** The only place window options are made: role defaults + icon + the secure webPreferences, which nothing overrides. */
export function buildWindowOptions(role: WindowRole, assets: WindowAssets): BrowserWindowConstructorOptions {
  return {
    ...windowDefaults(role),
    ...(assets.iconPath === undefined ? {} : { icon: assets.iconPath }),
    webPreferences: secureWebPreferences(assets.preloadPath),
  };
}

export function windowUrl(role: WindowRole): string {
  return role === 'workstation' ? APP_ENTRY_URL : `${APP_ENTRY_URL}#/${role}`;
}

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface WindowRegistryOptions extends WindowAssets {
  BrowserWindow: BrowserWindowClass;
  /** Runs before the first load: port wiring, crash recovery. */
  onCreated: (win: BrowserWindow, role: WindowRole) => void;
  log: (line: string) => void;
}

export class WindowRegistry {
  private readonly windows = new Map<WindowRole, BrowserWindow>();

  constructor(private readonly options: WindowRegistryOptions) {}

  get(role: WindowRole): BrowserWindow | undefined {
    const win = this.windows.get(role);
    return win && !win.isDestroyed() ? win : undefined;
  }

  /** Opens the role's window, or focuses it when it is already open. */
  open(role: WindowRole): BrowserWindow {
    const existing = this.get(role);
    if (existing) {
      focus(existing);
      return existing;
    }
    const { BrowserWindow: Window, onCreated, log } = this.options;
    const win = new Window(buildWindowOptions(role, this.options));
    this.windows.set(role, win);
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (this.windows.get(role) === win) this.windows.delete(role);
    });
    onCreated(win, role);
    win.loadURL(windowUrl(role)).catch((error: unknown) => log(`${role} window failed to load: ${String(error)}`));
    return win;
  }

  /** A second launch brings the console forward instead of starting another engine. */
  focusPrimary(): void {
    const win = this.get('workstation') ?? [...this.windows.values()].find((w) => !w.isDestroyed());
    if (win) focus(win);
    else this.open('workstation');
  }
}

function focus(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}

/** False when another instance holds the lock (this one should quit); otherwise wires second-instance. */
export function acquireSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'on'>, onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', onSecondInstance);
  return true;
}
