// The Data sources view against a faulty upstream: bad records are quarantined with their reason and can be
// corrected and re-processed or discarded; an outage shows in plain words and the console catches up; the
// missing keychain (this host runs without a Secret Service) is said clearly.
import { createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './support/signed-in.js';
import { startHost, startSimulator, tempDataDir, type Started } from './support/processes.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// Fixing and discarding quarantined records is a supervisor's act.
test.use({ role: 'ioc-supervisor' });

let simulator: Started;
let host: Started;

async function faults(patch: unknown) {
  const res = await fetch(new URL('__sim/faults', simulator.url), { method: 'POST', body: JSON.stringify(patch) });
  expect(res.status).toBe(200);
}

const row = (page: Page, id: string) => page.locator(`[data-testid="source-row"][data-source-id="${id}"]`);
const count = async (page: Page, testId: string, id: string) => Number((await row(page, id).getByTestId(testId).innerText()).replace(/\./g, ''));

test.beforeAll(async () => {
  simulator = await startSimulator(await freePort(), ['--faults']);
  await faults({ sources: { provincial: { invalidRecords: true }, cap: { invalidRecords: true } } });
  host = await startHost({ dataDir: await tempDataDir(), upstream: simulator.url, withoutKeychain: true });
});
test.afterAll(async () => {
  await host?.stop();
  await simulator?.stop();
});

test('shows each source, quarantines bad records, and lets the operator fix or discard them', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${host.url}#/sources`);
  await expect(page.getByTestId('source-row')).toHaveCount(3);
  const provincial = row(page, 'provincial-api');
  await expect(provincial).toHaveAttribute('data-state', 'ok', { timeout: 60_000 });
  await expect(row(page, 'open311')).toContainText('Open311 GeoReport v2');
  await expect(row(page, 'cap-alerts')).toContainText('CAP 1.2');
  await expect(page.getByTestId('keychain-banner')).toContainText('Không dùng được kho khóa của hệ điều hành');
  // The engine also says so in a notice that stays until closed; the operator closes it.
  await expect(page.getByTestId('engine-notice')).toHaveAttribute('data-code', 'keys-in-data-dir');
  await expect(page.getByTestId('engine-notice-text')).toContainText('Khóa mã hóa đang được lưu trong một tệp của thư mục dữ liệu');
  await page.getByTestId('engine-notice').getByRole('button').click();
  // The sources' keychain warning follows in its own notice (one at a time); closed too.
  await expect(page.getByTestId('engine-notice')).toHaveAttribute('data-code', 'keychain-unavailable');
  await page.getByTestId('engine-notice').getByRole('button').click();
  await expect(page.getByTestId('engine-notice')).toBeHidden();
  expect(await count(page, 'source-rejected', 'provincial-api')).toBeGreaterThan(0);
  await expect(row(page, 'cap-alerts').getByTestId('source-quarantined')).toHaveText('1');

  // Only the CAP records: one broken alert, its reason in words, its XML as received.
  await page.getByTestId('quarantine-source').click();
  await page.getByRole('option', { name: 'Cảnh báo thiên tai, môi trường (CAP 1.2)' }).click();
  await expect(page.getByTestId('quarantine-row')).toHaveCount(1);
  await expect(page.getByTestId('quarantine-reason')).toContainText('identifier: missing');
  await page.getByTestId('quarantine-row').click();
  await expect(page.getByTestId('quarantine-raw')).toContainText('urn:oasis:names:tc:emergency:cap:1.2');
  await page.getByTestId('quarantine-discard').click();
  await expect(page.getByTestId('sources-message')).toContainText('Đã loại bỏ 1 bản ghi');
  await expect(page.getByTestId('quarantine-row')).toHaveCount(0);
  await expect(row(page, 'cap-alerts').getByTestId('source-quarantined')).toHaveText('0');

  // A provincial record with a non-numeric value, corrected by the operator and stored.
  await page.getByTestId('quarantine-source').click();
  await page.getByRole('option', { name: 'Nền tảng chia sẻ dữ liệu tỉnh (LGSP)' }).click();
  const before = await count(page, 'source-quarantined', 'provincial-api');
  const first = page.getByTestId('quarantine-row').filter({ hasText: 'value: expected a number, got "n/a"' }).first();
  await first.click();
  await first.getByTestId('quarantine-edit').click();
  const draft = page.getByTestId('quarantine-draft').locator('textarea');
  await draft.fill((await draft.inputValue()).replace('"n/a"', '42'));
  await page.getByTestId('quarantine-save').click();
  await expect(page.getByTestId('sources-message')).toContainText('Đã lưu 1 bản ghi');
  await expect(row(page, 'provincial-api').getByTestId('source-quarantined')).toHaveText(new Intl.NumberFormat('vi-VN').format(before - 1));
});

test('an outage is said in plain words, the cache is kept, and the console catches up by itself', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${host.url}#/sources`);
  const provincial = row(page, 'provincial-api');
  await expect(provincial).toHaveAttribute('data-state', 'ok', { timeout: 60_000 });
  await faults({ reset: true, sources: { provincial: { down: true } } });
  await provincial.getByTestId('sync-now').click();
  await expect(provincial).toHaveAttribute('data-state', 'offline');
  await expect(provincial.getByTestId('source-error')).toContainText('Máy chủ nguồn đang gặp sự cố (mã 503)');
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(provincial.getByTestId('source-lag')).toContainText('lần thành công');
  await faults({ reset: true });
  // The retry after the first failure comes by itself within seconds (backoff starts at 2 s).
  await expect(provincial).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
  await expect(page.getByTestId('offline-banner')).toBeHidden();
  await page.getByTestId('tab-outbox').click();
  await expect(page.getByTestId('outbox-panel')).toContainText('Hàng đợi trống');
});
