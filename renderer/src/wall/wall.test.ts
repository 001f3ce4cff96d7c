import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/index.js';
import { demoWallConfig } from '../../../shared/wall/demo-config.js';
import { loadWallConfig } from '../../../shared/wall/load.js';
import { TILE_KINDS } from '../../../shared/wall/tile-kinds.js';
import { checkTileContent } from '../../../shared/wall/tile-kinds.js';
import { mapViewContent } from './map-view-content.js';
import { formatCountdown, placeTiles, secondsLeft } from './resolve-tiles.js';
import { dayMonthTime, reportLine } from './tiles/report-rows.js';
import { defineTileView, parsedOptions, registeredTileKinds, tileView } from './tiles/registry.js';

const config = loadWallConfig(demoWallConfig, defaultCatalog);
const scene = config.scenes[0]!;

describe('placeTiles', () => {
  it('places each tile on its grid area with its own content', () => {
    const tiles = placeTiles(scene, []);
    expect(tiles).toHaveLength(scene.tiles.length);
    expect(tiles[1]).toMatchObject({ id: 'chi-so-chinh', area: '1 / 2 / 2 / 5', pushed: null, content: { kind: 'headlines' } });
    expect(tiles[2]!.area).toBe('2 / 1 / 4 / 2'); // two rows high
  });

  it('shows pushed content instead, says by whom and until when, and changes the key so the tile is made afresh', () => {
    const before = placeTiles(scene, []);
    const override = { tileId: 'aqi', content: { kind: 'kpi', options: { kpiId: 'health.bed-occupancy' } }, by: 'An', at: 'x', until: '2026-03-02T09:05:00+07:00' };
    const after = placeTiles(scene, [override]);
    const aqi = after.find((t) => t.id === 'aqi')!;
    expect(aqi.content.options).toEqual({ kpiId: 'health.bed-occupancy' });
    expect(aqi.pushed).toEqual({ by: 'An', until: '2026-03-02T09:05:00+07:00' });
    expect(aqi.key).not.toBe(before.find((t) => t.id === 'aqi')!.key);
    expect(after.find((t) => t.id === 'dong-ho')!.key).toBe(before.find((t) => t.id === 'dong-ho')!.key);
  });
});

describe('countdowns', () => {
  it('count whole seconds down to zero', () => {
    const until = '2026-03-02T09:05:00+07:00';
    expect(secondsLeft(until, Date.parse(until) - 61_500)).toBe(62);
    expect(secondsLeft(until, Date.parse(until) + 5_000)).toBe(0);
    expect(formatCountdown(245)).toBe('4:05');
    expect(formatCountdown(3723)).toBe('1:02:03');
  });
});

describe('tile views', () => {
  it('parse options with the kind\'s schema, defaults filled in, and refuse what it refuses', () => {
    const breach = TILE_KINDS.find((k) => k.id === 'breach-list')!;
    const view = defineTileView(breach, { name: 'Stand-in' });
    expect(tileView('breach-list')).toBe(view);
    expect(parsedOptions(view, {})).toEqual({ severities: ['critical', 'warning'], limit: 8 });
    expect(parsedOptions(view, { limit: 0 })).toBeNull();
    expect(registeredTileKinds()).toContain('breach-list');
  });
});

describe('what the map page and the field-report tiles send and print', () => {
  it('turn the map page\'s view into map tile content the engine accepts', () => {
    const content = mapViewContent({ center: [108.0512345678, 12.6798765], zoom: 11.23456 }, ['cameras']);
    expect(content).toEqual({ kind: 'map', options: { center: [108.05123, 12.67988], zoom: 11.23, layers: ['cameras'] } });
    expect(checkTileContent({ kind: content.kind, options: content.options ?? {} }, defaultCatalog)).toEqual([]);
    const coloured = defaultCatalog.domains.flatMap((d) => d.kpis).find((k) => k.breakdowns.includes('commune'))!.id;
    expect(mapViewContent(null, [], coloured).options).toMatchObject({ kpiId: coloured });
    expect(checkTileContent({ kind: 'map', options: mapViewContent(null, [], coloured).options ?? {} }, defaultCatalog)).toEqual([]);
    // Before the first move: the view the map opens on.
    expect(checkTileContent({ kind: 'map', options: mapViewContent(null, []).options ?? {} }, defaultCatalog)).toEqual([]);
  });

  it('print times as dd/MM HH:mm in Vietnam and name categories and communes', () => {
    expect(dayMonthTime('2026-12-03T01:05:00Z')).toBe('03/12 08:05');
    expect(dayMonthTime(null)).toBe('—');
    const report = { id: 7, category: 'rac-thai', communeCode: '24001', state: 'received' as const, reportedAt: '2026-12-03T14:05:00+07:00', dueAt: null, overdue: false, agencyKey: null };
    expect(reportLine(report, new Map([['24001', 'Tân An']]))).toMatchObject({ id: 7, commune: 'Tân An', received: '03/12 14:05', due: '—', category: { vi: expect.stringMatching(/rác/i) } });
    expect(reportLine({ ...report, category: 'moi', communeCode: '99999' }, new Map())).toMatchObject({ category: { vi: 'moi' }, commune: '99999' });
  });
});
