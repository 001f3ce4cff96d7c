// Single sign-on, from the answer of the provider to a session on the seat that started it. Two ways back:
// the web host's /auth/callback (browser), or a one-shot loopback listener (RFC 8252 §7.3) for the desktop,
// whose page opens the provider in the system browser.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallContext } from '../engine-module.js';
import { sessionUserOf, type AccessService, type SignInFailure } from './access-service.js';
import type { AuditRecorder } from './audit-recorder.js';
import type { OidcFlow } from './oidc-flow.js';

const LOOPBACK_WAIT_MS = 10 * 60_000;

const DONE_PAGE = (ok: boolean) =>
  `<!doctype html><html lang="vi"><meta charset="utf-8"><title>IOC Đắk Lắk</title><body style="font-family:sans-serif;padding:2em">` +
  (ok
    ? '<h1>Đã đăng nhập</h1><p>Bạn có thể đóng cửa sổ này và quay lại bảng điều khiển IOC.</p><p lang="en">Signed in: you can close this window.</p>'
    : '<h1>Không đăng nhập được</h1><p>Quay lại bảng điều khiển IOC để xem lý do.</p><p lang="en">Sign-in failed: see the console for the reason.</p>') +
  '</body></html>';

export class SsoSignIn {
  private readonly listeners = new Set<Server>();

  constructor(
    private readonly flow: OidcFlow,
    private readonly access: AccessService,
    private readonly audit: AuditRecorder,
    private readonly log: (line: string) => void,
  ) {}

  /** The web host: the provider URL for this browser seat, answering to `redirectUri` (the host's /auth/callback). */
  async beginRedirect(binding: string, redirectUri: string): Promise<string> {
    return (await this.flow.begin(binding, redirectUri)).href;
  }

  /** The web host's /auth/callback: signs the seat in, or records why not (the sign-in screen shows it). */
  async completeRedirect(callbackUrl: URL, origin: string): Promise<boolean> {
    const result = await this.flow.complete(callbackUrl);
    const caller = (binding: string): CallContext => ({ connectionId: 'sso-callback', binding, session: this.access.sessions.current(binding), origin });
    if (!result.binding) {
      await this.audit.record(caller('unknown'), 'auth.sign-in.failed', null, { method: 'sso', reason: result.failure?.code ?? 'state' });
      return false;
    }
    if (result.failure || !result.claims) return this.fail(caller(result.binding), result.failure ?? { code: 'other', message: 'no identity' });
    const account = await this.access.accounts.bySsoSubject(result.claims.sub);
    if (!account) return this.fail(caller(result.binding), { code: 'not-registered', message: 'this SSO account has no access to the console; ask the administrator' }, result.claims.sub);
    if (account.disabled) return this.fail(caller(result.binding), { code: 'disabled', message: 'this account is disabled' }, result.claims.sub);
    const current = this.access.sessions.current(result.binding);
    if (current?.locked && current.user.accountId === account.accountId) this.access.sessions.unlock(result.binding);
    else this.access.sessions.signIn(result.binding, sessionUserOf(account, 'sso'));
    this.access.noteFailure(result.binding, null);
    await this.audit.record(caller(result.binding), 'auth.sign-in', account.accountId, { method: 'sso', subject: result.claims.sub });
    return true;
  }

  private async fail(caller: CallContext, failure: SignInFailure, subject?: string): Promise<false> {
    this.access.noteFailure(caller.binding, failure);
    await this.audit.record(caller, 'auth.sign-in.failed', null, { method: 'sso', reason: failure.code, ...(subject ? { subject } : {}) });
    return false;
  }

  /** The desktop: listens once on 127.0.0.1 for the provider's answer; returns the URL to open in the system browser. */
  async beginLoopback(binding: string): Promise<string> {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/callback' || !url.searchParams.has('state')) {
        res.writeHead(404).end();
        return;
      }
      void this.completeRedirect(new URL(url.pathname + url.search, redirectBase), 'loopback').then((ok) => {
        res.writeHead(ok ? 200 : 400, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
        res.end(DONE_PAGE(ok));
        this.stop(server);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.listeners.add(server);
    const timer = setTimeout(() => this.stop(server), LOOPBACK_WAIT_MS);
    timer.unref();
    server.once('close', () => clearTimeout(timer));
    const redirectBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      return await this.beginRedirect(binding, `${redirectBase}/callback`);
    } catch (error) {
      this.stop(server);
      this.log(`single sign-on could not start: ${(error as Error).message}`);
      throw error;
    }
  }

  private stop(server: Server): void {
    this.listeners.delete(server);
    server.close();
    server.closeAllConnections();
  }

  close(): void {
    for (const server of [...this.listeners]) this.stop(server);
  }
}
