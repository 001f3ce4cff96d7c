import { describe, expect, it } from 'vitest';
import { accessOptions, DEMO_PASSWORD, parseBootstrapAdmin } from './access-options.js';

describe('access options of the web host', () => {
  it('reads the bootstrap administrator from the flag or the environment, password after the first colon', () => {
    expect(parseBootstrapAdmin('quantri:mat-khau:co-hai-cham')).toEqual({ username: 'quantri', password: 'mat-khau:co-hai-cham' });
    expect(accessOptions({}, { IOC_BOOTSTRAP_ADMIN: 'admin:a-long-password' }).bootstrapAdmin).toEqual({ username: 'admin', password: 'a-long-password' });
    expect(() => parseBootstrapAdmin('admin')).toThrow(/username:password/);
    expect(() => parseBootstrapAdmin('admin:short')).toThrow(/12 characters/);
  });

  it('seeds demo accounts with the documented password unless told another', () => {
    expect(accessOptions({ 'demo-accounts': true }, {}).demoAccounts).toEqual({ password: DEMO_PASSWORD });
    expect(accessOptions({}, { IOC_DEMO_ACCOUNTS: '1', IOC_DEMO_PASSWORD: 'p' }).demoAccounts).toEqual({ password: 'p' });
    expect(accessOptions({}, {}).demoAccounts).toBeUndefined();
  });

  it('checks the idle lock and configures SSO', () => {
    expect(accessOptions({ 'idle-lock-minutes': '5' }, {}).idleLockMinutes).toBe(5);
    expect(() => accessOptions({ 'idle-lock-minutes': '0' }, {})).toThrow();
    expect(accessOptions({ 'sso-issuer': 'https://sso.daklak.gov.vn' }, {}).sso).toEqual({ issuer: 'https://sso.daklak.gov.vn', clientId: 'ioc-console' });
  });
});
