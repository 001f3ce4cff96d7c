// Briefings end to end: a presenter page and an audience page follow one presentation; the deck prints to PDF
// (Playwright's page.pdf() on the print view is Chromium's print path) and pdftotext (poppler-utils) reads its
// Vietnamese titles back exactly.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, signInContext, test } from './support/signed-in.js';
import { startHost, tempDataDir, type Started } from './support/processes.js';

const run = promisify(execFile);
const DECK = 'hop-giao-ban-quy';
let host: Started;

test.beforeAll(async () => {
  host = await startHost({ dataDir: await tempDataDir() });
});
test.afterAll(async () => {
  await host?.stop();
});

test('the audience screen follows the presenter', async ({ browser }) => {
  // The provincial leader runs the meeting; the audience screen is the same person's second screen.
  const context = await browser.newContext();
  await signInContext(context, 'provincial-leader', host.url);
  const desk = await context.newPage();
  await desk.goto(`${host.url}#/briefings`);
  await desk.locator(`[data-testid=deck-card][data-deck-id=${DECK}]`).getByTestId('deck-present').click();
  await expect(desk.getByTestId('presenter')).toHaveAttribute('data-slide', '0');
  await expect(desk.getByTestId('slide-title').first()).toHaveText('Thu ngân sách nhà nước trên địa bàn');
  await expect(desk.getByTestId('presenter-notes')).toContainText('dự toán năm');
  await expect(desk.getByTestId('presenter-next-slide')).toContainText('Giải ngân vốn đầu tư công');

  const audience = await context.newPage();
  await audience.goto(`${host.url}#/briefing/${DECK}/audience`);
  await expect(audience.getByTestId('slide-title')).toHaveText('Thu ngân sách nhà nước trên địa bàn');
  await expect(audience.getByTestId('slide-value')).not.toBeEmpty();
  await expect(audience.getByTestId('provenance')).toContainText('Sở Tài chính');

  await desk.keyboard.press('ArrowRight');
  await expect(audience.getByTestId('audience')).toHaveAttribute('data-slide', '1');
  await expect(audience.getByTestId('slide-title')).toContainText('Giải ngân');
  await desk.getByTestId('presenter-end').click();
  await expect(audience.getByTestId('audience-waiting')).toBeVisible();
  await context.close();
});

test('the deck exports to PDF with its Vietnamese titles intact', async ({ page }) => {
  await page.goto(`${host.url}#/briefing/${DECK}/print`);
  await expect(page.getByTestId('print-view')).toHaveAttribute('data-print-ready', 'true');
  await expect(page.getByTestId('briefing-slide')).toHaveCount(6);
  const file = join(await tempDataDir(), 'hop-giao-ban.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const { stdout } = await run('pdftotext', ['-layout', file, '-']);
  const text = stdout.normalize('NFC').replace(/\s+/g, ' ');
  for (const title of [
    'Họp giao ban quý — Tình hình kinh tế - xã hội tỉnh Đắk Lắk',
    'Thu ngân sách nhà nước trên địa bàn',
    'Tỷ lệ hồ sơ giải quyết đúng hạn',
    'Công suất sử dụng giường bệnh',
    'Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Đắk Lắk',
  ]) {
    expect(text, title).toContain(title);
  }
  expect(text).toMatch(/Tháng \d+\/\d{4} so với Tháng \d+\/\d{4}/);
});
