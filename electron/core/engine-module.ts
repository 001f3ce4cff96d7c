// An engine module: one area of the product (KPIs, sync, map, workflow, access …) with its contract
// handlers and its lifecycle. engine.ts composes the modules; each area lives in its own folder.
import type { Catalog } from '../../shared/catalog/schema.js';
import type { FieldReportSink } from '../../shared/model/field-report-inbound.js';
import type { MethodName, Params, Result } from '../../shared/contract/methods.js';
import type { AuditRecorder } from './access/audit-recorder.js';
import type { Session, SessionManager, SessionUser } from './access/sessions.js';
import type { EngineOptions, StreamRelay } from './engine-api.js';
import type { EventHub } from './event-hub.js';
import type { NoticeBoard } from './notices.js';
import type { DataKeys } from './secrets/data-keys.js';
import type { SealedBox } from './secrets/sealed-box.js';
import type { Database } from './store/database.js';

/** Who is calling: one connected client (a window's port, a browser's WebSocket, an in-process caller). */
export interface CallContext {
  /** Unique per connection, stable for its lifetime. */
  connectionId: string;
  /** The seat: the same across reconnects of one browser profile or window (its session belongs to it). */
  binding: string;
  /**
   * The seat's session when the call arrived. Dispatch has already checked it against the access matrix:
   * a handler of a non-public method always sees a live, unlocked session here.
   */
  session: Session | null;
  /** Where the connection comes from ("ws 127.0.0.1", "window", "in-process"), for rate limits and the audit log. */
  origin: string;
}

export type Handler<M extends MethodName> = (params: Params<M>, caller: CallContext) => Promise<Result<M>>;

/** The handlers of a set of methods, e.g. `HandlersFor<keyof typeof kpiMethods>`. */
export type HandlersFor<M extends MethodName> = { [K in M]: Handler<K> };

export type Handlers = HandlersFor<MethodName>;

/** Where connectors hand inbound records that another area owns; that area registers its sink when created. */
export interface EngineSinks {
  /** The cameras one person sees and whether they may watch each (the cameras area registers it; the map reads it). */
  cameraAccess?: ((user: SessionUser) => ReadonlyMap<string, boolean>) | undefined;
  /** An area whose store feeds map layers says they changed (the map registers it and pulls them again soon). */
  mapLayersChanged?: ((layers: readonly string[]) => void) | undefined;
  fieldReports: FieldReportSink<Database> | undefined;
  /** Sources that take changes back through the outbox (their connectors are declared outbound). */
  outboundSources: Set<string>;
  /** Processing agencies beyond the catalog's (the workflow's directory: each commune's People's Committee). */
  agencyDirectory: { has(key: string): Promise<boolean> } | undefined;
}

/** What every module gets from the engine. */
export interface EngineContext {
  options: EngineOptions;
  catalog: Catalog;
  db: Database;
  hub: EventHub;
  notices: NoticeBoard;
  sinks: EngineSinks;
  now: () => Date;
  log: (line: string) => void;
  /** The audit log: `await ctx.audit.record(caller, 'report.forwarded', reportId, { agency })`. */
  audit: AuditRecorder;
  sessions: SessionManager;
  /** Per-installation data keys (wrapped by the keychain's master key). */
  keys: DataKeys;
  /** Personal data at rest: `await ctx.sealedBox.seal(text, 'reports:42:reporter')`. */
  sealedBox: SealedBox;
}

export interface EngineModule {
  /** For logs and errors. */
  name: string;
  handlers: Partial<Handlers>;
  /** Camera streams behind tickets (the cameras module), served by the hosts. */
  streams?: StreamRelay;
  /** Runs after every module is created, in order. */
  start?(): Promise<void>;
  /** Runs in reverse order when the engine closes. */
  close?(): Promise<void>;
}

/** Joins the modules' handlers; a method claimed twice is a programming error caught at start. */
export function joinHandlers(modules: readonly EngineModule[]): Partial<Handlers> {
  const joined: Record<string, unknown> = {};
  for (const module of modules) {
    for (const [method, handler] of Object.entries(module.handlers)) {
      if (method in joined) throw new Error(`contract method ${method} is handled by two modules (second: ${module.name})`);
      joined[method] = handler;
    }
  }
  return joined as Partial<Handlers>;
}
