import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultCatalog } from '../../../shared/catalog/index.js';
import { demoWallConfig } from '../../../shared/wall/demo-config.js';
import { loadWallConfig } from '../../../shared/wall/load.js';
import { createClient } from '../client/client.js';
import { FakeTransport } from '../client/fake-transport.js';
import { setClient } from '../client/instance.js';
import { useWallStore } from './wall.js';

type Call = { id: number; method: string; params: Record<string, unknown> };
const state = (revision: number, sceneId = 'tong-quan') => ({
  wallId: 'chinh',
  playlistId: 'ngoai-gio',
  daypartId: null,
  sceneId,
  index: 0,
  count: 3,
  sceneStartedAt: '2026-03-02T09:00:00+07:00',
  nextChangeAt: null,
  hold: null,
  overrides: [],
  revision,
  updatedAt: '2026-03-02T09:00:00+07:00',
});
const hello = { version: '0.1.0', now: '2026-03-02T09:00:00+07:00', timeZone: 'Asia/Ho_Chi_Minh', dataDir: '/d', notices: [] };
const configState = { config: loadWallConfig(demoWallConfig, defaultCatalog), source: 'demo', file: null, loadedAt: '2026-03-02T09:00:00+07:00', rejected: null };

describe('wall store', () => {
  let t: FakeTransport;
  let revision = 5;
  const answered = new Set<number>();
  const answer = async () => {
    for (let i = 0; i < 5; i += 1) {
      for (const c of t.sent as Call[]) {
        if (answered.has(c.id)) continue;
        answered.add(c.id);
        const result = {
          'system.hello': hello,
          'wall.config.get': configState,
          'wall.states.list': { states: [state(revision)] },
          'wall.alarms.list': { alarms: [] },
        }[c.method];
        if (result) t.receive({ type: 'result', id: c.id, result });
      }
      await new Promise((r) => setTimeout(r, 0));
    }
  };

  beforeEach(() => {
    t = new FakeTransport('connecting');
    answered.clear();
    revision = 5;
    setClient(createClient(t));
    setActivePinia(createPinia());
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('follows newer states and ignores older ones that arrive late', async () => {
    const wall = useWallStore();
    t.setState('open');
    await answer();
    expect(wall.states.get('chinh')?.revision).toBe(5);
    t.receive({ type: 'event', event: 'wall.state', payload: state(7, 'canh-bao') });
    t.receive({ type: 'event', event: 'wall.state', payload: state(6, 'an-ninh-giao-thong') });
    expect(wall.states.get('chinh')).toMatchObject({ revision: 7, sceneId: 'canh-bao' });
    expect(wall.scene('canh-bao')?.name.vi).toBe('Cảnh báo vượt ngưỡng');
  });

  it('takes the engine\'s word after a reconnection, even with lower revisions (a restarted engine)', async () => {
    const wall = useWallStore();
    t.setState('open');
    await answer();
    t.receive({ type: 'event', event: 'wall.state', payload: state(40) });
    t.setState('closed');
    revision = 2;
    t.setState('open');
    await answer();
    expect(wall.states.get('chinh')?.revision).toBe(2);
  });
});
