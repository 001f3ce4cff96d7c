import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/index.js';
import { demoWallConfig } from './demo-config.js';
import { loadWallConfig, WallConfigError } from './load.js';
import type { WallConfigInput } from './schema.js';

const clone = (): WallConfigInput => structuredClone(demoWallConfig) as WallConfigInput;

function problemsOf(raw: unknown): string[] {
  try {
    loadWallConfig(raw, defaultCatalog);
  } catch (error) {
    if (error instanceof WallConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadWallConfig', () => {
  it('accepts the demo configuration and fills in defaults', () => {
    const config = loadWallConfig(demoWallConfig, defaultCatalog);
    expect(config.walls.map((w) => w.id)).toEqual(['chinh', 'phu']);
    expect(config.scenes[0]!.tiles[0]!.colSpan).toBe(1);
    expect(config.shell.wallMemoryLimitMb).toBe(1536);
  });

  it('names an unknown tile kind and an unknown panel (KPI)', () => {
    const raw = clone();
    raw.scenes[0]!.tiles[3]!.kind = 'weather';
    raw.scenes[1]!.tiles[0]!.options = { kpiId: 'health.no-such-kpi' };
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(expect.stringMatching(/^scene "tong-quan" > tile "aqi": unknown tile kind "weather"/));
    expect(problems).toContain('scene "an-ninh-giao-thong" > tile "tai-nan": unknown KPI "health.no-such-kpi"');
  });

  it('names overlapping tiles and tiles outside the grid', () => {
    const raw = clone();
    raw.scenes[1]!.tiles[1]!.col = 1; // "vi-pham" onto "tai-nan"
    raw.scenes[1]!.tiles[4]!.colSpan = 2; // "camera" past column 3
    const problems = problemsOf(raw);
    expect(problems).toContain('scene "an-ninh-giao-thong": tiles "tai-nan" and "vi-pham" overlap at column 1, row 1');
    expect(problems).toContain('scene "an-ninh-giao-thong" > tile "camera": reaches column 4, row 2, outside the 3×2 grid');
  });

  it('refuses a zero dwell time with the playlist named', () => {
    const raw = clone();
    raw.playlists[0]!.entries[1]!.dwellSec = 0;
    expect(problemsOf(raw)).toEqual(['playlists[0] "gio-hanh-chinh" > entries[1] > dwellSec: a dwell time must be at least 1 second']);
  });

  it('names references to scenes, playlists and KPIs that do not exist', () => {
    const raw = clone();
    raw.playlists[1]!.entries[0]!.sceneId = 'khong-co';
    raw.walls[1]!.playlistId = 'mat-tich';
    raw.walls[0]!.dayparts![0]!.playlistId = 'mat-tich';
    raw.alarms = { rules: [{ id: 'thu', kpiId: 'x.y', op: '>', value: 1, label: { vi: 'a', en: 'a' } }] };
    expect(problemsOf(raw)).toEqual([
      'playlist "ngoai-gio": unknown scene "khong-co"',
      'wall "chinh" > daypart "hanh-chinh": unknown playlist "mat-tich"',
      'wall "phu": unknown playlist "mat-tich"',
      'alarm rule "thu": unknown KPI "x.y"',
    ]);
  });

  it('refuses bad times, empty windows, duplicate ids and bad display selectors', () => {
    const raw = clone();
    raw.walls[0]!.dayparts![0]!.from = '7h';
    raw.alarms = { quietHours: [{ days: ['sun'], from: '22:00', to: '22:00' }] };
    raw.walls[1]!.display = {};
    raw.scenes[2]!.id = 'tong-quan';
    const problems = problemsOf(raw);
    expect(problems).toContainEqual(expect.stringMatching(/^walls\[0\] "chinh" > dayparts\[0\] "hanh-chinh" > from: a time of day is "HH:mm"/));
    expect(problems).toContain('alarms > quietHours[0] > to: from and to are the same time: the window is empty');
    expect(problems).toContain('walls[1] "phu" > display: a display selector needs label, id, index or primary');
    expect(problemsOf({ ...clone(), scenes: [...clone().scenes, clone().scenes[0]] })).toContain('two scenes are called "tong-quan"');
  });

  it('refuses tile options its kind does not know', () => {
    const raw = clone();
    raw.scenes[0]!.tiles[2]!.options = { limit: 0, colour: 'red' };
    const problems = problemsOf(raw);
    expect(problems.some((p) => p.startsWith('scene "tong-quan" > tile "vuot-nguong": options'))).toBe(true);
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses something that is not a configuration at all', () => {
    expect(problemsOf(null)[0]).toMatch(/^configuration: /);
    expect(problemsOf({ version: 2 })[0]).toMatch(/^version: /);
  });
});
