// The field-report workflow through the UI: a report goes from received to closed in the IOC queue and the
// detail view (timeline, actions with their notes), and the agency's queue shows only that agency's items.
import type { Browser, Page } from '@playwright/test';
import { startHost, tempDataDir, type Started } from './support/processes.js';
import { DEMO_PASSWORD, engineCall, mintSeat } from './support/seats.js';
import { expect, signInAsUser, test } from './support/signed-in.js';

let host: Started;

test.beforeAll(async () => {
  host = await startHost({ dataDir: await tempDataDir() });
});
test.afterAll(async () => {
  await host?.stop();
});

/** Follows an in-app link (a hash route), as the navigation does. */
async function go(page: Page, hash: string) {
  await page.evaluate((h) => (location.hash = h), hash);
}

/** As the administrator: an agency handler account of `agencyKey`, signed in in a browser context of its own. */
async function agencyPage(browser: Browser, agencyKey: string): Promise<Page> {
  const admin = mintSeat();
  await engineCall(host.url, admin, 'auth.login', { username: 'quantri', password: DEMO_PASSWORD });
  const username = `xuly.${agencyKey}`;
  await engineCall(host.url, admin, 'access.accounts.create', {
    username,
    displayName: `Cán bộ xử lý (${agencyKey})`,
    roles: ['agency-handler'],
    agencyId: agencyKey,
    password: DEMO_PASSWORD,
  });
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1600, height: 1000 } });
  await signInAsUser(context, username, host.url);
  return context.newPage();
}

async function act(page: Page, action: string, to: string, note?: string) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.getByTestId('transition-dialog');
  await expect(dialog).toHaveAttribute('data-action', action);
  if (note) await dialog.getByTestId('dialog-note').locator('textarea').first().fill(note);
  await dialog.getByTestId('dialog-confirm').click();
  await expect(page.getByTestId('detail-state')).toHaveAttribute('data-state', to);
}

test('a report goes from received to closed, and the agency sees only its items', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto(`${host.url}#/field-reports`);
  await expect(page.getByTestId('page-title')).toContainText('Điều phối phản ánh hiện trường');
  // A report without triage flags, in a category with a default handler (so the forward dialog suggests one).
  const row = page.locator('[data-testid="queue-row"]:not([data-category="khac"]):not([data-category=""])').filter({ hasNot: page.getByTestId('flag-chip') }).first();
  await expect(row).toBeVisible({ timeout: 30_000 });
  const id = await row.getAttribute('data-id');
  await row.getByTestId('queue-link').click();
  await expect(page.getByTestId('page-title')).toContainText(`Phản ánh #${id}`);
  await expect(page.getByTestId('detail-state')).toHaveAttribute('data-state', 'received');
  await expect(page.getByTestId('location-map')).toBeVisible();
  await expect(page.getByTestId('identity-notice')).toBeVisible();

  await act(page, 'triage', 'triaged', 'Phản ánh đúng sự thật, thuộc thẩm quyền địa phương');
  await act(page, 'forward', 'forwarded');

  // The agency's own handler, signed in as such: its queue holds only items forwarded to it, ours among them,
  // even when it asks for another agency's.
  await go(page, '#/field-reports');
  await page.getByTestId('filter-search').locator('input').fill(`#${id}`);
  await expect(page.getByTestId('queue-row')).toHaveCount(1);
  const agency = (await page.getByTestId('queue-row').first().getAttribute('data-agency'))!;
  expect(agency).toMatch(/^(ubnd-\d+|so-[a-z-]+)$/);
  const handler = await agencyPage(browser, agency);
  await handler.goto(`${host.url}#/field-reports/agency?agency=so-y-te`);
  await expect(handler.getByTestId('page-title')).toContainText('Hàng đợi của cơ quan xử lý');
  await expect(handler.getByTestId('queue-row').first()).toBeVisible();
  const agencies = await handler.getByTestId('queue-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agency')));
  expect(new Set(agencies)).toEqual(new Set([agency]));
  await handler.locator(`[data-testid="queue-row"][data-id="${id}"]`).getByTestId('queue-link').click();
  await act(handler, 'acknowledge', 'acknowledged');
  await act(handler, 'start', 'in-progress');
  await act(handler, 'resolve', 'resolved', 'Đã xử lý dứt điểm, khôi phục hiện trạng');
  await handler.context().close();

  // Back at the IOC: the result is published and the item closed.
  await go(page, `#/field-reports/${id}`);
  await expect(page.getByTestId('detail-state')).toHaveAttribute('data-state', 'resolved');
  await act(page, 'publish', 'published');
  await act(page, 'close', 'closed');
  await expect(page.getByTestId('action-rate')).toBeVisible();

  const timeline = page.getByTestId('timeline-item');
  await expect(timeline).toHaveCount(8);
  expect(await timeline.evaluateAll((items) => items.map((i) => i.getAttribute('data-action')))).toEqual([
    'ingested', 'triage', 'forward', 'acknowledge', 'start', 'resolve', 'publish', 'close',
  ]);
  await expect(page.getByTestId('timeline-note').filter({ hasText: 'Đã xử lý dứt điểm' })).toBeVisible();
});

test('the directory warns about missing contacts, the calendar lists the holidays, the period report is built with progress', async ({ page }) => {
  await page.goto(`${host.url}#/field-reports/directory`);
  const row = page.getByTestId('directory-row').first();
  await expect(row.getByTestId('directory-warning').first()).toHaveAttribute('data-code', 'missing');
  await row.getByTestId('add-leader').click();
  await page.getByTestId('contact-name').locator('input').fill('Nguyễn Văn An');
  await page.getByTestId('contact-save').click();
  await expect(row).toContainText('Nguyễn Văn An');
  await expect(row.getByTestId('directory-warning')).toHaveCount(1);

  await go(page, '#/field-reports/calendar');
  await expect(page.getByTestId('page-title')).toContainText('Lịch làm việc');
  await expect.poll(() => page.getByTestId('calendar-day').count()).toBeGreaterThanOrEqual(11);

  await go(page, '#/reports');
  await page.getByTestId('format-pdf').click();
  await page.getByTestId('report-build').click();
  await expect(page.getByTestId('report-job').first()).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  const download = page.waitForEvent('download');
  await page.getByTestId('report-download').first().click();
  expect((await download).suggestedFilename()).toMatch(/^bao-cao-phan-anh-toan-tinh-\d{4}-\d{2}\.pdf$/);
});
