// The walking skeleton end to end: the console opens in Vietnamese, lists twelve domains, and a domain page
// shows a chart drawn from data the engine pulled from the simulator into SQLite.
import { panelReports, waitForFirstSync, waitForPanels } from './support/dashboard.js';
import { expect, test } from './support/signed-in.js';
import { startHost, tempDataDir, type Started } from './support/processes.js';

let host: Started;

test.beforeAll(async ({ browser }) => {
  host = await startHost({ dataDir: await tempDataDir() });
  await waitForFirstSync(browser, host.url);
});
test.afterAll(async () => {
  await host?.stop();
});

test('opens in Vietnamese with the twelve domains from the catalog', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByTestId('nav-domain')).toHaveCount(12);
  await expect(page.getByTestId('nav-domain').first()).toContainText('Kinh tế');
});

test('a domain page shows a non-blank chart from cached data, with its provenance', async ({ page }) => {
  await page.goto(`${host.url}#/domains/health`);
  await expect(page.getByTestId('domain-title')).toContainText('Y tế');
  await waitForPanels(page);
  const [first] = await panelReports(page);
  expect(first).toMatchObject({ painted: true, freshness: 'fresh' });
  expect(first!.provenance).toContain('Sở Y tế');
  expect(first!.colours).toBeGreaterThan(2);
});

// Every domain page is walked, pixels checked, in dashboards.spec.ts.

test('switches to English and back', async ({ page }) => {
  await page.goto(`${host.url}#/domains/health`);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('domain-title')).toContainText('Health');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('domain-title')).toContainText('Y tế');
});

test('a malformed call gets a typed error and the engine keeps serving', async ({ page }) => {
  await page.goto(host.url);
  const replies = await page.evaluate(async () => {
    const ws = new WebSocket(location.origin.replace('http', 'ws') + '/ws');
    const received: unknown[] = [];
    await new Promise((r) => ws.addEventListener('open', r));
    ws.addEventListener('message', (e) => {
      const msg = JSON.parse(e.data as string);
      if (msg.type !== 'event') received.push(msg);
    });
    ws.send('{not json');
    ws.send(JSON.stringify({ type: 'call', id: 1, method: 'kpi.series', params: { kpiId: 42 } }));
    ws.send(JSON.stringify({ type: 'call', id: 2, method: 'catalog.get', params: {} }));
    for (let i = 0; i < 100 && received.length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    ws.close();
    return received as { type: string; id: number | null; error?: { code: string } }[];
  });
  expect(replies.find((r) => r.id === null)?.error?.code).toBe('malformed-message');
  expect(replies.find((r) => r.id === 1)?.error?.code).toBe('invalid-params');
  expect(replies.find((r) => r.id === 2)?.type).toBe('result');
});
