// Test fixture: one wall with a three-scene office-hours playlist and a one-scene night playlist.
import { defaultCatalog } from '../../../shared/catalog/index.js';
import { loadWallConfig } from '../../../shared/wall/load.js';
import type { WallConfigInput } from '../../../shared/wall/schema.js';

const t = (vi: string) => ({ vi, en: vi });
const tile = (id: string, col: number) => ({ id, kind: 'clock', col, row: 1 });
const scene = (id: string) => ({ id, name: t(id), grid: { cols: 2, rows: 1 }, tiles: [tile('a', 1), tile('b', 2)] });

export const testConfig: WallConfigInput = {
  version: 1,
  scenes: [scene('s1'), scene('s2'), scene('s3'), scene('n1'), scene('x')],
  playlists: [
    { id: 'day', name: t('day'), entries: [{ sceneId: 's1', dwellSec: 10 }, { sceneId: 's2', dwellSec: 20 }, { sceneId: 's3', dwellSec: 30 }] },
    { id: 'night', name: t('night'), entries: [{ sceneId: 'n1', dwellSec: 60 }] },
  ],
  walls: [
    {
      id: 'w',
      name: t('w'),
      playlistId: 'night',
      dayparts: [{ id: 'office', name: t('office'), days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '07:00', to: '17:30', playlistId: 'day' }],
    },
  ],
};
export const config = loadWallConfig(testConfig, defaultCatalog);
