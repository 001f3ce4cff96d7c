// Credentials in the real OS keychain (gnome-keyring in a private D-Bus session, tests/with-keyring.sh):
// stored from the Data sources view's call, used by the connector, never in SQLite, logs or the status.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, fixtureCatalog } from '../../simulator/test-fixtures.js';
import { DEFAULT_SEED } from '../../simulator/server.js';
import { requestId } from '../../simulator/open311-data.js';
import { CredentialVault } from '../secrets/vault.js';
import { Database } from '../store/database.js';
import { CACHE_FILE } from '../store/open-cache.js';
import { enqueueOpen311Update } from './open311/open311-outbound.js';
import { CAP_ID, CREDENTIALS, OPEN311_ID, PROVINCIAL_ID } from './connectors/defaults.js';
import { startHarness, TEST_TOKEN, type Harness } from './test-harness.js';

const SERVICE = `vn.gov.daklak.ioc.console.test-${randomUUID()}`;
const SECRET = `khoa-open311-${randomUUID()}`;
const vault = new CredentialVault(SERVICE);
const lines: string[] = [];
let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    catalog: fixtureCatalog(),
    now: () => FIXED_NOW,
    simulator: { open311ApiKey: SECRET },
    credentials: { [CREDENTIALS.provincial]: TEST_TOKEN },
    keychainService: SERVICE,
    log: (line) => lines.push(line),
  });
}, 90_000);
afterAll(async () => {
  await h?.close();
  await vault.delete(CREDENTIALS.open311).catch(() => undefined);
});

describe('credentials', () => {
  it('says where each source credential stands', async () => {
    expect((await h.source(PROVINCIAL_ID)).credential).toBe('given');
    expect((await h.source(OPEN311_ID)).credential).toBe('missing');
    expect((await h.source(CAP_ID)).credential).toBe('not-needed');
  });

  it('stores a credential in the OS keychain only, and the source uses it', async () => {
    expect(await h.client.call('sync.setCredential', { sourceId: OPEN311_ID, secret: SECRET })).toEqual({ stored: true });
    expect(await vault.get(CREDENTIALS.open311)).toBe(SECRET);
    const status = await h.client.call('sync.status', {});
    expect(status.sources.find((s) => s.id === OPEN311_ID)!.credential).toBe('present');
    expect(JSON.stringify(status)).not.toContain(SECRET);
    // The change goes out with the key from the keychain (the simulator refuses any other with 403).
    const db = await Database.open(join(h.dataDir, CACHE_FILE));
    await db.exec('PRAGMA busy_timeout = 5000');
    await db.transaction((tx) => enqueueOpen311Update(tx, OPEN311_ID, 'cred-1', { kind: 'field-report.ack', externalId: requestId(DEFAULT_SEED, 300), statusNotes: 'Đã tiếp nhận' }, '2026-12-03T10:30:00+07:00'));
    await db.close();
    await h.client.call('sync.outboxRetry', {});
    for (let i = 0; i < 200 && (await h.client.call('sync.outbox', {})).pending > 0; i++) await new Promise((r) => setTimeout(r, 50));
    const [item] = (await h.client.call('sync.outbox', {})).items;
    expect(item).toMatchObject({ deliveredAt: expect.any(String), lastError: null });
    expect(h.simulator.open311Updates()).toHaveLength(1);
    for (const file of await readdir(h.dataDir)) expect((await readFile(join(h.dataDir, file))).includes(SECRET), file).toBe(false);
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('removes it again, and refuses one for a source that needs none', async () => {
    expect(await h.client.call('sync.setCredential', { sourceId: OPEN311_ID, secret: null })).toEqual({ stored: false });
    expect(await vault.get(CREDENTIALS.open311)).toBeNull();
    expect((await h.source(OPEN311_ID)).credential).toBe('missing');
    await expect(h.client.call('sync.setCredential', { sourceId: CAP_ID, secret: 'x' })).rejects.toMatchObject({ code: 'invalid-params' });
    await expect(h.client.call('sync.setCredential', { sourceId: 'nope', secret: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('asks for unchanged documents with their ETag and is answered "not modified"', async () => {
    const again = await h.pull(PROVINCIAL_ID);
    expect(again.state).toBe('ok');
    expect(again.notes).toContainEqual({ code: 'not-modified', count: 3 });
    expect((await h.pull(CAP_ID)).notes).toContainEqual({ code: 'not-modified', count: 1 });
  });
});
