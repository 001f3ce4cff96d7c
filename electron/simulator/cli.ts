// Runs the upstream simulator from the command line:
//   node out/electron/simulator/cli.js [--port N] [--seed N] [--geo DIR] [--token T] [--faults]
import { parseArgs } from 'node:util';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { DEFAULT_SEED, DEFAULT_TOKEN, startSimulator } from './server.js';

const USAGE = `Usage: node out/electron/simulator/cli.js [options]
  --port N     port on 127.0.0.1 (default 8787; 0 picks a free one)
  --seed N     seed of the simulated values (default ${DEFAULT_SEED})
  --geo DIR    folder with dak-lak-communes.json/.geojson and dak-lak-province.geojson
               (default: $IOC_GEO_DIR; without it a province is generated)
  --token T    bearer token clients must send (default ${DEFAULT_TOKEN})
  --faults     enable fault injection (POST /__sim/faults) and pushed breaches (/__sim/breaches)
  --help`;

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${text}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      geo: { type: 'string' },
      token: { type: 'string' },
      faults: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const geoDir = values.geo ?? (process.env.IOC_GEO_DIR || undefined);
  const simulator = await startSimulator({
    catalog: defaultCatalog,
    port: integer('port', values.port, 8787, 0, 65535),
    seed: integer('seed', values.seed, DEFAULT_SEED, 0, 0xffffffff),
    ...(values.token ? { token: values.token } : {}),
    ...(geoDir ? { geoDir } : {}),
    allowFaultControl: values.faults,
  });
  const geo = simulator.geography;
  console.log(`Upstream simulator: ${simulator.url}`);
  console.log(`Geography: ${geo.source}${geo.reason ? ` (${geo.reason})` : ''}`);
  const stop = (signal: NodeJS.Signals) => {
    console.log(`Received ${signal}, stopping.`);
    simulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(2);
});
