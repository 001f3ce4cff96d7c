import { describe, expect, it } from 'vitest';
import { decideNavigation, externalAllowList, isExternalUrlAllowed, isNavigationAllowed, isPermissionAllowed } from './navigation-guard.js';

describe('isNavigationAllowed', () => {
  it('allows the app itself', () => {
    expect(isNavigationAllowed('app://console/index.html')).toBe(true);
    expect(isNavigationAllowed('app://console/index.html#/map')).toBe(true);
  });

  it.each(['https://daklak.gov.vn/', 'http://localhost:5173/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)', 'not a url'])(
    'denies %s',
    (url) => expect(isNavigationAllowed(url)).toBe(false),
  );
});

describe('isExternalUrlAllowed', () => {
  it('allows https on allow-listed hosts and their subdomains', () => {
    expect(isExternalUrlAllowed('https://daklak.gov.vn/')).toBe(true);
    expect(isExternalUrlAllowed('https://stnmt.daklak.gov.vn/tin-tuc?id=1')).toBe(true);
    expect(isExternalUrlAllowed('https://example.org/', ['example.org'])).toBe(true);
  });

  it.each([
    ['http', 'http://daklak.gov.vn/'],
    ['look-alike host', 'https://daklak.gov.vn.evil.com/'],
    ['suffix without dot', 'https://evildaklak.gov.vn/'],
    ['credentials', 'https://user:pw@daklak.gov.vn/'],
    ['non-default port', 'https://daklak.gov.vn:8443/'],
    ['unlisted host', 'https://example.com/'],
    ['file', 'file:///C:/Windows/system32/calc.exe'],
    ['custom scheme', 'ms-settings:privacy'],
    ['garbage', '::::'],
  ])('denies %s', (_name, url) => expect(isExternalUrlAllowed(url)).toBe(false));

  it('an empty allow-list allows nothing', () => {
    expect(isExternalUrlAllowed('https://daklak.gov.vn/', [])).toBe(false);
  });
});

describe('decideNavigation', () => {
  it('keeps the app in the window, sends allow-listed links out, denies the rest', () => {
    expect(decideNavigation('app://console/index.html')).toBe('allow');
    expect(decideNavigation('https://daklak.gov.vn/')).toBe('open-external');
    expect(decideNavigation('https://evil.example/')).toBe('deny');
  });
});

describe('isPermissionAllowed', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])('denies %s', (permission) => {
    expect(isPermissionAllowed(permission)).toBe(false);
  });
});

describe('externalAllowList', () => {
  it('adds the https SSO provider, never a plain-http one', () => {
    expect(externalAllowList('https://sso.daklak.gov.vn/realms/ioc')).toContain('sso.daklak.gov.vn');
    expect(decideNavigation('https://sso.daklak.gov.vn/auth?x=1', externalAllowList('https://sso.daklak.gov.vn'))).toBe('open-external');
    expect(externalAllowList('http://sso.example')).not.toContain('sso.example');
    expect(externalAllowList(undefined)).toEqual(externalAllowList('not a url'));
  });
});
