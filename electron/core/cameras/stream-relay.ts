// The hosts reach camera streams through the engine's relay (the cameras module's), or get none.
import type { StreamRelay } from '../engine-api.js';
import type { EngineModule } from '../engine-module.js';

export const NO_STREAMS: StreamRelay = { open: async () => null };

export function streamRelay(modules: readonly EngineModule[]): StreamRelay {
  return modules.find((m) => m.streams)?.streams ?? NO_STREAMS;
}
