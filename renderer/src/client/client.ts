// The typed contract client: calls correlated by id, results validated against the contract, events dispatched.
import {
  events,
  methods,
  serverMessageSchema,
  type EventName,
  type EventPayload,
  type MethodName,
  type ParamsInput,
  type Result,
} from '../../../shared/contract/index.js';
import { CallError } from './call-error.js';
import type { Transport, TransportState } from './transport.js';

export interface ClientOptions {
  /** Milliseconds before a call without an answer fails with code "timeout". */
  timeoutMs?: number;
}

export interface Client {
  call<M extends MethodName>(method: M, params: ParamsInput<M>, options?: { timeoutMs?: number }): Promise<Result<M>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
  onState(cb: (s: TransportState) => void): () => void;
  readonly state: TransportState;
  close(): void;
}

interface Pending {
  method: MethodName;
  resolve: (value: unknown) => void;
  reject: (err: CallError) => void;
  timer: ReturnType<typeof setTimeout>;
  /** True while the message still sits in the transport's queue (not yet on the wire). */
  queued: boolean;
}

export function createClient(transport: Transport, options: ClientOptions = {}): Client {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const pending = new Map<number, Pending>();
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;

  function settle(id: number): Pending | undefined {
    const entry = pending.get(id);
    if (!entry) return undefined;
    pending.delete(id);
    clearTimeout(entry.timer);
    return entry;
  }

  function onResult(id: number, result: unknown) {
    const entry = settle(id);
    if (!entry) return;
    const parsed = methods[entry.method].result.safeParse(result);
    if (parsed.success) entry.resolve(parsed.data);
    else
      entry.reject(
        new CallError(
          'invalid-result',
          `the engine's answer to ${entry.method} does not match the contract`,
          entry.method,
          parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
        ),
      );
  }

  function onEvent(event: string, payload: unknown) {
    const set = handlers.get(event);
    if (!set || !Object.prototype.hasOwnProperty.call(events, event)) return;
    const parsed = events[event as EventName].safeParse(payload);
    if (!parsed.success) {
      console.warn(`[client] event ${event} does not match the contract`, parsed.error.issues);
      return;
    }
    for (const cb of [...set]) {
      try {
        cb(parsed.data);
      } catch (err) {
        console.error(`[client] handler of ${event} failed`, err);
      }
    }
  }

  const offMessage = transport.onMessage((raw) => {
    const parsed = serverMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const msg = parsed.data;
    if (msg.type === 'event') onEvent(msg.event, msg.payload);
    else if (typeof msg.id !== 'number') return;
    else if (msg.type === 'result') onResult(msg.id, msg.result);
    else {
      const entry = settle(msg.id);
      entry?.reject(new CallError(msg.error.code, msg.error.message, entry.method, msg.error.issues));
    }
  });

  const offState = transport.onState((s) => {
    if (s === 'open') {
      for (const entry of pending.values()) entry.queued = false;
    } else if (s === 'closed') {
      // Calls already on the wire will never be answered on a new connection.
      for (const [id, entry] of [...pending]) {
        if (entry.queued) continue;
        settle(id);
        entry.reject(new CallError('disconnected', 'the connection to the engine was lost', entry.method));
      }
    }
  });

  return {
    call(method, params, callOptions) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const ms = callOptions?.timeoutMs ?? timeoutMs;
        const timer = setTimeout(() => {
          if (settle(id)) reject(new CallError('timeout', `no answer to ${method} within ${ms} ms`, method));
        }, ms);
        pending.set(id, {
          method,
          resolve: resolve as (value: unknown) => void,
          reject,
          timer,
          queued: transport.state !== 'open',
        });
        transport.send({ type: 'call', id, method, params });
      });
    },
    on(event, cb) {
      let set = handlers.get(event);
      if (!set) handlers.set(event, (set = new Set()));
      const handler = cb as (payload: unknown) => void;
      set.add(handler);
      return () => set.delete(handler);
    },
    onState: (cb) => transport.onState(cb),
    get state() {
      return transport.state;
    },
    close() {
      offMessage();
      offState();
      for (const [id, entry] of [...pending]) {
        settle(id);
        entry.reject(new CallError('disconnected', 'the client was closed', entry.method));
      }
      transport.close();
    },
  };
}
