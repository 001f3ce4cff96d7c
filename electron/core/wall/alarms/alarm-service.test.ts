// Alarm episodes over a real SQLite cache, with a source the test controls.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Alarm } from '../../../../shared/contract/areas/wall.js';
import type { Database } from '../../store/database.js';
import { openCache } from '../../store/open-cache.js';
import { planAlarms, type AlarmCandidate } from './alarm-store.js';
import { AlarmService, type AlarmSource } from './alarm-service.js';

const candidate = (key: string, value = 1): AlarmCandidate => ({
  source: 'test',
  key,
  severity: 'critical',
  title: { vi: `Cảnh báo ${key}`, en: `Alarm ${key}` },
  detail: null,
  kpiId: null,
  value,
});

describe('planAlarms', () => {
  const open = (id: number, key: string, value: number | null) => ({ id, key, value }) as Alarm;
  it('raises what is new, clears what ended, updates values of what goes on', () => {
    expect(planAlarms([open(1, 'a', 1), open(2, 'b', 5)], [candidate('b', 6), candidate('c')])).toEqual({
      raise: [candidate('c')],
      clear: [1],
      revalue: [{ id: 2, value: 6 }],
    });
    expect(planAlarms([], [])).toEqual({ raise: [], clear: [], revalue: [] });
  });
});

describe('AlarmService', () => {
  let db: Database;
  let now = Date.parse('2026-03-02T09:00:00+07:00');
  let reported: AlarmCandidate[] = [];
  let changed: () => void = () => undefined;
  const published: Alarm[][] = [];
  const source: AlarmSource = {
    id: 'test',
    current: async () => reported,
    watch: (cb) => {
      changed = cb;
      return () => (changed = () => undefined);
    },
  };
  let service: AlarmService;

  beforeEach(async () => {
    db = (await openCache(await mkdtemp(join(tmpdir(), 'ioc-alarms-')))).db;
    service = new AlarmService({ db, now: () => new Date(now), emit: (a) => published.push(a), log: () => undefined, debounceMs: 10 });
    service.add(source);
  });
  afterEach(async () => {
    await service.close();
    await db.close();
  });

  it('keeps one alarm per episode, on the walls until acknowledged even after it ends', async () => {
    reported = [candidate('x')];
    await service.evaluateAll();
    await service.evaluateAll(); // reported again: still one alarm
    const [alarm] = await service.visible();
    expect(await service.visible()).toHaveLength(1);
    expect(alarm).toMatchObject({ key: 'x', raisedAt: '2026-03-02T09:00:00+07:00', clearedAt: null, acknowledged: null });

    now += 60_000;
    reported = [];
    await service.evaluateAll();
    const [ended] = await service.visible();
    expect(ended).toMatchObject({ id: alarm!.id, clearedAt: '2026-03-02T09:01:00+07:00', acknowledged: null });

    await service.ack(alarm!.id, 'Phạm Thị Dung', 'conn-1');
    expect(await service.visible()).toEqual([]);
    expect((await service.recent())[0]!.acknowledged).toEqual({ by: 'Phạm Thị Dung', at: '2026-03-02T09:01:00+07:00' });
    expect(published.at(-1)).toEqual([]);

    // The condition comes back: a new episode, a new alarm.
    reported = [candidate('x')];
    await service.evaluateAll();
    const [again] = await service.visible();
    expect(again!.id).not.toBe(alarm!.id);
  });

  it('looks again when its source signals a change, once per burst', async () => {
    reported = [candidate('y')];
    const before = published.length;
    changed();
    changed();
    changed();
    await new Promise((r) => setTimeout(r, 60));
    await service.evaluate(source);
    expect(published.length).toBe(before + 1);
    expect((await service.visible()).map((a) => a.key)).toEqual(['y']);
  });

  it('refuses to acknowledge an alarm that does not exist', async () => {
    await expect(service.ack(4242, 'An', 'c')).rejects.toThrow(/no alarm 4242/);
  });
});
