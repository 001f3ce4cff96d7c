import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DisplayInfo } from './displays.js';
import { centredIn, parseWindowState, placementsOf, restoreBounds, WindowStateFile, type FileOps } from './window-state.js';

const desk: DisplayInfo = { id: 1, label: 'A', primary: true, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const saved = { role: 'workstation', displayId: 1, bounds: { x: 50, y: 40, width: 1400, height: 900 }, maximized: true };

function memoryFiles(initial: string | null = null): FileOps & { text: string | null; writes: number } {
  return {
    text: initial,
    writes: 0,
    read() {
      return this.text;
    },
    write(_file, text) {
      this.text = text;
      this.writes += 1;
    },
  };
}

describe('window state', () => {
  afterEach(() => vi.useRealTimers());

  it('ignores a missing or damaged file', () => {
    expect(parseWindowState(null)).toEqual({ version: 1, windows: {} });
    expect(parseWindowState('{not json')).toEqual({ version: 1, windows: {} });
    expect(parseWindowState(JSON.stringify({ version: 1, windows: { w: { role: 'x', displayId: 1, bounds: { x: 0, y: 0, width: -5, height: 1 } } } }))).toEqual({
      version: 1,
      windows: {},
    });
  });

  it('restores saved bounds only while they are on a connected display', () => {
    const fallback = centredIn(desk.workArea, { width: 1600, height: 960 });
    expect(fallback).toEqual({ x: 160, y: 40, width: 1600, height: 960 });
    expect(restoreBounds(saved, fallback, [desk])).toEqual({ bounds: saved.bounds, maximized: true });
    const onGoneDisplay = { ...saved, bounds: { ...saved.bounds, x: 4000 } };
    expect(restoreBounds(onGoneDisplay, fallback, [desk])).toEqual({ bounds: fallback, maximized: false });
    expect(centredIn({ x: 0, y: 0, width: 1280, height: 700 }, { width: 1600, height: 960 })).toEqual({ x: 0, y: 0, width: 1280, height: 700 });
  });

  it('writes once after a burst of moves, and reads back roles and displays across a restart', () => {
    vi.useFakeTimers();
    const files = memoryFiles();
    const store = new WindowStateFile('/u/window-state.json', files, 500);
    store.set('workstation', saved);
    store.set('wall:chinh', { role: 'wall', displayId: 7, bounds: { x: 1920, y: 0, width: 3840, height: 2160 }, maximized: false });
    store.set('workstation', { ...saved, maximized: false });
    expect(files.writes).toBe(0);
    vi.advanceTimersByTime(500);
    expect(files.writes).toBe(1);
    const again = new WindowStateFile('/u/window-state.json', files);
    expect(again.get('workstation')?.maximized).toBe(false);
    expect(placementsOf(again.data)).toEqual({ workstation: 1, 'wall:chinh': 7 });
  });
});
