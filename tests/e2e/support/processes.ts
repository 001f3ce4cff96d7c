// Starts the real web host and the upstream simulator as child processes, as an operator would.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
export const GEO_DIR = process.env.IOC_GEO_DIR ?? resolve(ROOT, '../shared/data/geo');

export interface Started {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

function startNode(script: string, args: string[], readyPattern: RegExp, env: NodeJS.ProcessEnv = process.env): Promise<Started> {
  const child = spawn(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let started = false;
  let stopping = false;
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in time:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = readyPattern.exec(output);
      if (match) {
        clearTimeout(timer);
        started = true;
        resolvePromise({
          url: match[1]!,
          process: child,
          stop: () =>
            new Promise<void>((done) => {
              stopping = true;
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      // A process that dies under a test says why in the test's output.
      if (started && !stopping) console.error(`${script} exited unexpectedly (${code ?? signal}):\n${output.slice(-4000)}`);
      reject(new Error(`${script} exited with ${code}:\n${output}`));
    });
  });
}

export const tempDataDir = () => mkdtemp(join(tmpdir(), 'ioc-e2e-'));

/** Running hosts, newest last: stopping a host a test started inside a spec brings back the spec's own. */
const runningHosts: string[] = [];

/** The running web host a spec started last (null when none): the signed-in fixtures (./signed-in.ts) sign in there. */
export function currentHostUrl(): string | null {
  return runningHosts[runningHosts.length - 1] ?? null;
}

/** The web host with the demo accounts (one per role, README "Signing in"); extra flags go to the CLI. */
/**
 * `withoutKeychain`: the host runs as on a machine with no Secret Service (no session bus), its own keys in the
 * data folder, so a spec can check what the console says then.
 */
export async function startHost(options: { dataDir: string; upstream?: string; token?: string; args?: string[]; withoutKeychain?: boolean; port?: number }): Promise<Started> {
  const args = ['--port', String(options.port ?? 0), '--data-dir', options.dataDir, '--demo-accounts', ...(options.args ?? [])];
  if (options.upstream) args.push('--upstream', options.upstream, '--token', options.token ?? 'demo-token');
  else if (existsSync(GEO_DIR)) args.push('--geo', GEO_DIR);
  const env = options.withoutKeychain ? { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' } : process.env;
  if (options.withoutKeychain) args.push('--keys-in-data-dir');
  const started = await startNode('out/electron/host/cli.js', args, /IOC console: (http:\/\/127\.0\.0\.1:\d+\/)/, env);
  runningHosts.push(started.url);
  return {
    ...started,
    stop: async () => {
      const at = runningHosts.lastIndexOf(started.url);
      if (at >= 0) runningHosts.splice(at, 1);
      await started.stop();
    },
  };
}

export function startSimulator(port: number, extra: string[] = []): Promise<Started> {
  const args = ['--port', String(port), '--token', 'demo-token', ...extra];
  if (existsSync(GEO_DIR)) args.push('--geo', GEO_DIR);
  return startNode('out/electron/simulator/cli.js', args, /Upstream simulator: (http:\/\/127\.0\.0\.1:\d+\/)/);
}

/** The test OpenID provider (oidc-provider) on loopback; faults through POST /__faults. */
export function startOidcProvider(): Promise<Started> {
  return startNode('out/electron/simulator/oidc/cli.js', ['--port', '0'], /Test OpenID provider: (http:\/\/127\.0\.0\.1:\d+)\//);
}
