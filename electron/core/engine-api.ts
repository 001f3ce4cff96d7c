// The engine as the shell and the web host see it: start it, connect transports, close it.
import type { Catalog } from '../../shared/catalog/schema.js';
import type { ServerMessage } from '../../shared/contract/envelope.js';

export interface EngineOptions {
  /** Folder of the SQLite cache and engine state; created when missing. */
  dataDir: string;
  /** Base URL of the provincial data-sharing service (the simulator by default). */
  upstreamUrl: string;
  /** Bearer token for the upstream; when absent the engine reads it from the OS keychain. */
  upstreamToken?: string;
  catalog?: Catalog;
  /** Milliseconds between scheduled pulls (default 60 s, with jitter). */
  syncIntervalMs?: number;
  /** Clock, injectable for tests. */
  now?: () => Date;
  log?: (line: string) => void;
  /** Prints a page of the renderer to PDF (the Electron shell's printToPDF); absent in the web host, whose browser prints. */
  printer?: PdfPrinter;
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
  connect(send: (message: ServerMessage) => void): EngineConnection;
  close(): Promise<void>;
}
