import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from './static-files.js';

describe('resolveStaticPath', () => {
  const root = '/srv/renderer';

  it('maps paths inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe('/srv/renderer/index.html');
    expect(resolveStaticPath(root, '/assets/app.js?v=1')).toBe('/srv/renderer/assets/app.js');
  });

  it('refuses traversal, encoded traversal, backslashes and NUL', () => {
    expect(resolveStaticPath(root, '/../etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveStaticPath(root, '/assets/..%5c..%5csecret')).toBeNull();
    expect(resolveStaticPath(root, '/index.html%00.png')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
  });
});
