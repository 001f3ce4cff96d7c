// A real OpenID provider on loopback for tests and the SSO demo: oidc-provider (OpenID-certified) with the
// console registered as a native public client (PKCE, loopback redirects on any port), a few portal accounts, a
// plain login form, and faults on demand: an ID token for another audience, or one that expired an hour ago,
// re-signed with the provider's own key so that only that claim is wrong.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import Provider from 'oidc-provider';

export type IdTokenFault = 'none' | 'wrong-audience' | 'expired';

export interface PortalAccount {
  sub: string;
  name: string;
  password: string;
}

export const PORTAL_ACCOUNTS: readonly PortalAccount[] = [
  { sub: 'nguyen.van.a', name: 'Nguyễn Văn A', password: 'sso-Dak-Lak-2025' },
  { sub: 'tran.thi.b', name: 'Trần Thị B', password: 'sso-Dak-Lak-2025' },
];

export const CONSOLE_CLIENT_ID = 'ioc-console';

export interface TestProvider {
  issuer: string;
  setFault(fault: IdTokenFault): void;
  close(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(uid: string, error?: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng dịch vụ tỉnh Đắk Lắk — Đăng nhập</title></head>
<body style="font-family:sans-serif;max-width:24rem;margin:4rem auto">
<h1>Cổng dịch vụ tỉnh — Đăng nhập một lần</h1>${error ? `<p role="alert" style="color:#b00">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<label>Tài khoản <input name="username" autocomplete="username" data-testid="portal-username"></label><br>
<label>Mật khẩu <input name="password" type="password" data-testid="portal-password"></label><br>
<button type="submit" data-testid="portal-submit">Đăng nhập</button></form></body></html>`;
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
      if (body.length > 4096) req.destroy();
    });
    req.on('end', () => resolve(new URLSearchParams(body)));
    req.on('error', reject);
  });
}

export async function startTestProvider(options: { port?: number } = {}): Promise<TestProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: 'test-provider-1', alg: 'RS256', use: 'sig' };
  let fault: IdTokenFault = 'none';
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: ['http://127.0.0.1/auth/callback', 'http://127.0.0.1/callback'],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-provider-cookie-key-not-secret'] },
    pkce: { required: () => true },
    ttl: { AuthorizationCode: 60, IdToken: 3600, AccessToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
    features: { devInteractions: { enabled: false } },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx: unknown, sub: string) {
      const account = PORTAL_ACCOUNTS.find((a) => a.sub === sub);
      return account ? { accountId: sub, claims: async () => ({ sub, name: account.name, preferred_username: sub }) } : undefined;
    },
  });

  // Faults: the token endpoint's ID token, changed in one claim and re-signed with the provider's key.
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (fault === 'none' || ctx.path !== '/token' || !body?.id_token) return;
    const claims = decodeJwt(body.id_token);
    const now = Math.floor(Date.now() / 1000);
    const changed = fault === 'wrong-audience' ? { ...claims, aud: 'another-application' } : { ...claims, iat: now - 7200, exp: now - 3600 };
    ctx.body = { ...body, id_token: await new SignJWT(changed).setProtectedHeader({ alg: 'RS256', kid: jwk.kid! }).sign(privateKey) };
  });

  const oidc = provider.callback();
  async function interaction(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'consent') {
      // The console is the province's own application: consent is implied.
      const grant = new provider.Grant({ accountId: details.session!.accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
      return;
    }
    if (req.method === 'POST' && path.endsWith('/login')) {
      const form = await readForm(req);
      const account = PORTAL_ACCOUNTS.find((a) => a.sub === form.get('username') && a.password === form.get('password'));
      if (account) return provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid, 'Sai tài khoản hoặc mật khẩu'));
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(details.uid));
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', issuer).pathname;
    if (path === '/__faults' && req.method === 'POST') {
      void readForm(req).then((form) => {
        const next = form.get('idToken');
        if (next === 'none' || next === 'wrong-audience' || next === 'expired') fault = next;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ idToken: fault }));
      });
      return;
    }
    if (path.startsWith('/interaction/')) {
      interaction(req, res, path).catch((error: Error) => {
        if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`interaction failed: ${error.message}`);
      });
      return;
    }
    oidc(req, res);
  });

  return {
    issuer,
    setFault: (next) => {
      fault = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
