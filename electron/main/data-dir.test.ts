import { describe, expect, it } from 'vitest';
import { readFlag } from './argv.js';
import { planBackend, resolveUpstreamUrl } from './backend-plan.js';
import { resolveDataDir } from './data-dir.js';

const userData = '/home/op/.config/IOC Đắk Lắk';
const cwd = '/work';

describe('resolveDataDir', () => {
  it('defaults to the per-user data folder', () => {
    expect(resolveDataDir({ argv: ['electron', '.'], env: {}, userData, cwd })).toBe(userData);
  });

  it('takes IOC_DATA_DIR, and --data-dir over it', () => {
    expect(resolveDataDir({ argv: [], env: { IOC_DATA_DIR: '/srv/ioc' }, userData, cwd })).toBe('/srv/ioc');
    expect(resolveDataDir({ argv: ['--data-dir=/data/a'], env: { IOC_DATA_DIR: '/srv/ioc' }, userData, cwd })).toBe('/data/a');
    expect(resolveDataDir({ argv: ['--data-dir', '/data/b'], env: {}, userData, cwd })).toBe('/data/b');
  });

  it('resolves relative overrides against cwd', () => {
    expect(resolveDataDir({ argv: ['--data-dir=.data'], env: {}, userData, cwd })).toBe('/work/.data');
  });

  it('ignores blank overrides', () => {
    expect(resolveDataDir({ argv: ['--data-dir='], env: { IOC_DATA_DIR: '  ' }, userData, cwd })).toBe(userData);
  });
});

describe('readFlag', () => {
  it('reads both forms, the last one wins, stops at --', () => {
    expect(readFlag(['--x=1', '--x', '2'], 'x')).toBe('2');
    expect(readFlag(['--x', '--y'], 'x')).toBeUndefined();
    expect(readFlag(['--', '--x=1'], 'x')).toBeUndefined();
    expect(readFlag(['--xy=1'], 'x')).toBeUndefined();
  });
});

describe('resolveUpstreamUrl', () => {
  it('is null without an override (embedded simulator)', () => {
    expect(resolveUpstreamUrl([], {})).toBeNull();
  });

  it('takes --upstream over IOC_UPSTREAM_URL', () => {
    expect(resolveUpstreamUrl([], { IOC_UPSTREAM_URL: 'https://lgsp.daklak.gov.vn/api' })).toBe('https://lgsp.daklak.gov.vn/api');
    expect(resolveUpstreamUrl(['--upstream=http://10.0.0.5:8080'], { IOC_UPSTREAM_URL: 'https://x.vn' })).toBe('http://10.0.0.5:8080/');
  });

  it('rejects non-http URLs and URLs with credentials', () => {
    expect(() => resolveUpstreamUrl(['--upstream=ftp://x'], {})).toThrow(/http/);
    expect(() => resolveUpstreamUrl(['--upstream=nonsense'], {})).toThrow(/not a URL/);
    expect(() => resolveUpstreamUrl(['--upstream=https://u:p@x.vn'], {})).toThrow(/credentials/);
  });
});

describe('planBackend', () => {
  it('collects data dir, upstream, geo dir and token', () => {
    expect(
      planBackend({ argv: ['--upstream=https://x.vn/'], env: { IOC_GEO_DIR: 'geo', IOC_UPSTREAM_TOKEN: 't' }, userData, cwd }),
    ).toEqual({ dataDir: userData, upstreamUrl: 'https://x.vn/', geoDir: '/work/geo', upstreamToken: 't' });
    expect(planBackend({ argv: [], env: {}, userData, cwd })).toEqual({
      dataDir: userData,
      upstreamUrl: null,
      geoDir: undefined,
      upstreamToken: undefined,
    });
  });
});
