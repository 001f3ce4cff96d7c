import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs build script without type declarations
import { checkRules, filePatterns, icoSizes, targetNames } from './validate-builder-config.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const projectDir = path.resolve(here, '..');
const script = path.join(here, 'validate-builder-config.mjs');
const run = promisify(execFile);
const tmp = mkdtempSync(path.join(tmpdir(), 'ioc-builder-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function validate(yaml: string | null) {
  const args = [script];
  if (yaml !== null) {
    const file = path.join(tmp, `c${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(file, yaml);
    args.push('--config', file);
  }
  try {
    const { stdout } = await run(process.execPath, args, { cwd: projectDir });
    return { code: 0, output: stdout };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, output: failure.stderr };
  }
}

const realYaml = readFileSync(path.join(projectDir, 'electron-builder.yml'), 'utf8');

describe('validate-builder-config (the script)', () => {
  it('accepts the project config', async () => {
    expect(await validate(null)).toMatchObject({ code: 0 });
  });

  it('fails on a key the builder schema does not know', async () => {
    const result = await validate(`${realYaml}\nelectronFusez:\n  runAsNode: false\n`);
    expect(result.code).toBe(1);
    expect(result.output).toContain("unknown property 'electronFusez'");
  });

  it('fails on our rules: missing target, weak fuse, missing icon', async () => {
    const yaml = realYaml.replace('    - deb\n', '    - rpm\n').replace('  runAsNode: false', '  runAsNode: true').replace('build/icon.ico', 'build/nope.ico');
    const result = await validate(yaml);
    expect(result.code).toBe(1);
    expect(result.output).toContain('linux.target must include deb');
    expect(result.output).toContain('electronFuses.runAsNode must be false');
    expect(result.output).toContain('win.icon build/nope.ico does not exist');
  });
});

describe('helpers', () => {
  it('reads targets in every form', () => {
    expect(targetNames({ target: 'nsis' })).toEqual(['nsis']);
    expect(targetNames({ target: ['AppImage', { target: 'deb', arch: ['x64'] }] })).toEqual(['AppImage', 'deb']);
    expect(targetNames(undefined)).toEqual([]);
  });

  it('reads file patterns as written and as loaded', () => {
    expect(filePatterns(['a', { filter: ['b', 'c'] }, { from: 'x', filter: ['y'] }])).toEqual(['a', 'b', 'c']);
  });

  it('reads ICO sizes, rejects other files', () => {
    const ico = Buffer.alloc(6 + 32);
    ico.writeUInt16LE(1, 2);
    ico.writeUInt16LE(2, 4);
    ico[6] = 16;
    ico[22] = 0;
    expect(icoSizes(ico)).toEqual([16, 256]);
    expect(icoSizes(Buffer.from('not an icon'))).toBeNull();
  });

  it('checkRules reports everything missing from an empty config', () => {
    const none = { isFile: () => false, isDir: () => false, read: () => Buffer.alloc(0) };
    const problems: string[] = checkRules({}, '/p', none);
    for (const expected of ['appId', 'win.target must include nsis', 'linux.target must include AppImage', 'electronFuses.onlyLoadAppFromAsar', 'asarUnpack', 'win.icon is not set', 'libsecret-1-0']) {
      expect(problems.some((p) => p.includes(expected)), expected).toBe(true);
    }
  });
});
