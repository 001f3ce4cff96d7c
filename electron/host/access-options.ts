// The web host's access settings from the command line and the environment, as a pure function.
import { DEMO_PASSWORD } from '../core/access/demo-accounts.js';
import type { AccessOptions } from '../core/engine-api.js';

export { DEMO_PASSWORD };

export interface AccessFlags {
  'bootstrap-admin'?: string | undefined;
  'demo-accounts'?: boolean | undefined;
  'demo-password'?: string | undefined;
  'idle-lock-minutes'?: string | undefined;
  'sso-issuer'?: string | undefined;
  'sso-client-id'?: string | undefined;
  'keys-in-data-dir'?: boolean | undefined;
}

/** "name:password" → the first administrator. The password is the rest after the first colon. */
export function parseBootstrapAdmin(text: string): { username: string; password: string } {
  const colon = text.indexOf(':');
  const username = colon > 0 ? text.slice(0, colon) : '';
  const password = colon > 0 ? text.slice(colon + 1) : '';
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(username)) throw new Error('--bootstrap-admin / IOC_BOOTSTRAP_ADMIN is "username:password" with a lower-case user name');
  if (password.length < 12) throw new Error('the bootstrap administrator password needs at least 12 characters');
  return { username, password };
}

export function accessOptions(flags: AccessFlags, env: Readonly<Record<string, string | undefined>>): AccessOptions {
  const options: AccessOptions = {};
  const bootstrap = flags['bootstrap-admin'] ?? env.IOC_BOOTSTRAP_ADMIN;
  if (bootstrap) options.bootstrapAdmin = parseBootstrapAdmin(bootstrap);
  if (flags['demo-accounts'] || env.IOC_DEMO_ACCOUNTS === '1') options.demoAccounts = { password: flags['demo-password'] ?? env.IOC_DEMO_PASSWORD ?? DEMO_PASSWORD };
  const idle = flags['idle-lock-minutes'] ?? env.IOC_IDLE_LOCK_MINUTES;
  if (idle !== undefined) {
    const minutes = Number(idle);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) throw new Error(`--idle-lock-minutes must be 1 to 240, got "${idle}"`);
    options.idleLockMinutes = minutes;
  }
  const issuer = flags['sso-issuer'] ?? env.IOC_SSO_ISSUER;
  if (issuer) options.sso = { issuer, clientId: flags['sso-client-id'] ?? env.IOC_SSO_CLIENT_ID ?? 'ioc-console' };
  if (flags['keys-in-data-dir'] || env.IOC_KEYS_IN_DATA_DIR === '1') options.masterKey = 'data-dir';
  return options;
}
