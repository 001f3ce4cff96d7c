// The engine's front door: every inbound message is checked against the contract before anything runs.
import { z } from 'zod';
import { EngineError, callMessageSchema, type ServerMessage } from '../../shared/contract/envelope.js';
import { isMethodName, methods, type MethodName } from '../../shared/contract/methods.js';
import type { CallContext, Handlers } from './engine-module.js';

export type { Handlers };

/**
 * Access control at the door (electron/core/access/call-guard.ts): `admit` throws a typed error when the caller
 * may not call the method at all, before its parameters are even read; `params` and `result` narrow to the
 * caller's scope. Deny by default: dispatch cannot run without one.
 */
export interface CallGuard {
  admit(method: MethodName, caller: CallContext): {
    params(params: unknown): unknown;
    result(result: unknown): unknown;
  };
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'params'}: ${i.message}`);
}

/** Answers one inbound message; never throws. */
export async function dispatch(
  handlers: Partial<Handlers>,
  message: unknown,
  caller: CallContext,
  log: (line: string) => void,
  guard: CallGuard,
): Promise<ServerMessage> {
  const call = callMessageSchema.safeParse(message);
  if (!call.success) {
    const id = (message as { id?: unknown } | null)?.id;
    return {
      type: 'error',
      id: typeof id === 'string' || typeof id === 'number' ? id : null,
      error: { code: 'malformed-message', message: 'not a call message', issues: describeIssues(call.error) },
    };
  }
  const { id, method } = call.data;
  try {
    if (!isMethodName(method)) throw new EngineError('unknown-method', `unknown method "${method}"`);
    const admitted = guard.admit(method, caller);
    const params = methods[method].params.safeParse(call.data.params ?? {});
    if (!params.success) throw new EngineError('invalid-params', `invalid parameters for ${method}`, describeIssues(params.error));
    const handler = handlers[method] as ((p: unknown, c: CallContext) => Promise<unknown>) | undefined;
    if (!handler) throw new EngineError('unavailable', `${method} is not available in this engine`);
    return { type: 'result', id, result: admitted.result(await handler(admitted.params(params.data), caller)) };
  } catch (error) {
    if (error instanceof EngineError) return { type: 'error', id, error: error.toPayload() };
    log(`internal error in ${method}: ${(error as Error).stack ?? String(error)}`);
    return { type: 'error', id, error: { code: 'internal', message: `the engine could not complete ${method}` } };
  }
}
