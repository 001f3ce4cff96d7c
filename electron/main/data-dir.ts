// Where the engine keeps its SQLite cache and state.
import path from 'node:path';
import { readEnv, readFlag } from './argv.js';

export interface DataDirInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** app.getPath('userData') */
  userData: string;
  /** Base of relative overrides (process.cwd()). */
  cwd?: string;
}

/** `--data-dir=DIR` beats env IOC_DATA_DIR beats the per-user data folder; relative paths resolve against cwd. */
export function resolveDataDir({ argv, env, userData, cwd = process.cwd() }: DataDirInputs): string {
  const override = readFlag(argv, 'data-dir') ?? readEnv(env, 'IOC_DATA_DIR');
  return override === undefined ? userData : path.resolve(cwd, override);
}
