// A typed client for the engine in the same process: for tests, benchmarks and the shell's own calls.
import type { ServerMessage } from '../../shared/contract/envelope.js';
import type { EventName, EventPayload, MethodName, ParamsInput, Result } from '../../shared/contract/methods.js';
import { randomUUID } from 'node:crypto';
import type { Role } from '../../shared/contract/roles.js';
import type { ConnectOptions, Engine } from './engine-api.js';

export class CallFailed extends Error {
  constructor(readonly code: string, message: string, readonly issues?: string[]) {
    super(`${code}: ${message}`);
  }
}

/** Who the in-process client is: a role (the usual), or a fuller identity (agency, police unit). */
export type InProcessIdentity = Role | { roles: Role[]; username?: string; displayName?: string; agencyId?: string | null; unitId?: string | null };

export interface InProcessOptions extends ConnectOptions {
  /** Signed in as this, without a password (in-process only). Without it the client is anonymous. */
  as?: InProcessIdentity;
}

/**
 * A client in this process. Signed in, in one line: `connectInProcess(engine, { as: 'ioc-operator' })`;
 * `connectInProcess(engine)` is anonymous and gets `unauthenticated` for everything but sign-in.
 */
export function connectInProcess(engine: Engine, options: InProcessOptions = {}) {
  const { as, ...connect } = options;
  const binding = connect.binding ?? `in-process:${randomUUID()}`;
  if (as) engine.access.signInTrusted(binding, typeof as === 'string' ? { roles: [as] } : as);
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const watchers = new Set<(event: string, payload: unknown) => void>();
  const connection = engine.connect((message: ServerMessage) => {
    if (message.type === 'event') {
      for (const watch of watchers) watch(message.event, message.payload);
      return;
    }
    const waiter = typeof message.id === 'number' ? pending.get(message.id) : undefined;
    if (!waiter) return;
    pending.delete(message.id as number);
    if (message.type === 'result') waiter.resolve(message.result);
    else waiter.reject(new CallFailed(message.error.code, message.error.message, message.error.issues));
  }, { origin: 'in-process', ...connect, binding });

  return {
    call<M extends MethodName>(method: M, params: ParamsInput<M>): Promise<Result<M>> {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        connection.receive({ type: 'call', id, method, params });
      });
    },
    /** Resolves with the first payload of `event` that satisfies `test`. */
    waitFor<E extends EventName>(event: E, test: (payload: EventPayload<E>) => boolean, timeoutMs = 30_000): Promise<EventPayload<E>> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          watchers.delete(watch);
          reject(new Error(`no matching ${event} event within ${timeoutMs} ms`));
        }, timeoutMs);
        const watch = (name: string, payload: unknown) => {
          if (name === event && test(payload as EventPayload<E>)) {
            clearTimeout(timer);
            watchers.delete(watch);
            resolve(payload as EventPayload<E>);
          }
        };
        watchers.add(watch);
      });
    },
    /** The seat, to attach a second connection to the same session. */
    binding,
    /** Calls `cb` with every payload of `event` until the returned function is called. */
    on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void {
      const watch = (name: string, payload: unknown) => {
        if (name === event) cb(payload as EventPayload<E>);
      };
      watchers.add(watch);
      return () => watchers.delete(watch);
    },
    close: () => connection.close(),
  };
}
