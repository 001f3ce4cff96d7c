import { describe, expect, it } from 'vitest';
import { describeOidcError, OidcFlow } from './oidc-flow.js';

describe('describeOidcError', () => {
  it('names audience, expiry, nonce, signature, state and provider failures from either library', () => {
    expect(describeOidcError({ code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED', cause: { claim: 'aud' } }).code).toBe('audience');
    expect(describeOidcError({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'aud', message: 'x' }).code).toBe('audience');
    expect(describeOidcError({ code: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED', cause: { claim: 'exp' } }).code).toBe('expired');
    expect(describeOidcError({ code: 'ERR_JWT_EXPIRED' }).code).toBe('expired');
    expect(describeOidcError({ code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED', message: 'unexpected JWT claim value encountered', cause: { cause: { claim: 'aud' } } }).code).toBe('audience');
    expect(describeOidcError({ code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED', cause: { claim: 'nonce' } }).code).toBe('nonce');
    expect(describeOidcError(new Error('JWT signature verification failed')).code).toBe('signature');
    expect(describeOidcError(new Error('unexpected "state" response parameter value')).code).toBe('state');
    expect(describeOidcError(new TypeError('fetch failed')).code).toBe('provider');
  });

  it('refuses a plain-http issuer that is not on loopback', () => {
    expect(() => new OidcFlow({ issuer: 'http://sso.daklak.gov.vn', clientId: 'x' })).toThrow(/https/);
    expect(() => new OidcFlow({ issuer: 'http://127.0.0.1:9999', clientId: 'x' })).not.toThrow();
  });

  it('answers an unknown or stale state without calling the provider', async () => {
    const flow = new OidcFlow({ issuer: 'http://127.0.0.1:9', clientId: 'x' });
    expect(await flow.complete(new URL('http://127.0.0.1/callback?code=a&state=forged'))).toMatchObject({ binding: null, failure: { code: 'state' } });
  });
});
