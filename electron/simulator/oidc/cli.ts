// The test OpenID provider from the command line (end-to-end tests, the SSO demo):
//   node out/electron/simulator/oidc/cli.js [--port N]
// Faults: POST /__faults with idToken=none|wrong-audience|expired (form-encoded).
import { parseArgs } from 'node:util';
import { PORTAL_ACCOUNTS, startTestProvider } from './test-provider.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
const provider = await startTestProvider({ port: Number(values.port) });
console.log(`Test OpenID provider: ${provider.issuer}/`);
console.log(`Portal accounts: ${PORTAL_ACCOUNTS.map((a) => `${a.sub} / ${a.password}`).join(', ')}`);
const stop = () => void provider.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
