// `npm start`: plain Node. Runs the Electron binary on this app, or says in one line why it cannot.
// It does not require('electron'): that module downloads the binary from GitHub when it is missing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const UNAVAILABLE_MESSAGE =
  'Electron binary not available on this machine (it is downloaded from GitHub); run "npm run serve" to open the console in a browser.';

export interface ElectronInstall {
  /** Folder of the electron npm package, null when it is not installed. */
  packageDir: string | null;
  /** Contents of its path.txt (written once the binary is downloaded), null when absent. */
  pathTxt: string | null;
  /** env ELECTRON_OVERRIDE_DIST_PATH */
  overrideDistPath?: string | undefined;
}

/** Where electron's own index.js would find the binary, without its download fallback. */
export function electronBinaryPath({ packageDir, pathTxt, overrideDistPath }: ElectronInstall): string | null {
  const executable = pathTxt?.trim() || null;
  if (overrideDistPath) return path.join(overrideDistPath, executable ?? 'electron');
  if (packageDir === null || executable === null) return null;
  return path.join(packageDir, 'dist', executable);
}

export type LaunchDecision =
  | { kind: 'spawn'; command: string; args: string[] }
  | { kind: 'unavailable'; message: string; exitCode: 1 };

export function decideLaunch(input: { binaryPath: string | null; binaryExists: boolean; appDir: string; args: readonly string[] }): LaunchDecision {
  if (input.binaryPath === null || !input.binaryExists) return { kind: 'unavailable', message: UNAVAILABLE_MESSAGE, exitCode: 1 };
  return { kind: 'spawn', command: input.binaryPath, args: [input.appDir, ...input.args] };
}

/** The child's environment: ELECTRON_RUN_AS_NODE would turn the app into a plain Node run. */
export function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { ELECTRON_RUN_AS_NODE: _ignored, ...rest } = env;
  return rest;
}

function readInstall(): ElectronInstall {
  const require = createRequire(import.meta.url);
  let packageDir: string | null = null;
  let pathTxt: string | null = null;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
    pathTxt = readFileSync(path.join(packageDir, 'path.txt'), 'utf8');
  } catch {
    // not installed, or the binary was never downloaded
  }
  return { packageDir, pathTxt, overrideDistPath: process.env.ELECTRON_OVERRIDE_DIST_PATH };
}

function main(): void {
  const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const binaryPath = electronBinaryPath(readInstall());
  const decision = decideLaunch({
    binaryPath,
    binaryExists: binaryPath !== null && existsSync(binaryPath),
    appDir,
    args: process.argv.slice(2),
  });
  if (decision.kind === 'unavailable') {
    console.error(decision.message);
    process.exit(decision.exitCode);
  }
  const child = spawn(decision.command, decision.args, { stdio: 'inherit', env: childEnv(process.env), windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start Electron: ${error.message}`);
    process.exit(1);
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] !== undefined && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) main();
