import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, resolveAppPath } from './app-protocol.js';

const root = '/opt/ioc/renderer/dist';

describe('resolveAppPath', () => {
  it('maps app://console paths into the root', () => {
    expect(resolveAppPath(root, APP_ENTRY_URL)).toBe('/opt/ioc/renderer/dist/index.html');
    expect(resolveAppPath(root, 'app://console/assets/index-abc.js')).toBe('/opt/ioc/renderer/dist/assets/index-abc.js');
    expect(resolveAppPath(root, 'app://CONSOLE/assets/a.css?v=1#x')).toBe('/opt/ioc/renderer/dist/assets/a.css');
  });

  it('serves index.html for the root and for folders', () => {
    expect(resolveAppPath(root, 'app://console')).toBe('/opt/ioc/renderer/dist/index.html');
    expect(resolveAppPath(root, 'app://console/')).toBe('/opt/ioc/renderer/dist/index.html');
    expect(resolveAppPath(root, 'app://console/help/')).toBe('/opt/ioc/renderer/dist/help/index.html');
  });

  it('decodes ordinary percent-encoding', () => {
    expect(resolveAppPath(root, 'app://console/fonts/Be%20Vietnam.woff2')).toBe('/opt/ioc/renderer/dist/fonts/Be Vietnam.woff2');
    expect(resolveAppPath(root, 'app://console/%C4%90%E1%BA%AFk.png')).toBe('/opt/ioc/renderer/dist/Đắk.png');
  });

  it.each([
    ['dot-dot', 'app://console/../secret'],
    ['nested dot-dot', 'app://console/assets/../../etc/passwd'],
    ['single dot', 'app://console/./index.html'],
    ['encoded dot-dot', 'app://console/%2e%2e/etc/passwd'],
    ['upper-case encoded dot-dot', 'app://console/%2E%2E%2Fetc'],
    ['mixed encoded dot', 'app://console/.%2e/etc'],
    ['double-encoded dot-dot', 'app://console/%252e%252e/etc'],
    ['encoded slash', 'app://console/assets%2f..%2f..%2fetc'],
    ['backslash', 'app://console/..\\..\\windows\\win.ini'],
    ['encoded backslash', 'app://console/assets%5c..%5csecret'],
    ['null byte', 'app://console/index.html\0.png'],
    ['encoded null byte', 'app://console/index.html%00.png'],
    ['absolute path via empty segment', 'app://console//etc/passwd'],
    ['drive letter', 'app://console/C:/Windows/win.ini'],
    ['malformed escape', 'app://console/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['https', 'https://console/index.html'],
    ['not a URL', '/etc/passwd'],
  ])('rejects %s', (_name, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never resolves outside the root on Windows paths either', () => {
    const winRoot = 'C:\\Program Files\\IOC\\resources\\app\\renderer\\dist';
    expect(resolveAppPath(winRoot, 'app://console/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    expect(resolveAppPath(winRoot, 'app://console/..\\..\\x', path.win32)).toBeNull();
    expect(resolveAppPath(winRoot, 'app://console/D:/x', path.win32)).toBeNull();
  });
});
