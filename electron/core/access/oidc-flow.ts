// OpenID Connect authorisation code flow with PKCE, through openid-client (OpenID-certified): discovery, the
// authorisation URL, and the code exchange with the ID token checked (signature by the provider's JWKS,
// issuer, audience, expiry, nonce, state). Pending flows are kept in memory for ten minutes.
import * as oidc from 'openid-client';
import type { SignInFailure } from './access-service.js';

export interface SsoConfig {
  /** The provincial portal's issuer URL (https; http only on loopback, for tests). */
  issuer: string;
  clientId: string;
  /** Public clients (desktop, loopback) use none: PKCE protects the code. */
  clientSecret?: string;
  scope?: string;
}

export interface IdentityClaims {
  sub: string;
  name?: string;
  preferredUsername?: string;
}

interface Pending {
  binding: string;
  verifier: string;
  nonce: string;
  redirectUri: string;
  expiresAt: number;
}

const PENDING_MS = 10 * 60_000;
const MAX_PENDING = 1000;

export function isLoopbackUrl(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/** What went wrong, in the words the sign-in screen uses. */
export function describeOidcError(error: unknown): SignInFailure {
  // openid-client wraps oauth4webapi's error (whose cause names the claim); jose names it on the error itself.
  const e = error as { code?: string; message?: string; claim?: string; cause?: { claim?: string; cause?: { claim?: string } }; error?: string };
  const message = e.message ?? String(error);
  const claim = e.cause?.claim ?? e.cause?.cause?.claim ?? e.claim;
  if (e.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' || e.code === 'ERR_JWT_EXPIRED') return { code: 'expired', message: `the ID token has expired or is not yet valid (${claim ?? 'time'})` };
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' || e.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    if (claim === 'aud' || claim === 'azp') return { code: 'audience', message: 'the ID token was issued for another application (audience)' };
    if (claim === 'nonce') return { code: 'nonce', message: 'the ID token does not answer this sign-in (nonce)' };
    return { code: 'other', message };
  }
  if (/signature/i.test(message)) return { code: 'signature', message: 'the ID token signature is not the provider’s' };
  if (/"state"/.test(message)) return { code: 'state', message: 'the answer does not belong to a sign-in started here (state)' };
  if (e.code === 'OAUTH_AUTHORIZATION_RESPONSE_ERROR' || e.error) return { code: 'provider', message: `the provider refused the sign-in (${e.error ?? message})` };
  if (/fetch failed|ECONNREFUSED|timed? ?out/i.test(message)) return { code: 'provider', message: 'the single sign-on provider cannot be reached' };
  return { code: 'other', message };
}

export class OidcFlow {
  private configuration: Promise<oidc.Configuration> | undefined;
  private readonly pending = new Map<string, Pending>();

  constructor(
    readonly settings: SsoConfig,
    private readonly now: () => number = Date.now,
  ) {
    const issuer = new URL(settings.issuer);
    if (issuer.protocol !== 'https:' && !isLoopbackUrl(issuer)) throw new Error(`the SSO issuer must be https: ${settings.issuer}`);
  }

  private config(): Promise<oidc.Configuration> {
    const issuer = new URL(this.settings.issuer);
    this.configuration ??= oidc
      .discovery(issuer, this.settings.clientId, this.settings.clientSecret, this.settings.clientSecret ? undefined : oidc.None(), {
        ...(issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : {}),
        timeout: 10,
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  /** The provider's authorisation URL for this seat; the answer must come back to `redirectUri`. */
  async begin(binding: string, redirectUri: string): Promise<URL> {
    const config = await this.config();
    this.prune();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    this.pending.set(state, { binding, verifier, nonce, redirectUri, expiresAt: this.now() + PENDING_MS });
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: this.settings.scope ?? 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
  }

  /** Exchanges the code of a callback; the seat is known from the state, never from the caller. */
  async complete(callbackUrl: URL): Promise<{ binding: string | null; claims?: IdentityClaims; failure?: SignInFailure }> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    const pending = this.pending.get(state);
    if (!pending || pending.expiresAt <= this.now()) {
      this.pending.delete(state);
      return { binding: null, failure: { code: 'state', message: 'this sign-in answer is unknown or too old; start again' } };
    }
    this.pending.delete(state);
    try {
      const config = await this.config();
      // The code is redeemed against the redirect URI it was issued for, whatever host name the browser used.
      const current = new URL(pending.redirectUri);
      current.search = callbackUrl.search;
      const tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.verifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) return { binding: pending.binding, failure: { code: 'other', message: 'the provider returned no ID token' } };
      return {
        binding: pending.binding,
        claims: {
          sub: claims.sub,
          ...(typeof claims.name === 'string' ? { name: claims.name } : {}),
          ...(typeof claims.preferred_username === 'string' ? { preferredUsername: claims.preferred_username } : {}),
        },
      };
    } catch (error) {
      return { binding: pending.binding, failure: describeOidcError(error) };
    }
  }

  private prune(): void {
    const t = this.now();
    for (const [state, p] of this.pending) if (p.expiresAt <= t) this.pending.delete(state);
    while (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
  }
}
