// Which sentence the sign-in and lock screens show for a failed call.
import type { CallError } from '../client/call-error.js';

export type SignInErrorKey = 'auth.wrong' | 'auth.locked' | 'auth.disabled' | 'auth.ssoUnavailable' | 'errors.unknown' | 'errors.disconnected' | 'errors.timeout';

export function signInErrorKey(error: CallError | null): SignInErrorKey | null {
  if (!error) return null;
  switch (error.code) {
    case 'unauthenticated':
      return 'auth.wrong';
    case 'rate-limited':
      return 'auth.locked';
    case 'forbidden':
      return 'auth.disabled';
    case 'unavailable':
      return 'auth.ssoUnavailable';
    case 'disconnected':
      return 'errors.disconnected';
    case 'timeout':
      return 'errors.timeout';
    default:
      return 'errors.unknown';
  }
}
