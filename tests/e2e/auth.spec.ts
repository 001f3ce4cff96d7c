// Sign-in, lock and sign-out in the browser; what each role sees; a wall display that never asks to sign in.
import { expect, test } from '@playwright/test';
import { startHost, tempDataDir, type Started } from './support/processes.js';
import { DEMO_PASSWORD } from './support/seats.js';
import { signInContext } from './support/signed-in.js';

let host: Started;
test.beforeAll(async () => {
  host = await startHost({ dataDir: await tempDataDir(), args: ['--idle-lock-minutes', '15'] });
});
test.afterAll(async () => {
  await host?.stop();
});

test('signs in with a local account, locks, unlocks and signs out', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('sign-in-title')).toHaveText('Đăng nhập');
  await expect(page.getByTestId('nav-domain')).toHaveCount(0);
  await page.getByTestId('sign-in-username').locator('input').fill('vanhanh');
  await page.getByTestId('sign-in-password').locator('input').fill('sai-mat-khau');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toHaveText('Sai tên đăng nhập hoặc mật khẩu');
  await page.getByTestId('sign-in-password').locator('input').fill(DEMO_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('nav-domain')).toHaveCount(12);
  // A reload keeps the session: the seat cookie is HttpOnly and SameSite=Strict.
  const cookie = (await page.context().cookies()).find((c) => c.name === 'ioc_seat')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('ioc_seat');
  await page.reload();
  await expect(page.getByTestId('nav-domain')).toHaveCount(12);

  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-lock').click();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByTestId('nav-domain')).toHaveCount(0);
  await page.getByTestId('unlock-password').locator('input').fill(DEMO_PASSWORD);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('nav-domain')).toHaveCount(12);

  await page.getByTestId('user-menu').click();
  await page.getByTestId('user-sign-out').click();
  await expect(page.getByTestId('sign-in-title')).toBeVisible();
});

test('each role sees what it may: an agency its own indicators, the police their cameras, the supervisor the audit log', async ({ browser }) => {
  const agency = await browser.newContext();
  await signInContext(agency, 'agency-handler', host.url);
  const agencyPage = await agency.newPage();
  await agencyPage.goto(host.url);
  await expect(agencyPage.getByTestId('nav-domain').first()).toBeVisible();
  await expect(agencyPage.getByTestId('nav-domain')).toHaveCount(1);
  await expect(agencyPage.getByTestId('nav-domain')).toContainText('Y tế');
  await expect(agencyPage.getByTestId('nav-cameras')).toHaveCount(0);
  await expect(agencyPage.getByTestId('nav-audit')).toHaveCount(0);

  const police = await browser.newContext();
  await signInContext(police, 'police-camera-unit', host.url);
  const policePage = await police.newPage();
  // The police land on their cameras: they may not read the domains' overview.
  await policePage.goto(host.url);
  await expect(policePage.getByTestId('cameras-title')).toBeVisible();
  await expect(policePage).toHaveURL(/#\/cameras$/);
  await expect(policePage.getByTestId('nav-overview')).toHaveCount(0);
  await expect(policePage.getByTestId('nav-domain')).toHaveCount(0);
  await expect(policePage.getByTestId('nav-accounts')).toHaveCount(0);

  const supervisor = await browser.newContext();
  await signInContext(supervisor, 'ioc-supervisor', host.url);
  const supervisorPage = await supervisor.newPage();
  await supervisorPage.goto(`${host.url}#/audit`);
  await expect(supervisorPage.getByTestId('audit-row').first()).toBeVisible();
  await expect(supervisorPage.locator('[data-testid="audit-row"][data-action="auth.sign-in"]').first()).toBeVisible();
  await supervisorPage.getByTestId('audit-verify').click();
  await expect(supervisorPage.getByTestId('audit-verification')).toHaveAttribute('data-ok', 'yes');
  const download = supervisorPage.waitForEvent('download');
  await supervisorPage.getByTestId('audit-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^nhat-ky-kiem-toan-.*\.csv$/);
  await expect(supervisorPage.getByTestId('audit-exported')).toBeVisible();
  for (const context of [agency, police, supervisor]) await context.close();
});

test('a wall display never shows a sign-in prompt: enrolled it shows the console, otherwise it says it is not provisioned', async ({ browser }) => {
  const unprovisioned = await browser.newPage();
  await unprovisioned.goto(`${host.url}#/wall`);
  await expect(unprovisioned.getByTestId('wall-unprovisioned')).toBeVisible();
  await expect(unprovisioned.getByTestId('sign-in-title')).toHaveCount(0);
  await unprovisioned.close();

  const wall = await browser.newContext();
  await signInContext(wall, 'wall-display', host.url);
  const wallPage = await wall.newPage();
  await wallPage.goto(host.url);
  await expect(wallPage.getByTestId('user-device')).toBeVisible();
  await expect(wallPage.getByTestId('nav-domain')).toHaveCount(12);
  await expect(wallPage.getByTestId('nav-accounts')).toHaveCount(0);
  await wall.close();
});

test('the WebSocket refuses another origin, and the host refuses another name', async ({ page }) => {
  await page.goto(host.url);
  const url = new URL(host.url);
  // DNS rebinding: a page of another name resolving to 127.0.0.1 (fetch cannot set Host; node:http can).
  const { request } = await import('node:http');
  const refused = await new Promise<number>((resolve, reject) => {
    request({ host: '127.0.0.1', port: url.port, path: '/', headers: { host: `evil.example:${url.port}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
  expect(refused).toBe(421);
  const status = await new Promise<number>((resolve) => {
    void import('ws').then(({ default: WebSocket }) => {
      const socket = new WebSocket(new URL('/ws', host.url.replace('http', 'ws')), { headers: { origin: 'http://evil.example' } });
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
  });
  expect(status).toBe(403);
});
