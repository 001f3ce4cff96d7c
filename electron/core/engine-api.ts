// The engine as the shell and the web host see it: start it, connect transports, close it.
import type { Catalog } from '../../shared/catalog/schema.js';
import type { ServerMessage } from '../../shared/contract/envelope.js';
import type { Role } from '../../shared/contract/roles.js';
import type { SsoConfig } from './access/oidc-flow.js';
import type { ScryptCost } from './access/passwords.js';
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
  /**
   * Where connectors deliver field reports instead of the workflow's own sink; null: nowhere (the records are
   * validated and counted, and the source status says they were not stored).
   */
  fieldReportSink?: FieldReportSink<Database> | null;
  catalog?: Catalog;
  /** Milliseconds between scheduled pulls (default 60 s, with jitter). */
  syncIntervalMs?: number;
  /** Clock, injectable for tests. */
  now?: () => Date;
  log?: (line: string) => void;
  /** Prints a page of the renderer to PDF (the Electron shell's printToPDF); absent in the web host, whose browser prints. */
  printer?: PdfPrinter;
  access?: AccessOptions;
  /** The police camera gateway (streams and the camera registry); cameras are absent without it. */
  cameras?: { gatewayUrl: string; token?: string; refreshMs?: number };
}

export interface AccessOptions {
  /** Minutes of inactivity before a person's session locks (default 15). */
  idleLockMinutes?: number;
  /** scrypt cost of new password hashes (default OWASP's N=2^17, r=8, p=1; tests lower it). */
  passwordCost?: ScryptCost;
  /** Failed sign-ins before an account locks (default 5), and for how long (default 15 minutes). */
  maxFailedAttempts?: number;
  lockoutMinutes?: number;
  /** Creates this local administrator when there is none (`--bootstrap-admin` / IOC_BOOTSTRAP_ADMIN). */
  bootstrapAdmin?: { username: string; password: string };
  /** Seeds one account per role with this password (the demo and the end-to-end tests). */
  demoAccounts?: { password: string };
  sso?: SsoConfig;
  /**
   * Where the master key lives: the OS keychain (default), or, only where no Secret Service exists (headless
   * rigs), a 0600 file in the data folder, with a warning notice.
   */
  masterKey?: 'keychain' | 'data-dir';
  /** Keychain service name (tests isolate themselves with their own). */
  keychainService?: string;
}

/** How a transport attaches its connections. */
export interface ConnectOptions {
  /** The seat: a browser's cookie, a window's key. Default: a fresh one (the session ends with the connection). */
  binding?: string;
  /** For rate limits and the audit log: "ws 127.0.0.1", "window", "in-process". */
  origin?: string;
  /** navigate: the page goes to the web host's /auth/login; external: the system browser, answered on loopback. */
  sso?: 'navigate' | 'external' | 'none';
  /** A wall window or screen: shows no sign-in prompt. */
  wall?: boolean;
}

/** What the hosts (web host routes, the shell, in-process tests) may ask of access control directly. */
export interface EngineAccess {
  readonly ssoEnabled: boolean;
  /** The provider URL for a browser seat (the web host's /auth/login). */
  beginSso(binding: string, redirectUri: string): Promise<string>;
  /** The web host's /auth/callback; true when the seat is now signed in. */
  completeSso(callbackUrl: URL, origin: string): Promise<boolean>;
  /** A wall's one-time enrolment code for its long-lived credential (null: unknown, used or expired). */
  redeemDeviceCode(code: string, origin: string): Promise<string | null>;
  /** In-process callers only (tests, benchmarks): a session without a password. */
  signInTrusted(binding: string, identity: { roles: Role[]; username?: string; displayName?: string; agencyId?: string | null; unitId?: string | null }): void;
}

/** Camera streams behind short-lived tickets, for the web host's /camera-streams/ and the shell's app://. */
export interface StreamRelay {
  /** The upstream stream for a ticket's file, or null when the ticket is unknown, expired or no longer allowed. */
  open(ticket: string, file: string, binding: string | null, signal: AbortSignal): Promise<Response | null>;
}

/** A print job: the renderer route to print (e.g. "#/briefing/x/print") and a file name to suggest. */
export type PdfPrinter = (job: { route: string; suggestedName: string }) => Promise<{ file: string | null; cancelled: boolean }>;

/** One client (a window's MessagePort, a browser's WebSocket). */
export interface EngineConnection {
  /** Hands an inbound message (a parsed JSON value) to the engine; the answer goes through `send`. */
  receive(message: unknown): void;
  close(): void;
}

export interface Engine {
  connect(send: (message: ServerMessage) => void, options?: ConnectOptions): EngineConnection;
  readonly access: EngineAccess;
  readonly streams: StreamRelay;
  close(): Promise<void>;
}
