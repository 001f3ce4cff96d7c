// Playwright `test` with a signed-in page. Switch a spec by its import line:
//   import { expect, test } from './support/signed-in.js';
// The page is then signed in as an IOC operator on the host the spec started (startHost in beforeAll);
// another role with `test.use({ role: 'ioc-supervisor' })`, a wall display with `role: 'wall-display'`.
// A spec that starts its host inside the test signs in after it: `await signInContext(page.context(), 'ioc-operator')`.
// A seat is signed in once per host and role and reused (its cookie is the whole storage state).
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import type { Role } from '../../../shared/contract/roles.js';
import { currentHostUrl } from './processes.js';
import { DEMO_PASSWORD, DEMO_USER, engineCall, mintSeat, seatCookie } from './seats.js';

const seats = new Map<string, string>();

async function seatFor(hostUrl: string, role: Role): Promise<string> {
  const key = `${hostUrl}|${role}`;
  const known = seats.get(key);
  if (known && (await engineCall(hostUrl, known, 'auth.session', {})).state === 'signed-in') return known;
  const seat = role === 'wall-display' ? await enrolWall(hostUrl) : mintSeat();
  if (role !== 'wall-display') await engineCall(hostUrl, seat, 'auth.login', { username: DEMO_USER[role], password: DEMO_PASSWORD });
  seats.set(key, seat);
  return seat;
}

/** As the administrator: enrol a display and redeem its code the way a wall browser does. */
async function enrolWall(hostUrl: string): Promise<string> {
  const admin = await seatFor(hostUrl, 'administrator');
  const { enrolmentCode } = (await engineCall(hostUrl, admin, 'access.devices.enrol', { name: 'Màn hình tường (kiểm thử)' })) as { enrolmentCode: string };
  const response = await fetch(new URL(`/auth/device?code=${enrolmentCode}`, hostUrl), { redirect: 'manual' });
  const cookie = /ioc_seat=([A-Za-z0-9_-]+)/.exec(response.headers.get('set-cookie') ?? '');
  if (!cookie) throw new Error(`wall enrolment failed: HTTP ${response.status}`);
  return cookie[1]!;
}

/** Puts a seat signed in as this demo user into a browser context. */
export async function signInAsUser(context: BrowserContext, username: string, hostUrl = currentHostUrl()): Promise<void> {
  if (!hostUrl) throw new Error('no web host is running: startHost() first');
  const seat = mintSeat();
  await engineCall(hostUrl, seat, 'auth.login', { username, password: DEMO_PASSWORD });
  await context.addCookies([seatCookie(hostUrl, seat)]);
}

/** Puts a signed-in seat of `role` into a browser context (another role in the same test: a new context). */
export async function signInContext(context: BrowserContext, role: Role, hostUrl = currentHostUrl()): Promise<void> {
  if (!hostUrl) throw new Error('no web host is running: startHost() first');
  await context.addCookies([seatCookie(hostUrl, await seatFor(hostUrl, role))]);
}

export const test = base.extend<{ role: Role; signedInPage: Page }>({
  role: ['ioc-operator', { option: true }],
  page: async ({ page, context, role }, use) => {
    if (currentHostUrl()) await signInContext(context, role);
    await use(page);
  },
  signedInPage: async ({ page }, use) => use(page),
});

export { expect };
