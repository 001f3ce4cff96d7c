// The shell's display roles against a real engine (real SQLite, the demo wall configuration); Electron's screen,
// BrowserWindow and powerSaveBlocker cannot run here and are stand-ins with their shape.
import { EventEmitter } from 'node:events';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engine } from '../core/engine-api.js';
import { startEngine } from '../core/engine.js';
import { connectInProcess } from '../core/in-process-client.js';
import type { DisplayInfo } from './displays.js';
import { enableWallShell, type WallShell } from './wall-shell.js';
import { WindowStateFile, type FileOps } from './window-state.js';
import { WindowRegistry, type BrowserWindowClass } from './windows.js';

class FakeWindow extends EventEmitter {
  static all: FakeWindow[] = [];
  destroyed = false;
  url = '';
  webContents = Object.assign(new EventEmitter(), {
    insertCSS: vi.fn(async () => 'k'),
    setBackgroundThrottling: vi.fn(),
    getURL: () => this.url,
    getOSProcessId: () => 1,
    isDestroyed: () => this.destroyed,
    reload: vi.fn(),
  });
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.all.push(this);
  }
  loadURL = vi.fn(async (url: string) => void (this.url = url));
  isDestroyed = () => this.destroyed;
  destroy = () => {
    this.destroyed = true;
    this.emit('closed');
  };
  show = vi.fn();
  focus = vi.fn();
  isMinimized = () => false;
  isVisible = () => true;
  maximize = vi.fn();
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 0, y: 0, width: 1600, height: 960 });
  removeMenu = vi.fn();
  setMenuBarVisibility = vi.fn();
  setFullScreen = vi.fn();
  isFullScreen = () => true;
  setKiosk = vi.fn();
  setBounds = vi.fn();
}

const display = (id: number, x: number, label: string): Electron.Display =>
  ({ id, label, bounds: { x, y: 0, width: 1920, height: 1080 }, workArea: { x, y: 0, width: 1920, height: 1040 } }) as Electron.Display;

class FakeScreen extends EventEmitter {
  displays = [display(1, 0, 'Bàn'), display(2, 1920, 'Tường trái'), display(3, 3840, 'Tường phải')];
  getAllDisplays = () => this.displays;
  getPrimaryDisplay = () => this.displays[0]!;
}

const memoryFiles = (): FileOps => {
  let text: string | null = null;
  return { read: () => text, write: (_f, t) => void (text = t) };
};

let engine: Engine;
let shell: WallShell;
let screen: FakeScreen;
const open = () => FakeWindow.all.filter((w) => !w.destroyed);
const urls = () => open().map((w) => w.url.replace('app://console/index.html', ''));

beforeEach(async () => {
  FakeWindow.all = [];
  engine = await startEngine({ dataDir: await mkdtemp(join(tmpdir(), 'ioc-shell-')), upstreamUrl: 'http://127.0.0.1:9/', upstreamToken: 'x', syncIntervalMs: 3_600_000 });
  screen = new FakeScreen();
  const registry = new WindowRegistry({ BrowserWindow: FakeWindow as unknown as BrowserWindowClass, preloadPath: '/p.cjs', onCreated: () => undefined, log: () => undefined });
  const blocker = { start: vi.fn(() => 7), stop: vi.fn(() => true), isStarted: () => true };
  shell = await enableWallShell({
    screen: screen as never,
    registry,
    engine,
    powerSaveBlocker: blocker,
    app: { getAppMetrics: () => [] },
    stateFile: new WindowStateFile('/u/window-state.json', memoryFiles()),
    log: () => undefined,
    settleMs: 10,
    reopenAfterMs: 20,
  });
});

afterEach(async () => {
  shell?.close();
  await engine?.close();
});

const settle = () => new Promise((r) => setTimeout(r, 60));

describe('the multi-window shell', () => {
  it('opens the workstation and one kiosk window per configured wall display', () => {
    expect(urls()).toEqual(['', '#/wall/chinh', '#/wall/phu']);
    const wall = open()[1]!;
    expect(wall.options).toMatchObject({ x: 1920, y: 0, width: 1920, height: 1080, kiosk: true, fullscreen: true, frame: false });
    expect(wall.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, autoplayPolicy: 'no-user-gesture-required' });
    expect(wall.removeMenu).toHaveBeenCalled();
  });

  it('follows hot-plug and tells the engine what it did, by name', async () => {
    const client = connectInProcess(engine, { as: 'ioc-supervisor' });
    screen.displays = screen.displays.slice(0, 2);
    screen.emit('display-removed');
    await settle();
    expect(urls()).toEqual(['', '#/wall/chinh']);
    const report = await client.call('wall.displays.get', {});
    expect(report.problems).toEqual([expect.stringMatching(/^wall "phu" \(Màn hình phụ\): no connected display matches \{"index":2\}/)]);
    expect(report.windows.map((w) => w.key)).toEqual(['workstation', 'wall:chinh']);

    screen.displays = [...screen.displays, display(3, 3840, 'Tường phải')];
    screen.emit('display-added');
    await settle();
    expect(urls()).toEqual(['', '#/wall/chinh', '#/wall/phu']);
    client.close();
  });

  it('reopens a wall window that was closed by something else', async () => {
    open()[2]!.destroy();
    expect(urls()).toEqual(['', '#/wall/chinh']);
    await settle();
    expect(urls()).toEqual(['', '#/wall/chinh', '#/wall/phu']);
  });

  it('opens the presenter and the audience when a briefing starts, and closes them when it ends', async () => {
    screen.displays = [...screen.displays, display(4, 5760, 'Phòng họp')];
    screen.emit('display-added');
    await settle();
    const client = connectInProcess(engine, { as: 'ioc-supervisor' });
    await client.call('briefing.session.start', { deckId: 'hop-giao-ban-quy', operator: 'Chủ tịch' });
    await settle();
    expect(urls()).toContain('#/briefing/hop-giao-ban-quy/present');
    expect(urls()).toContain('#/briefing/hop-giao-ban-quy/audience');
    const audience = open().find((w) => w.url.endsWith('/audience'))!;
    expect(audience.options).toMatchObject({ x: 5760, fullscreen: true, frame: false });
    await client.call('briefing.session.end', {});
    await settle();
    expect(urls()).toEqual(['', '#/wall/chinh', '#/wall/phu']);
    client.close();
  });
});

describe('connected displays', () => {
  it('are read from the screen with the primary one marked', async () => {
    const { connectedDisplays } = await import('./wall-shell.js');
    const list: DisplayInfo[] = connectedDisplays(new FakeScreen() as never);
    expect(list.map((d) => [d.id, d.primary])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
  });
});
