import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, decideLaunch, electronBinaryPath, UNAVAILABLE_MESSAGE } from './launch.js';

describe('electronBinaryPath', () => {
  it('follows path.txt inside the package dist folder', () => {
    expect(electronBinaryPath({ packageDir: '/nm/electron', pathTxt: 'electron\n' })).toBe(path.join('/nm/electron', 'dist', 'electron'));
  });

  it('is null when the binary was never downloaded or the package is missing', () => {
    expect(electronBinaryPath({ packageDir: '/nm/electron', pathTxt: null })).toBeNull();
    expect(electronBinaryPath({ packageDir: null, pathTxt: null })).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    expect(electronBinaryPath({ packageDir: null, pathTxt: null, overrideDistPath: '/opt/electron' })).toBe(path.join('/opt/electron', 'electron'));
  });
});

describe('decideLaunch', () => {
  it('spawns electron on the app dir with the forwarded args', () => {
    expect(decideLaunch({ binaryPath: '/e/electron', binaryExists: true, appDir: '/app', args: ['--data-dir=/d'] })).toEqual({
      kind: 'spawn',
      command: '/e/electron',
      args: ['/app', '--data-dir=/d'],
    });
  });

  it('says in one line why it cannot, with exit code 1', () => {
    for (const input of [
      { binaryPath: null, binaryExists: false },
      { binaryPath: '/e/electron', binaryExists: false },
    ]) {
      const decision = decideLaunch({ ...input, appDir: '/app', args: [] });
      expect(decision).toEqual({ kind: 'unavailable', message: UNAVAILABLE_MESSAGE, exitCode: 1 });
    }
    expect(UNAVAILABLE_MESSAGE).not.toContain('\n');
    expect(UNAVAILABLE_MESSAGE).toContain('npm run serve');
  });
});

describe('childEnv', () => {
  it('drops ELECTRON_RUN_AS_NODE and keeps the rest', () => {
    expect(childEnv({ ELECTRON_RUN_AS_NODE: '1', IOC_DATA_DIR: '/d' })).toEqual({ IOC_DATA_DIR: '/d' });
  });
});
