// Wall displays: a device is enrolled once with a one-time code; redeeming it yields a long-lived credential that
// the device keeps (an HttpOnly cookie in the browser, the OS keychain in Electron). Only hashes are stored.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { deviceSchema } from '../../../shared/contract/areas/auth.js';
import { EngineError } from '../../../shared/contract/envelope.js';
import type { Database } from '../store/database.js';

export type DeviceView = z.infer<typeof deviceSchema>;

interface Row {
  device_id: string;
  name: string;
  enrol_code_hash: string | null;
  enrol_expires_at: string | null;
  credential_hash: string | null;
  revoked_at: string | null;
  created_at: string;
  last_seen: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** Without look-alike characters, to be read off a screen: 12 characters in groups of 4. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function enrolmentCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]!);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

const view = (r: Row): DeviceView => ({
  deviceId: r.device_id,
  name: r.name,
  enrolled: r.credential_hash !== null,
  revoked: r.revoked_at !== null,
  createdAt: r.created_at,
  lastSeen: r.last_seen,
});

export class DeviceStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {}

  async list(): Promise<DeviceView[]> {
    return (await this.db.all<Row>('SELECT * FROM devices ORDER BY created_at')).map(view);
  }

  async enrol(name: string, validMinutes: number): Promise<{ device: DeviceView; code: string; expiresAt: Date }> {
    const code = enrolmentCode();
    const expiresAt = new Date(this.now().getTime() + validMinutes * 60_000);
    const deviceId = `dev-${randomUUID()}`;
    await this.db.run('INSERT INTO devices (device_id, name, enrol_code_hash, enrol_expires_at, created_at) VALUES (?, ?, ?, ?, ?)', [
      deviceId,
      name,
      sha256(code.toUpperCase()),
      expiresAt.toISOString(),
      this.now().toISOString(),
    ]);
    const row = (await this.db.get<Row>('SELECT * FROM devices WHERE device_id = ?', [deviceId]))!;
    return { device: view(row), code, expiresAt };
  }

  /** Exchanges a one-time code for the device credential; the code cannot be used again. */
  async redeem(code: string): Promise<{ device: DeviceView; credential: string } | null> {
    if (code.length > 32) return null;
    const hash = sha256(code.trim().toUpperCase());
    const credential = randomBytes(32).toString('base64url');
    return this.db.transaction(async (tx) => {
      const row = await tx.get<Row>('SELECT * FROM devices WHERE enrol_code_hash = ? AND revoked_at IS NULL', [hash]);
      if (!row || !row.enrol_expires_at || Date.parse(row.enrol_expires_at) <= this.now().getTime()) return null;
      await tx.run('UPDATE devices SET enrol_code_hash = NULL, enrol_expires_at = NULL, credential_hash = ? WHERE device_id = ?', [sha256(credential), row.device_id]);
      return { device: view({ ...row, credential_hash: 'set' }), credential };
    });
  }

  async byCredential(credential: string): Promise<DeviceView | null> {
    if (credential.length < 40 || credential.length > 64) return null;
    const row = await this.db.get<Row>('SELECT * FROM devices WHERE credential_hash = ? AND revoked_at IS NULL', [sha256(credential)]);
    if (!row) return null;
    await this.db.run('UPDATE devices SET last_seen = ? WHERE device_id = ?', [this.now().toISOString(), row.device_id]);
    return view(row);
  }

  async revoke(deviceId: string): Promise<DeviceView> {
    const { changes } = await this.db.run('UPDATE devices SET revoked_at = COALESCE(revoked_at, ?), enrol_code_hash = NULL WHERE device_id = ?', [this.now().toISOString(), deviceId]);
    if (changes === 0) throw new EngineError('not-found', `no device ${deviceId}`);
    return view((await this.db.get<Row>('SELECT * FROM devices WHERE device_id = ?', [deviceId]))!);
  }
}
