// The CAP alarm source over a real SQLite cache holding alerts as the CAP connector stores them.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventHub } from '../../event-hub.js';
import type { Database } from '../../store/database.js';
import { openCache } from '../../store/open-cache.js';
import { storeAlert } from '../../sync/cap/cap-store.js';
import { alarmSettingsSchema } from '../../../../shared/wall/schema.js';
import { capAlarmSource } from './cap-alarm-source.js';
import { testCapAlert } from './test-alert.js';

const text = (vi: string | null, en: string | null = vi) => ({ vi, en });
const alert = testCapAlert;

let db: Database;
let now = new Date('2026-12-03T09:00:00+07:00');
let settings = alarmSettingsSchema.parse({});
const hub = new EventHub();
const source = () => capAlarmSource({ db, hub, now: () => now, settings: () => settings });

beforeEach(async () => {
  ({ db } = await openCache(await mkdtemp(join(tmpdir(), 'ioc-cap-alarm-'))));
  now = new Date('2026-12-03T09:00:00+07:00');
  settings = alarmSettingsSchema.parse({});
});
afterEach(async () => {
  await db.close();
});

describe('the CAP alarm source', () => {
  it('raises Extreme as critical and Severe as a warning, in both languages, and leaves the milder ones', async () => {
    await storeAlert(db, 'cap', alert('a1'), '2026-12-03T06:01:00+07:00');
    await storeAlert(db, 'cap', alert('a2', { severity: 'Severe', headline: text('Sạt lở đất', null) }), '2026-12-03T06:01:00+07:00');
    await storeAlert(db, 'cap', alert('a3', { severity: 'Moderate' }), '2026-12-03T06:01:00+07:00');
    await storeAlert(db, 'cap', alert('a4', { status: 'Exercise' }), '2026-12-03T06:01:00+07:00');
    const found = await source().current();
    expect(found).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining([
      expect.objectContaining({ source: 'cap', key: 'cap:kttv-taynguyen@nchmf.gov.vn|a1', severity: 'critical', title: { vi: 'Cảnh báo lũ quét tại xã Ea Kao', en: 'Flash flood warning in Ea Kao' } }),
      expect.objectContaining({ key: 'cap:kttv-taynguyen@nchmf.gov.vn|a2', severity: 'warning', title: { vi: 'Sạt lở đất', en: 'Sạt lở đất' } }),
    ]));
    expect(found.find((f) => f.severity === 'critical')!.detail?.vi).toBe('Đài Khí tượng Thủy văn khu vực Tây Nguyên · Xã Ea Kao');
  });

  it('drops an alert once it is cancelled or has expired, and says nothing when CAP alarms are off', async () => {
    await storeAlert(db, 'cap', alert('a1'), '2026-12-03T06:01:00+07:00');
    expect(await source().current()).toHaveLength(1);
    settings = alarmSettingsSchema.parse({ cap: false });
    expect(await source().current()).toEqual([]);
    settings = alarmSettingsSchema.parse({});
    now = new Date('2026-12-03T18:00:01+07:00');
    expect(await source().current()).toEqual([]);
    now = new Date('2026-12-03T10:00:00+07:00');
    await storeAlert(db, 'cap', alert('c1', { msgType: 'Cancel', references: ['a1'], sent: '2026-12-03T09:30:00+07:00' }), '2026-12-03T09:31:00+07:00');
    expect(await source().current()).toEqual([]);
  });

  it('looks again when the connector says alerts changed', () => {
    let calls = 0;
    const stop = source().watch(() => (calls += 1));
    hub.emit('alerts.changed', { active: 1, changedIds: ['a1'] });
    expect(calls).toBe(1);
    stop();
    hub.emit('alerts.changed', { active: 1, changedIds: ['a1'] });
    expect(calls).toBe(1);
  });
});
