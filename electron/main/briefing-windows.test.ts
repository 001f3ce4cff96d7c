import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { AUDIENCE_KEY, applyBriefingWindows, planBriefingWindows, PRESENTER_KEY } from './briefing-windows.js';
import { planDisplays, type DisplayInfo } from './displays.js';
import { DisplaySleepLock } from './power-save.js';

const display = (id: number, x: number, primary = false): DisplayInfo => ({
  id,
  label: `D${id}`,
  primary,
  bounds: { x, y: 0, width: 1920, height: 1080 },
  workArea: { x, y: 0, width: 1920, height: 1040 },
});
const desk = display(1, 0, true);
const room = display(2, 1920);
const session = { deckId: 'hop-giao-ban-quy' };

describe('planBriefingWindows', () => {
  it('puts the presenter on the workstation display and the audience on another one', () => {
    const displays = [desk, room];
    const plan = planBriefingWindows(session, displays, planDisplays(displays, { walls: [], shell: {} }));
    expect(plan).toEqual({
      presenter: { hash: '#/briefing/hop-giao-ban-quy/present', bounds: desk.workArea },
      audience: { hash: '#/briefing/hop-giao-ban-quy/audience', bounds: room.bounds, displayId: 2 },
    });
  });

  it('has no audience window with one display, and nothing without a session', () => {
    expect(planBriefingWindows(session, [desk], planDisplays([desk], { walls: [], shell: {} })).audience).toBeNull();
    expect(planBriefingWindows(null, [desk, room], planDisplays([desk, room], { walls: [], shell: {} }))).toEqual({ presenter: null, audience: null });
  });

  it('does not take a wall display for the audience', () => {
    const wall = { id: 'w', name: { vi: 'W', en: 'W' }, display: { index: 1 } };
    const displays = [desk, room];
    expect(planBriefingWindows(session, displays, planDisplays(displays, { walls: [wall], shell: {} })).audience).toBeNull();
  });
});

describe('applyBriefingWindows', () => {
  // BrowserWindow cannot run here: a registry of stand-ins.
  function fakeRegistry() {
    const open = new Map<string, { url: string; loadURL: ReturnType<typeof vi.fn>; maximize: ReturnType<typeof vi.fn>; webContents: { getURL: () => string } }>();
    return {
      open: vi.fn((_role: string, req: { key: string; hash: string }) => {
        const win = Object.assign(new EventEmitter(), {
          url: `app://console/index.html${req.hash}`,
          loadURL: vi.fn(async (url: string) => void (win.url = url)),
          maximize: vi.fn(),
          webContents: { getURL: () => win.url },
        });
        open.set(req.key, win);
        return win as never;
      }),
      get: (key: string) => open.get(key) as never,
      close: vi.fn((key: string) => void open.delete(key)),
      windows: open,
    };
  }

  it('opens both windows, re-targets them to another deck, closes them at the end and lets displays sleep', () => {
    const registry = fakeRegistry();
    const blocker = { start: vi.fn(() => 1), stop: vi.fn(() => true), isStarted: () => true };
    const lock = new DisplaySleepLock(blocker);
    const deps = { registry: registry as never, lock, log: () => undefined };
    const displays = [desk, room];
    const layout = planDisplays(displays, { walls: [], shell: {} });
    applyBriefingWindows(planBriefingWindows(session, displays, layout), deps);
    expect([...registry.windows.keys()]).toEqual([PRESENTER_KEY, AUDIENCE_KEY]);
    expect(lock.held).toBe(true);
    applyBriefingWindows(planBriefingWindows({ deckId: 'khac' }, displays, layout), deps);
    expect(registry.windows.get(AUDIENCE_KEY)!.loadURL).toHaveBeenCalledWith('app://console/index.html#/briefing/khac/audience');
    expect(registry.open).toHaveBeenCalledTimes(2);
    applyBriefingWindows(planBriefingWindows(null, displays, layout), deps);
    expect(registry.windows.size).toBe(0);
    expect(blocker.stop).toHaveBeenCalledOnce();
  });
});
