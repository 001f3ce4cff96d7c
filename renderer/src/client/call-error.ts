// The error every failed call rejects with: the engine's typed code, or a client-side one.
import type { ErrorCode } from '../../../shared/contract/index.js';

export type CallErrorCode = ErrorCode | 'timeout' | 'disconnected' | 'invalid-result';

export class CallError extends Error {
  constructor(
    readonly code: CallErrorCode,
    message: string,
    readonly method: string,
    readonly issues?: string[],
  ) {
    super(message);
    this.name = 'CallError';
  }
}

export function isCallError(err: unknown): err is CallError {
  return err instanceof CallError;
}
