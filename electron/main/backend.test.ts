// The shell's engine wiring on plain Node: embedded simulator + real engine, reached through connectPort
// over a Node MessageChannel dressed as Electron's MessagePortMain.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { MessagePortMain } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { startBackend } from './backend.js';
import { planBackend } from './backend-plan.js';
import { connectPort } from './engine-port.js';

/** Node's MessagePort emits the value itself; Electron's emits { data, ports }. */
function asMainPort(port: MessagePort): MessagePortMain {
  const emitter = new EventEmitter();
  port.on('message', (data: unknown) => emitter.emit('message', { data, ports: [] }));
  port.on('close', () => emitter.emit('close'));
  return Object.assign(emitter, {
    postMessage: (message: unknown) => port.postMessage(message),
    start: () => port.start(),
    close: () => port.close(),
  }) as unknown as MessagePortMain;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'ioc-shell-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('startBackend', () => {
  it('starts the embedded simulator and the engine, answers a call through a port, closes cleanly', async () => {
    const lines: string[] = [];
    const plan = planBackend({ argv: [`--data-dir=${dataDir}`], env: {}, userData: '/unused' });
    const backend = await startBackend(plan, (line) => lines.push(line));
    try {
      expect(backend.upstreamUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      const { port1, port2 } = new MessageChannel();
      backend.engine.access.signInTrusted('shell-test-seat', { roles: ['ioc-operator'] });
      const link = connectPort(backend.engine, asMainPort(port1), () => {}, { binding: 'shell-test-seat' });
      const answer = new Promise<unknown>((resolve) => {
        port2.on('message', (message: { type: string; id?: unknown }) => {
          if (message.id === 'h1') resolve(message);
        });
      });
      port2.postMessage(JSON.stringify({ type: 'call', id: 'h1', method: 'system.hello', params: {} }));
      expect(await answer).toMatchObject({ type: 'result', id: 'h1', result: { dataDir } });
      link.close();
      port2.close();
    } finally {
      await backend.close();
      await backend.close();
    }
    expect(lines.some((line) => line.startsWith('embedded simulator at'))).toBe(true);
  });
});
