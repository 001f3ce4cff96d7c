// Starts the engine in this process (it is plain Node), on the embedded simulator unless an upstream is given.
import { startEngine } from '../core/engine.js';
import type { Engine, EngineOptions } from '../core/engine-api.js';
import { DEFAULT_GATEWAY_TOKEN, startCameraGateway } from '../simulator/cameras/camera-gateway.js';
import { DEFAULT_TOKEN, startSimulator } from '../simulator/server.js';
import { defaultCatalog } from '../../shared/catalog/index.js';
import type { BackendPlan } from './backend-plan.js';

export interface Backend {
  engine: Engine;
  upstreamUrl: string;
  close(): Promise<void>;
}

/** `extras`: what the shell lends the engine (its PDF printer). */
export async function startBackend(plan: BackendPlan, log: (line: string) => void, extras: Pick<EngineOptions, 'printer'> = {}): Promise<Backend> {
  const simulator =
    plan.upstreamUrl === null
      ? await startSimulator({ catalog: defaultCatalog, port: 0, token: DEFAULT_TOKEN, ...(plan.geoDir === undefined ? {} : { geoDir: plan.geoDir }) })
      : null;
  // The embedded simulator's demo token; a real upstream's token comes from env or the OS keychain.
  const upstreamToken = plan.upstreamToken ?? (simulator ? DEFAULT_TOKEN : undefined);
  const upstreamUrl = plan.upstreamUrl ?? simulator!.url;
  // The embedded demo's cameras come from the simulated police camera gateway.
  const gateway = simulator ? await startCameraGateway({ port: 0, ...(plan.geoDir === undefined ? {} : { geoDir: plan.geoDir }) }) : null;
  log(simulator ? `embedded simulator at ${upstreamUrl}` : `upstream ${upstreamUrl}`);
  let engine: Engine;
  try {
    engine = await startEngine({
      dataDir: plan.dataDir,
      upstreamUrl,
      catalog: defaultCatalog,
      log,
      ...(gateway ? { cameras: { gatewayUrl: gateway.url, token: DEFAULT_GATEWAY_TOKEN } } : {}),
      ...extras,
      ...(upstreamToken === undefined ? {} : { upstreamToken }),
    });
  } catch (error) {
    await simulator?.close();
    await gateway?.close();
    throw error;
  }
  let closing: Promise<void> | null = null;
  return {
    engine,
    upstreamUrl,
    close: () =>
      (closing ??= (async () => {
        try {
          await engine.close();
        } finally {
          await simulator?.close();
          await gateway?.close();
        }
      })()),
  };
}
