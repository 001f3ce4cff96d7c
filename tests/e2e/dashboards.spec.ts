// The dashboards end to end, against one web host fed by a simulator with scenario control: every domain
// page draws its panels (pixels, not only the DOM) with provenance; the period and commune filters change
// the figures; drill-down narrows and "back" widens; bad data shows as partial or missing with the reason;
// the overview lists a breach the simulator pushes, and drops it when it is corrected.
import type { Page } from '@playwright/test';
import { defaultCatalog } from '../../shared/catalog/index.js';
import { engineCall, lastSync, panelReports, waitForFirstSync, waitForPanels, waitForSync } from './support/dashboard.js';
import { startHost, startSimulator, tempDataDir, type Started } from './support/processes.js';
import { expect, test } from './support/signed-in.js';

let simulator: Started;
let host: Started;
/** Its records are damaged upstream (one in eight): the panel must say its figures are partial and why. */
const CORRUPT = 'health.emergency-admissions';

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  simulator = await startSimulator(0, ['--faults']);
  const faults = await fetch(new URL('__sim/faults', simulator.url), { method: 'POST', body: JSON.stringify({ corrupt: [CORRUPT] }) });
  expect(faults.ok).toBe(true);
  host = await startHost({ dataDir: await tempDataDir(), upstream: simulator.url });
  // The first full sync lands first: the tests look at a complete cache, not at one being filled.
  await waitForFirstSync(browser, host.url);
});
test.afterAll(async () => {
  await host?.stop();
  await simulator?.stop();
});

/** Asks for a pull (retrying while one runs) and waits until it has finished. */
async function syncNow(page: Page) {
  const before = await lastSync(page);
  await expect.poll(async () => ((await engineCall(page, 'sync.now', {})) as { started: boolean }).started, { timeout: 60_000 }).toBe(true);
  await waitForSync(page, before);
}

test('every domain page draws at least six panels with non-blank canvases, each with its provenance', async ({ page }) => {
  test.setTimeout(180_000);
  for (const domain of defaultCatalog.domains) {
    await page.goto(`${host.url}#/domains/${domain.key}`);
    await expect(page.getByTestId('domain-title')).toHaveAttribute('data-domain', domain.key);
    await waitForPanels(page, 60_000);
    const panels = await panelReports(page);
    expect(panels.map((p) => p.kpi), domain.key).toEqual(domain.kpis.map((k) => k.id));
    const drawn = panels.filter((p) => p.painted && p.colours > 2);
    expect(drawn.length, `${domain.key}: ${JSON.stringify(panels.map((p) => [p.kpi, p.state, p.colours]))}`).toBeGreaterThanOrEqual(6);
    for (const p of panels) {
      const kpi = domain.kpis.find((k) => k.id === p.kpi)!;
      const agency = defaultCatalog.agencies.find((a) => a.key === kpi.agency)!;
      expect(p.state, p.kpi).toMatch(/^(ok|partial)$/);
      expect(p.freshness, p.kpi).toBe('fresh');
      expect(p.provenance, p.kpi).toContain(agency.name.vi);
      expect(p.provenance, p.kpi).toContain('Cập nhật');
    }
  }
});

test('the period filter changes the figures and lives in the URL', async ({ page }) => {
  await page.goto(`${host.url}#/domains/health`);
  const panel = page.locator('[data-kpi="health.outpatient-visits"]');
  await expect(panel).toHaveAttribute('data-state', 'ok');
  await panel.getByTestId('view-table').click();
  const firstValue = panel.getByTestId('panel-table').locator('tbody tr').first().locator('td').nth(2);
  const month = await firstValue.textContent();
  const summary30 = await panel.getByTestId('panel-summary').textContent();

  await page.getByTestId('period-7d').click();
  await expect(page).toHaveURL(/period=7d/);
  await expect(panel.getByTestId('panel-summary')).not.toHaveText(summary30 ?? '');
  await expect(firstValue).not.toHaveText(month ?? '');
  await expect(page.getByTestId('range-text')).toContainText('đến');

  // A shared URL reproduces the view.
  await page.goto(`${host.url}#/domains/health?period=7d`);
  await expect(page.getByTestId('period-7d')).toHaveClass(/v-btn--active/);

  // Custom days.
  await page.getByTestId('period-custom').click();
  await page.getByTestId('custom-from').locator('input').fill('2026-11-20');
  await page.getByTestId('custom-to').locator('input').fill('2026-11-26');
  await page.getByTestId('custom-apply').click();
  await expect(page).toHaveURL(/period=custom&from=2026-11-20&to=2026-11-26/);
  await expect(page.getByTestId('chip-dates')).toContainText('20/11/2026 – 26/11/2026');
});

