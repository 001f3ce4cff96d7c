// Upstream unreachable at start: the console opens from its cache with a visible offline state, and
// recovers by itself when the upstream comes back.
import { createServer } from 'node:net';
import { expect, signInContext, test } from './support/signed-in.js';
import { startHost, startSimulator, tempDataDir } from './support/processes.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test('serves the cache while the upstream is down and catches up when it returns', async ({ page }) => {
  test.setTimeout(120_000);
  const port = await freePort();
  const upstream = `http://127.0.0.1:${port}/`;
  const dataDir = await tempDataDir();

  // A first run fills the cache.
  let simulator = await startSimulator(port);
  let host = await startHost({ dataDir, upstream });
  await signInContext(page.context(), 'ioc-operator');
  await page.goto(`${host.url}#/domains/environment`);
  await expect(page.getByTestId('echart').first()).toHaveAttribute('data-points', /^[1-9]\d*$/);
  await host.stop();
  await simulator.stop();

  // The upstream is gone; the console still opens, from its cache, and says it is offline.
  host = await startHost({ dataDir, upstream });
  await signInContext(page.context(), 'ioc-operator');
  await page.goto(`${host.url}#/domains/environment`);
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(page.getByTestId('echart').first()).toHaveAttribute('data-points', /^[1-9]\d*$/);

  // It comes back; the console notices by itself.
  simulator = await startSimulator(port);
  await expect(page.getByTestId('offline-banner')).toBeHidden({ timeout: 60_000 });
  await host.stop();
  await simulator.stop();
});
