// Navigation, new windows, external links and permissions: deny unless a pure rule allows it.
import type { Session, Shell, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-protocol.js';

/** Hosts (and their subdomains) the console may open in the system browser, https only. */
export const EXTERNAL_HOSTS: readonly string[] = ['daklak.gov.vn', 'chinhphu.vn', 'dichvucong.gov.vn'];

/** The allow-list, plus the single sign-on provider's host when it is https. */
export function externalAllowList(ssoIssuer: string | undefined, base: readonly string[] = EXTERNAL_HOSTS): readonly string[] {
  const issuer = ssoIssuer ? parse(ssoIssuer) : null;
  return issuer && issuer.protocol === 'https:' ? [...base, issuer.hostname.toLowerCase()] : base;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** In-window navigation stays on app://console. */
export function isNavigationAllowed(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** https, default port, no credentials, host on the allow-list (exactly or as a subdomain). */
export function isExternalUrlAllowed(url: string, allowList: readonly string[] = EXTERNAL_HOSTS): boolean {
  const parsed = parse(url);
  if (parsed === null || parsed.protocol !== 'https:') return false;
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  const host = parsed.hostname.toLowerCase();
  return allowList.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** No web permission (camera, geolocation, notifications …) is granted for now. */
export function isPermissionAllowed(_permission: string): boolean {
  return false;
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

export function decideNavigation(url: string, allowList: readonly string[] = EXTERNAL_HOSTS): NavigationDecision {
  if (isNavigationAllowed(url)) return 'allow';
  return isExternalUrlAllowed(url, allowList) ? 'open-external' : 'deny';
}

/** Applies to every webContents (wire it from app 'web-contents-created'). */
export function guardWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>, log: (line: string) => void, allowList: readonly string[] = EXTERNAL_HOSTS): void {
  const openExternal = (url: string) => {
    shell.openExternal(url).catch((error: unknown) => log(`openExternal failed: ${String(error)}`));
  };
  const onNavigate = (event: { preventDefault(): void; url: string }) => {
    const decision = decideNavigation(event.url, allowList);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternal(event.url);
    else log(`blocked navigation to ${event.url}`);
  };
  contents.on('will-navigate', onNavigate);
  contents.on('will-redirect', onNavigate);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (decideNavigation(url, allowList) === 'open-external') openExternal(url);
    else log(`blocked window.open of ${url}`);
    return { action: 'deny' };
  });
}

export function enablePermissionRules(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionAllowed(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  session.setDevicePermissionHandler(() => false);
}
