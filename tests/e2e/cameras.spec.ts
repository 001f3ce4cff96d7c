// Camera tiles in Chromium: the provincial police watch a camera as HLS (hls.js, H.264 from the simulated
// gateway) and as MJPEG, under a watermark with their account; a unit without a grant sees no stream; the view is
// in the audit log.
import { expect, test } from '@playwright/test';
import { startHost, tempDataDir, type Started } from './support/processes.js';
import { signInAsUser, signInContext } from './support/signed-in.js';

let host: Started;
test.beforeAll(async () => {
  host = await startHost({ dataDir: await tempDataDir() });
});
test.afterAll(async () => {
  await host?.stop();
});

test('a grant holder watches HLS and MJPEG under a watermark; every view is audited', async ({ page, browser }) => {
  await signInAsUser(page.context(), 'congan.tinh', host.url);
  await page.goto(`${host.url}#/cameras`);
  const first = page.locator('[data-testid="camera-item"][data-viewable="yes"]').first();
  await expect(first).toBeVisible();
  const cameraId = await first.getAttribute('data-camera');
  await first.click();
  const tile = page.getByTestId('camera-tile');
  await expect(tile.getByTestId('camera-watermark')).toContainText('congan.tinh');
  await expect(tile).toHaveAttribute('data-playing', 'yes', { timeout: 30_000 });
  const size = await tile.getByTestId('camera-video').evaluate((v: HTMLVideoElement) => [v.videoWidth, v.videoHeight]);
  expect(size).toEqual([160, 96]);

  await page.getByTestId('kind-mjpeg').click();
  const img = page.getByTestId('camera-mjpeg');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth), { timeout: 20_000 }).toBe(320);

  const supervisor = await browser.newContext();
  await signInContext(supervisor, 'ioc-supervisor', host.url);
  const audit = await supervisor.newPage();
  await audit.goto(`${host.url}#/audit`);
  const views = audit.locator('[data-testid="audit-row"][data-action="camera.view"]');
  await expect(views.first()).toContainText(cameraId!);
  await expect(views).toHaveCount(2);
  await supervisor.close();
});

test('a unit without a grant gets no stream', async ({ page }) => {
  await signInAsUser(page.context(), 'congan.doi1', host.url);
  await page.goto(`${host.url}#/cameras`);
  await expect(page.getByTestId('cameras-title')).toBeVisible();
  await expect(page.locator('[data-testid="camera-item"][data-viewable="yes"]')).toHaveCount(0);
});