test('the commune filter narrows the panels to one commune, and a clicked bar drills down with a way back', async ({ page }) => {
  await page.goto(`${host.url}#/domains/health`);
  const occupancy = page.locator('[data-kpi="health.bed-occupancy"]');
  await expect(occupancy).toHaveAttribute('data-state', /ok|partial/);
  const province = await occupancy.getByTestId('panel-value').textContent();

  await page.getByTestId('commune-filter').click();
  await page.keyboard.type('Buôn Ma Thuột');
  await page.getByRole('option', { name: 'Phường Buôn Ma Thuột' }).click();
  await expect(page).toHaveURL(/commune=\d+/);
  const code = new URL(page.url().replace('#/', '')).searchParams.get('commune');
  await expect(occupancy).toHaveAttribute('data-scope', `commune:${code}`);
  await expect(occupancy.getByTestId('panel-value')).not.toHaveText(province ?? '');
  await expect(page.getByTestId('chip-commune')).toContainText('Buôn Ma Thuột');

  // Clear it, then drill down from the ranking: the top bar is the widest, at the top of the chart.
  await page.getByTestId('chip-commune').getByRole('button').click();
  await expect(page).not.toHaveURL(/commune=/);
  const ranking = page.locator('[data-kpi="health.outpatient-visits"]').getByTestId('echart');
  await expect(ranking).toHaveAttribute('data-painted', /\d/);
  const box = (await ranking.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.45, box.y + 20);
  await expect(page).toHaveURL(/commune=\d+/);
  await expect(page.getByTestId('drill-back')).toBeVisible();
  await page.getByTestId('drill-back').click();
  await expect(page).not.toHaveURL(/commune=/);
});

test('bad data says what is wrong: partial with rejected records, missing for an unknown commune', async ({ page }) => {
  await page.goto(`${host.url}#/domains/health`);
  const corrupt = page.locator(`[data-kpi="${CORRUPT}"]`);
  await expect(corrupt).toHaveAttribute('data-state', 'partial');
  await expect(corrupt.getByTestId('panel-partial')).toContainText('bản ghi bị loại vì không hợp lệ');
  await expect(corrupt.getByTestId('echart')).toHaveAttribute('data-painted', /\d/);

  await page.goto(`${host.url}#/domains/health?commune=99999`);
  await expect(page.getByTestId('filter-problem')).toContainText('99999');
  const occupancy = page.locator('[data-kpi="health.bed-occupancy"]');
  await expect(occupancy).toHaveAttribute('data-state', 'missing');
  await expect(occupancy.getByTestId('state-empty')).toContainText('Chưa có số liệu của 99999');
});

test('the overview lists a breach the simulator pushes, newest first, and drops it once corrected', async ({ page }) => {
  const kpiId = 'health.bed-occupancy';
  await page.goto(host.url);
  const list = page.getByTestId('breach-list');
  await expect(list).toHaveAttribute('data-count', /\d+/);
  await expect(list.locator(`[data-kpi="${kpiId}"]`)).toHaveCount(0);
  await expect(page.getByTestId('stat-tile')).toHaveCount(12);

  const pushed = await fetch(new URL('__sim/breaches', simulator.url), { method: 'POST', body: JSON.stringify({ kpiId, severity: 'critical' }) });
  expect(pushed.status).toBe(200);
  await syncNow(page);
  const row = list.locator(`[data-kpi="${kpiId}"]`);
  await expect(row).toBeVisible({ timeout: 30_000 });
  await expect(row).toHaveAttribute('data-severity', 'critical');
  await expect(row).toContainText('Nghiêm trọng');
  await expect(row).toContainText('Quá tải');
  await expect(row.getByTestId('freshness-badge')).toHaveAttribute('data-freshness', 'fresh');
  const since = await list.getByTestId('breach').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-since') ?? ''));
  expect(since).toEqual([...since].sort().reverse());

  // The row opens the KPI on its domain page.
  await row.click();
  await expect(page).toHaveURL(/#\/domains\/health\?focus=health\.bed-occupancy/);
  await expect(page.locator(`[data-kpi="${kpiId}"]`)).toHaveClass(/focused/);

  await fetch(new URL(`__sim/breaches?kpiId=${kpiId}`, simulator.url), { method: 'DELETE' });
  await page.goto(host.url);
  await syncNow(page);
  await expect(list.locator(`[data-kpi="${kpiId}"]`)).toHaveCount(0, { timeout: 30_000 });
});
