// Window registry: every window is built from one pure options function (secure webPreferences included).
import type { App, BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-protocol.js';
import { roleWebPreferences, secureWebPreferences, windowDefaults, type WindowRole } from './web-preferences.js';

export interface WindowAssets {
  /** Absolute path of out/electron/preload/preload.cjs. */
  preloadPath: string;
  /** Window/taskbar icon (Linux, Windows dev runs); optional. */
  iconPath?: string;
}

/** Placement and chrome a caller may add (bounds, kiosk …); never webPreferences. */
export type WindowPlacement = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * The only place window options are made: role defaults + placement + icon + webPreferences, where the
 * secure ones come last so that nothing overrides them.
 */
export function buildWindowOptions(role: WindowRole, assets: WindowAssets, placement: WindowPlacement = {}): BrowserWindowConstructorOptions {
  const { webPreferences: _ignored, ...safePlacement } = placement as BrowserWindowConstructorOptions;
  return {
    ...windowDefaults(role),
    ...safePlacement,
    ...(assets.iconPath === undefined ? {} : { icon: assets.iconPath }),
    webPreferences: { ...roleWebPreferences(role), ...secureWebPreferences(assets.preloadPath) },
  };
}

/** The page a window loads: its route (e.g. "#/wall/chinh"), or the role's default. */
export function windowUrl(role: WindowRole, hash?: string): string {
  if (hash !== undefined) return `${APP_ENTRY_URL}${hash.startsWith('#') ? hash : `#${hash}`}`;
  return role === 'workstation' ? APP_ENTRY_URL : `${APP_ENTRY_URL}#/${role}`;
}

export interface OpenRequest {
  /** Identity of the window (default: the role): "wall:chinh", "audience" … */
  key?: string;
  hash?: string;
  placement?: WindowPlacement;
  /** False for the hidden print window. */
  showWhenReady?: boolean;
}

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface WindowRegistryOptions extends WindowAssets {
  BrowserWindow: BrowserWindowClass;
  /** Runs before the first load: port wiring, crash recovery. */
  onCreated: (win: BrowserWindow, role: WindowRole, key: string) => void;
  log: (line: string) => void;
}

export class WindowRegistry {
  private readonly windows = new Map<string, { win: BrowserWindow; role: WindowRole }>();

  constructor(private readonly options: WindowRegistryOptions) {}

  /** The open window of a key (a role's key is the role itself unless given). */
  get(key: string): BrowserWindow | undefined {
    const entry = this.windows.get(key);
    return entry && !entry.win.isDestroyed() ? entry.win : undefined;
  }

  /** Keys of the open windows with their roles. */
  list(): { key: string; role: WindowRole; win: BrowserWindow }[] {
    return [...this.windows].filter(([, e]) => !e.win.isDestroyed()).map(([key, e]) => ({ key, ...e }));
  }

  /** Opens the window of the key, or focuses it when it is already open. */
  open(role: WindowRole, request: OpenRequest = {}): BrowserWindow {
    const key = request.key ?? role;
    const existing = this.get(key);
    if (existing) {
      if (request.showWhenReady !== false) focus(existing);
      return existing;
    }
    const { BrowserWindow: Window, onCreated, log } = this.options;
    const win = new Window(buildWindowOptions(role, this.options, request.placement));
    this.windows.set(key, { win, role });
    if (request.showWhenReady !== false) win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (this.windows.get(key)?.win === win) this.windows.delete(key);
    });
    onCreated(win, role, key);
    win.loadURL(windowUrl(role, request.hash)).catch((error: unknown) => log(`${key} window failed to load: ${String(error)}`));
    return win;
  }

  close(key: string): void {
    const win = this.get(key);
    this.windows.delete(key);
    if (win) win.destroy();
  }

  /** A second launch brings the console forward instead of starting another engine. */
  focusPrimary(): void {
    const win = this.get('workstation') ?? this.list().find((e) => e.role === 'workstation')?.win;
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
