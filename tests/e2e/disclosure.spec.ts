// Reporter identity disclosure (Art. 6.9) in Chromium: the operator records an authority's request on a report,
// a supervisor approves it on the disclosures page, the operator reads the identity in a logged view with its
// expiry; the identity never reaches the URL or the browser's storage.
import { startHost, tempDataDir, type Started } from './support/processes.js';
import { DEMO_PASSWORD, engineCall, mintSeat } from './support/seats.js';
import { expect, signInContext, test } from './support/signed-in.js';

let host: Started;

test.beforeAll(async () => {
  host = await startHost({ dataDir: await tempDataDir() });
});
test.afterAll(async () => {
  await host?.stop();
});

/** A report whose reporter identity is sealed, found through the engine as the operator would see it. */
async function reportWithIdentity(): Promise<number> {
  const seat = mintSeat();
  await engineCall(host.url, seat, 'auth.login', { username: 'vanhanh', password: DEMO_PASSWORD });
  for (let attempt = 0; attempt < 60; attempt++) {
    const { items } = (await engineCall(host.url, seat, 'fieldReports.list', { limit: 20 })) as { items: { id: number }[] };
    for (const item of items) {
      const detail = (await engineCall(host.url, seat, 'fieldReports.get', { id: item.id })) as { hasReporterIdentity: boolean };
      if (detail.hasReporterIdentity) return item.id;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('no report with a sealed reporter identity arrived');
}

test('operator requests, supervisor approves, operator reads the identity in a logged view', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const id = await reportWithIdentity();
  await page.goto(`${host.url}#/field-reports/${id}`);
  const panel = page.getByTestId('disclosure-panel');
  await panel.getByTestId('disclosure-request').click();
  const dialog = page.getByTestId('disclosure-request-dialog');
  await dialog.getByTestId('disclosure-authority').locator('input').fill('Công an tỉnh Đắk Lắk');
  await dialog.getByTestId('disclosure-document-number').locator('input').fill('123/CV-CAT');
  await dialog.getByTestId('disclosure-reason').locator('textarea').first().fill('Xác minh người phản ánh phục vụ điều tra vụ việc');
  await dialog.getByTestId('disclosure-send').click();
  await expect(panel.getByTestId('disclosure-status')).toHaveAttribute('data-status', 'pending');
  await expect(panel.getByTestId('disclosure-reveal')).toHaveCount(0);

  // The supervisor, in a browser of their own: the page is in the navigation, the request waits there.
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1600, height: 1000 } });
  await signInContext(context, 'ioc-supervisor', host.url);
  const supervisor = await context.newPage();
  await supervisor.goto(`${host.url}#/`);
  await supervisor.getByTestId('nav-disclosures').click();
  await expect(supervisor.getByTestId('page-title')).toContainText('Phê duyệt cung cấp thông tin người phản ánh');
  const row = supervisor.locator(`[data-testid="disclosure-row"][data-report="${id}"]`);
  await row.getByTestId('disclosure-approve').click();
  const decision = supervisor.getByTestId('disclosure-decision-dialog');
  await decision.getByTestId('decision-hours').locator('input').fill('2');
  await decision.getByTestId('decision-confirm').click();
  await expect(supervisor.getByTestId('disclosures-message')).toContainText('Đã phê duyệt');
  await context.close();

  // Back at the operator's detail: the list updated by itself; the identity opens in a logged view.
  await expect(panel.getByTestId('disclosure-status')).toHaveAttribute('data-status', 'approved');
  await panel.getByTestId('disclosure-reveal').click();
  const shown = page.getByTestId('identity-reveal-dialog');
  const name = (await shown.getByTestId('identity-name').textContent())!.trim();
  expect(name.length).toBeGreaterThan(3);
  expect(name).not.toBe('Không cung cấp');
  await expect(shown.getByTestId('identity-expiry')).toHaveText(/Quyền xem hết hạn lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect(shown.getByTestId('identity-logged')).toContainText('nhật ký kiểm toán');
  const stored = await page.evaluate(() => location.href + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(name);
  await shown.getByTestId('identity-reveal-close').click();
  await expect(page.getByTestId('identity-reveal-dialog')).toHaveCount(0);
  await expect(page.getByText(name)).toHaveCount(0);
});
