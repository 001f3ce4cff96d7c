// Command-line flags of the shell: `--name=value` or `--name value`.

/** The value of the last `--name=value` / `--name value` in argv; undefined when absent or empty. */
export function readFlag(argv: readonly string[], name: string): string | undefined {
  const flag = `--${name}`;
  let value: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === flag) {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i += 1;
      }
    } else if (arg?.startsWith(`${flag}=`)) {
      value = arg.slice(flag.length + 1);
    }
  }
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** An env variable's value, undefined when unset or blank. */
export function readEnv(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value;
}
