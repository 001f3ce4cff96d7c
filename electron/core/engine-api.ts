// The engine as the shell and the web host see it: start it, connect transports, close it.
import type { Catalog } from '../../shared/catalog/schema.js';
import type { ServerMessage } from '../../shared/contract/envelope.js';
import type { FieldReportSink } from '../../shared/model/field-report-inbound.js';
import type { Database } from './store/database.js';

export interface EngineOptions {
  /** Folder of the SQLite cache and engine state; created when missing. */
  dataDir: string;
  /** Base URL of the provincial data-sharing service (the simulator by default). */
  upstreamUrl: string;
  /** Bearer token for the upstream; when absent the engine reads it from the OS keychain. */
  upstreamToken?: string;
  /** Connector declarations (validated at start); the three default services under upstreamUrl when absent. */
  connectors?: unknown;
  /** Secrets given at start (command line, environment) by keychain account; never stored. */
  credentials?: Record<string, string>;
  /** Keychain service name (tests use their own). */
  keychainService?: string;
  /** Where inbound field reports go; the field-report workflow can also register one (EngineContext.sinks). */
  fieldReportSink?: FieldReportSink<Database>;
  catalog?: Catalog;
  /** Milliseconds between scheduled pulls (default 60 s, with jitter). */
  syncIntervalMs?: number;
  /** Clock, injectable for tests. */
  now?: () => Date;
  log?: (line: string) => void;
}

/** One client (a window's MessagePort, a browser's WebSocket). */
export interface EngineConnection {
  /** Hands an inbound message (a parsed JSON value) to the engine; the answer goes through `send`. */
  receive(message: unknown): void;
  close(): void;
}

export interface Engine {
  connect(send: (message: ServerMessage) => void): EngineConnection;
  close(): Promise<void>;
}
