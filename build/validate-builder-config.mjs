#!/usr/bin/env node
// `npm run test:builder`: checks electron-builder.yml offline with electron-builder's own loader and JSON-schema
// validator (the code `electron-builder` runs before packing), then our rules: targets, fuses, icons, files.
// Usage: node build/validate-builder-config.mjs [--config path/to/electron-builder.yml]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REQUIRED_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};
export const REQUIRED_FILES = ['out/electron/**', 'out/shared/**', 'renderer/dist/**', 'package.json', 'resources/**'];
export const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512];
export const ICO_REQUIRED_SIZES = [16, 32, 48, 256];

/** Target names of a platform section (`target` as string, array of strings or of { target }). */
export function targetNames(section) {
  const raw = section?.target;
  const list = raw == null ? [] : Array.isArray(raw) ? raw : [raw];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry?.target)).filter(Boolean);
}

/** Patterns of `files` (the loader turns a string list into [{ filter: [...] }]). */
export function filePatterns(files) {
  const list = files == null ? [] : Array.isArray(files) ? files : [files];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    if (entry?.from != null) return [];
    const filter = entry?.filter ?? [];
    return Array.isArray(filter) ? filter : [filter];
  });
}

/** Sizes of the images in an ICO file (0 in the directory means 256); null when it is not an ICO. */
export function icoSizes(buffer) {
  if (buffer.length < 6 || buffer.readUInt16LE(0) !== 0 || buffer.readUInt16LE(2) !== 1) return null;
  const count = buffer.readUInt16LE(4);
  if (buffer.length < 6 + 16 * count) return null;
  return Array.from({ length: count }, (_, i) => buffer[6 + 16 * i] || 256);
}

/**
 * Our rules over a loaded config. `fs` is { isFile(p), isDir(p), read(p) } over absolute paths.
 * Returns problems, one line each; empty when all is well.
 */
export function checkRules(config, projectDir, fs) {
  const problems = [];
  const buildResources = config.directories?.buildResources ?? 'build';
  const locate = (file) => [path.resolve(projectDir, buildResources, file), path.resolve(projectDir, file)].find((p) => fs.isFile(p) || fs.isDir(p));

  if (config.appId !== 'vn.gov.daklak.ioc.console') problems.push(`appId must be vn.gov.daklak.ioc.console (is ${config.appId})`);
  if (config.directories?.output !== 'release') problems.push('directories.output must be "release" (ignored by git)');

  const win = targetNames(config.win);
  const linux = targetNames(config.linux);
  if (!win.includes('nsis')) problems.push(`win.target must include nsis (has: ${win.join(', ') || 'none'})`);
  for (const target of ['AppImage', 'deb']) {
    if (!linux.includes(target)) problems.push(`linux.target must include ${target} (has: ${linux.join(', ') || 'none'})`);
  }

  for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
    if (config.electronFuses?.[fuse] !== value) problems.push(`electronFuses.${fuse} must be ${value}`);
  }
  if (config.npmRebuild === false) problems.push('npmRebuild must not be false: sqlite3 and keytar need their Electron (N-API) binaries');
  if (!(config.asarUnpack ?? []).includes('**/*.node')) problems.push('asarUnpack must include "**/*.node" (native modules)');
  const files = filePatterns(config.files);
  for (const pattern of REQUIRED_FILES) if (!files.includes(pattern)) problems.push(`files must include ${pattern}`);

  const winIcon = config.win?.icon;
  const winIconPath = winIcon ? locate(winIcon) : undefined;
  if (!winIcon) problems.push('win.icon is not set');
  else if (!winIconPath || !fs.isFile(winIconPath)) problems.push(`win.icon ${winIcon} does not exist`);
  else {
    const sizes = icoSizes(fs.read(winIconPath));
    if (sizes === null) problems.push(`win.icon ${winIcon} is not an ICO file`);
    else for (const size of ICO_REQUIRED_SIZES) if (!sizes.includes(size)) problems.push(`win.icon ${winIcon} lacks a ${size}x${size} image`);
  }

  const linuxIcon = config.linux?.icon;
  const linuxIconDir = linuxIcon ? locate(linuxIcon) : undefined;
  if (!linuxIcon) problems.push('linux.icon is not set');
  else if (!linuxIconDir || !fs.isDir(linuxIconDir)) problems.push(`linux.icon ${linuxIcon} is not a folder`);
  else {
    for (const size of LINUX_ICON_SIZES) {
      if (!fs.isFile(path.join(linuxIconDir, `${size}x${size}.png`))) problems.push(`linux.icon ${linuxIcon}/${size}x${size}.png does not exist`);
    }
  }
  if (!fs.isFile(path.resolve(projectDir, buildResources, 'icon.png'))) problems.push(`${buildResources}/icon.png does not exist`);

  if (!(config.deb?.depends ?? []).includes('libsecret-1-0')) problems.push('deb.depends must include libsecret-1-0 (keytar)');
  return problems;
}

const diskFs = {
  isFile: (p) => existsSync(p) && statSync(p).isFile(),
  isDir: (p) => existsSync(p) && statSync(p).isDirectory(),
  read: (p) => readFileSync(p),
};

/** electron-builder's own config loader and validator, resolved through electron-builder's dependencies. */
function builderInternals() {
  const fromProject = createRequire(import.meta.url);
  const fromBuilder = createRequire(fromProject.resolve('electron-builder/package.json'));
  const fromLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
  const { getConfig, validateConfiguration } = fromLib('./out/util/config/config.js');
  const { DebugLogger } = fromLib('builder-util');
  return { getConfig, validateConfiguration, DebugLogger };
}

/** Loads and checks a config; resolves to a list of problems (empty: valid). */
export async function validateBuilderConfig(projectDir, configPath) {
  if (!existsSync(path.resolve(projectDir, configPath))) return [`${configPath} does not exist`];
  const { getConfig, validateConfiguration, DebugLogger } = builderInternals();
  let config;
  try {
    config = await getConfig(projectDir, configPath, null);
  } catch (error) {
    return [`cannot read ${configPath}: ${error.message}`];
  }
  try {
    await validateConfiguration(config, new DebugLogger(false));
  } catch (error) {
    // Keep the schema errors, drop the builder's generic "How to fix" blurb after each.
    return [error.message.replace(/\n[ \t]*How to fix:(?:\n[ \t]+\S.*)*\n*/g, '\n').trim()];
  }
  return checkRules(config, projectDir, diskFs);
}

async function main() {
  const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const args = process.argv.slice(2);
  const flag = args.findIndex((a) => a === '--config' || a.startsWith('--config='));
  const configPath = flag < 0 ? 'electron-builder.yml' : args[flag].includes('=') ? args[flag].slice('--config='.length) : args[flag + 1];
  if (!configPath) {
    console.error('usage: validate-builder-config.mjs [--config FILE]');
    process.exit(2);
  }
  const problems = await validateBuilderConfig(projectDir, configPath);
  if (problems.length > 0) {
    console.error(`${configPath} is not valid:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  console.log(`${configPath}: valid (electron-builder schema, targets nsis/AppImage/deb, fuses, icons)`);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((error) => {
    console.error(`builder config check failed: ${error.stack ?? error}`);
    process.exit(1);
  });
}
