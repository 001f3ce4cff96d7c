// Single sign-on against a real OpenID provider on loopback (oidc-provider), through the engine's loopback
// redirect (the desktop's way): a good sign-in, a wrong audience, an expired ID token, an unregistered account.
// A small cookie-keeping HTTP client plays the system browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CLIENT_ID, startTestProvider, type TestProvider } from '../../simulator/oidc/test-provider.js';
import { connectInProcess } from '../in-process-client.js';
import { startTestEngine, type TestEngine } from './test-engine.js';

let provider: TestProvider;
let t: TestEngine;

beforeAll(async () => {
  provider = await startTestProvider();
  t = await startTestEngine({ access: { sso: { issuer: provider.issuer, clientId: CONSOLE_CLIENT_ID } } });
});
afterAll(async () => {
  await t?.close();
  await provider?.close();
});

/** Follows redirects like a browser, keeping cookies, and fills the portal's login form once. */
async function browse(start: string, username: string, password: string): Promise<{ status: number; text: string }> {
  const jar = new Map<string, string>();
  let url = start;
  let form: URLSearchParams | null = null;
  for (let hop = 0; hop < 20; hop += 1) {
    const response = await fetch(url, {
      redirect: 'manual',
      method: form ? 'POST' : 'GET',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(form ? { body: form.toString() } : {}),
    });
    form = null;
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const text = await response.text();
    const action = /<form method="post" action="([^"]+)"/.exec(text);
    if (action && !text.includes('role="alert"')) {
      url = new URL(action[1]!, url).href;
      form = new URLSearchParams({ username, password });
      continue;
    }
    return { status: response.status, text };
  }
  throw new Error('too many redirects');
}

async function ssoAttempt(username = 'nguyen.van.a') {
  const client = connectInProcess(t.engine, { sso: 'external', origin: 'window' });
  const begun = await client.call('auth.sso.begin', {});
  expect(begun.mode).toBe('external');
  expect(begun.url).toMatch(new RegExp(`^${provider.issuer}/auth\\?`));
  expect(new URL(begun.url).searchParams.get('code_challenge_method')).toBe('S256');
  const page = await browse(begun.url, username, 'sso-Dak-Lak-2025');
  return { client, page, state: await client.call('auth.session', {}) };
}

describe('single sign-on (OpenID Connect, code + PKCE)', () => {
  it('signs the seat in as the console account linked to the SSO subject', async () => {
    provider.setFault('none');
    const { client, page, state } = await ssoAttempt();
    expect(page.status).toBe(200);
    expect(page.text).toContain('Đã đăng nhập');
    expect(state).toMatchObject({ state: 'signed-in', user: { username: 'nguyen.van.a', kind: 'sso', roles: ['ioc-operator'] }, lastFailure: null });
    client.close();
  });

  it('refuses an ID token issued for another audience', async () => {
    provider.setFault('wrong-audience');
    const { client, page, state } = await ssoAttempt();
    expect(page.status, JSON.stringify(state.lastFailure)).toBe(400);
    expect(state).toMatchObject({ state: 'signed-out', lastFailure: { code: 'audience' } });
    client.close();
  });

  it('refuses an expired ID token', async () => {
    provider.setFault('expired');
    const { client, state } = await ssoAttempt();
    expect(state).toMatchObject({ state: 'signed-out', lastFailure: { code: 'expired' } });
    client.close();
  });

  it('refuses a portal account the console does not know, and audits every attempt', async () => {
    provider.setFault('none');
    const { client, state } = await ssoAttempt('tran.thi.b');
    expect(state).toMatchObject({ state: 'signed-out', lastFailure: { code: 'not-registered' } });
    const auditor = connectInProcess(t.engine, { as: 'ioc-supervisor' });
    const { entries } = await auditor.call('audit.list', { action: 'auth.sign-in' });
    const sso = entries.filter((e) => e.details.method === 'sso').map((e) => `${e.action}:${String(e.details.reason ?? 'ok')}`);
    expect(sso).toEqual(expect.arrayContaining(['auth.sign-in:ok', 'auth.sign-in.failed:audience', 'auth.sign-in.failed:expired', 'auth.sign-in.failed:not-registered']));
    client.close();
    auditor.close();
  });
});
