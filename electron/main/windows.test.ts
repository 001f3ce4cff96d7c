import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { roleWebPreferences, secureWebPreferences, WINDOW_ROLES } from './web-preferences.js';
import { acquireSingleInstance, buildWindowOptions, WindowRegistry, windowUrl, type BrowserWindowClass } from './windows.js';

const preloadPath = '/app/out/electron/preload/preload.cjs';

class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  destroyed = false;
  visible = false;
  minimized = false;
  loaded: string[] = [];
  webContents = new EventEmitter();
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  isVisible = () => this.visible;
  restore = vi.fn(() => (this.minimized = false));
  show = vi.fn(() => (this.visible = true));
  focus = vi.fn();
  loadURL = vi.fn(async (url: string) => void this.loaded.push(url));
}

function registry(onCreated = vi.fn()) {
  FakeWindow.created = [];
  return new WindowRegistry({ BrowserWindow: FakeWindow as unknown as BrowserWindowClass, preloadPath, onCreated, log: () => {} });
}

describe('buildWindowOptions', () => {
  it.each(WINDOW_ROLES)('%s window gets the secure webPreferences unchanged, plus only its role\'s non-security extras', (role) => {
    const prefs = buildWindowOptions(role, { preloadPath }).webPreferences;
    expect(prefs).toMatchObject(secureWebPreferences(preloadPath));
    expect(prefs).toEqual({ ...roleWebPreferences(role), ...secureWebPreferences(preloadPath) });
    for (const key of Object.keys(roleWebPreferences(role))) expect(['autoplayPolicy', 'backgroundThrottling']).toContain(key);
    expect(buildWindowOptions(role, { preloadPath }).show).toBe(false);
  });

  it('a placement sets bounds and chrome but can never touch webPreferences', () => {
    const sneaky = { x: 10, y: 20, kiosk: true, webPreferences: { sandbox: false, nodeIntegration: true } } as never;
    const options = buildWindowOptions('wall', { preloadPath }, sneaky);
    expect(options).toMatchObject({ x: 10, y: 20, kiosk: true });
    expect(options.webPreferences).toMatchObject({ sandbox: true, nodeIntegration: false, contextIsolation: true });
  });

  it('adds the icon only when there is one', () => {
    expect(buildWindowOptions('workstation', { preloadPath, iconPath: '/i.png' }).icon).toBe('/i.png');
    expect('icon' in buildWindowOptions('workstation', { preloadPath })).toBe(false);
  });
});

describe('WindowRegistry', () => {
  it('every BrowserWindow it creates is built with the secure webPreferences', () => {
    const windows = registry();
    for (const role of WINDOW_ROLES) windows.open(role);
    expect(FakeWindow.created).toHaveLength(WINDOW_ROLES.length);
    for (const win of FakeWindow.created) {
      expect(win.options.webPreferences).toMatchObject(secureWebPreferences(preloadPath));
      expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    }
  });

  it('wires the window before loading app://console and shows it when ready', () => {
    const order: string[] = [];
    const windows = registry(vi.fn(() => order.push('created')));
    const win = windows.open('workstation') as unknown as FakeWindow;
    order.push(...win.loaded.map(() => 'loaded'));
    expect(order).toEqual(['created', 'loaded']);
    expect(win.loaded).toEqual(['app://console/index.html']);
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('opening an open role focuses it instead of creating another', () => {
    const windows = registry();
    const first = windows.open('workstation') as unknown as FakeWindow;
    first.minimized = true;
    expect(windows.open('workstation')).toBe(first);
    expect(FakeWindow.created).toHaveLength(1);
    expect(first.restore).toHaveBeenCalled();
    expect(first.focus).toHaveBeenCalled();
  });

  it('forgets closed windows and reopens on a second instance', () => {
    const windows = registry();
    const first = windows.open('workstation') as unknown as FakeWindow;
    first.destroyed = true;
    first.emit('closed');
    expect(windows.get('workstation')).toBeUndefined();
    windows.focusPrimary();
    expect(FakeWindow.created).toHaveLength(2);
  });

  it('uses a role route for the other screens, or the route asked for', () => {
    expect(windowUrl('briefing')).toBe('app://console/index.html#/briefing');
    expect(windowUrl('wall', '#/wall/chinh')).toBe('app://console/index.html#/wall/chinh');
  });

  it('keeps one window per key, so that every wall display has its own', () => {
    const windows = registry();
    const a = windows.open('wall', { key: 'wall:a', hash: '#/wall/a' }) as unknown as FakeWindow;
    const b = windows.open('wall', { key: 'wall:b', hash: '#/wall/b' }) as unknown as FakeWindow;
    expect(a).not.toBe(b);
    expect(windows.open('wall', { key: 'wall:a' })).toBe(a);
    expect(b.loaded).toEqual(['app://console/index.html#/wall/b']);
    expect(windows.list().map((e) => [e.key, e.role])).toEqual([
      ['wall:a', 'wall'],
      ['wall:b', 'wall'],
    ]);
    const hidden = windows.open('print', { key: 'print:1', showWhenReady: false }) as unknown as FakeWindow;
    hidden.emit('ready-to-show');
    expect(hidden.show).not.toHaveBeenCalled();
  });
});

describe('acquireSingleInstance', () => {
  it('focuses the first instance when a second starts', () => {
    const app = Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => true });
    const onSecond = vi.fn();
    expect(acquireSingleInstance(app as never, onSecond)).toBe(true);
    app.emit('second-instance');
    expect(onSecond).toHaveBeenCalledOnce();
  });

  it('tells a second instance to quit', () => {
    const app = { requestSingleInstanceLock: () => false, on: vi.fn() };
    expect(acquireSingleInstance(app as never, vi.fn())).toBe(false);
    expect(app.on).not.toHaveBeenCalled();
  });
});
