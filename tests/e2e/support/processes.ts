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

function startNode(script: string, args: string[], readyPattern: RegExp): Promise<Started> {
  const child = spawn(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in time:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = readyPattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({
          url: match[1]!,
          process: child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}:\n${output}`));
    });
  });
}

export const tempDataDir = () => mkdtemp(join(tmpdir(), 'ioc-e2e-'));

export function startHost(options: { dataDir: string; upstream?: string; token?: string }): Promise<Started> {
  const args = ['--port', '0', '--data-dir', options.dataDir];
  if (options.upstream) args.push('--upstream', options.upstream, '--token', options.token ?? 'demo-token');
  else if (existsSync(GEO_DIR)) args.push('--geo', GEO_DIR);
  return startNode('out/electron/host/cli.js', args, /IOC console: (http:\/\/127\.0\.0\.1:\d+\/)/);
}

export function startSimulator(port: number, options: { faults?: boolean } = {}): Promise<Started> {
  const args = ['--port', String(port), '--token', 'demo-token', ...(options.faults ? ['--faults'] : [])];
  if (existsSync(GEO_DIR)) args.push('--geo', GEO_DIR);
  return startNode('out/electron/simulator/cli.js', args, /Upstream simulator: (http:\/\/127\.0\.0\.1:\d+\/)/);
}
