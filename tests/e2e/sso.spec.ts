// Single sign-on end to end in Chromium against a real OpenID provider on loopback (oidc-provider): the console's
// button, the portal's login form, back to the console signed in; then an ID token for another audience and an
// expired one, both refused with the reason on the sign-in screen.
import { expect, test, type Page } from '@playwright/test';
import { startHost, startOidcProvider, tempDataDir, type Started } from './support/processes.js';

let provider: Started;
let host: Started;
test.beforeAll(async () => {
  provider = await startOidcProvider();
  host = await startHost({ dataDir: await tempDataDir(), args: ['--sso-issuer', provider.url.replace(/\/$/, '')] });
});
test.afterAll(async () => {
  await host?.stop();
  await provider?.stop();
});

async function setFault(idToken: 'none' | 'wrong-audience' | 'expired') {
  const response = await fetch(new URL('/__faults', provider.url), { method: 'POST', body: new URLSearchParams({ idToken }) });
  expect(response.ok).toBe(true);
}

async function signInThroughPortal(page: Page) {
  await page.goto(host.url);
  await page.getByTestId('sign-in-sso').click();
  await expect(page.getByTestId('portal-username')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(provider.url).origin);
  await page.getByTestId('portal-username').fill('nguyen.van.a');
  await page.getByTestId('portal-password').fill('sso-Dak-Lak-2025');
  await page.getByTestId('portal-submit').click();
  await page.waitForURL((url) => url.origin === new URL(host.url).origin);
}

test('signs in through the portal and lands in the console as the linked account', async ({ page }) => {
  await setFault('none');
  await signInThroughPortal(page);
  await expect(page.getByTestId('nav-domain')).toHaveCount(12);
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('user-roles')).toContainText('Nguyễn Văn A');
});

test('refuses an ID token issued for another audience', async ({ page }) => {
  await setFault('wrong-audience');
  await signInThroughPortal(page);
  await expect(page.getByTestId('sign-in-error')).toContainText('cấp cho ứng dụng khác');
  await expect(page.getByTestId('nav-domain')).toHaveCount(0);
});

test('refuses an expired ID token', async ({ page }) => {
  await setFault('expired');
  await signInThroughPortal(page);
  await expect(page.getByTestId('sign-in-error')).toContainText('đã hết hạn');
  await expect(page.getByTestId('nav-domain')).toHaveCount(0);
  await setFault('none');
});
