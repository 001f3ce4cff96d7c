// Benchmarks drive the real UI as a signed-in person: a seat signed in in-process (no password) and handed to
// the browser as the web host's seat cookie, as a sign-in would.
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import type { Engine } from '../../electron/core/engine-api.js';
import type { Role } from '../../shared/contract/roles.js';

export async function signedInPage(browser: Browser, engine: Engine, hostUrl: string, role: Role, viewport = { width: 1600, height: 1000 }): Promise<Page> {
  const seat = randomBytes(32).toString('base64url');
  engine.access.signInTrusted(seat, { roles: [role] });
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await context.addCookies([{ name: 'ioc_seat', value: seat, url: hostUrl, httpOnly: true, sameSite: 'Strict' }]);
  return context.newPage();
}
