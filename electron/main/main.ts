// Electron main process: a composition of the shell modules. Decisions live in the modules, as pure functions.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, MessageChannelMain, net, powerSaveBlocker, protocol, screen, session, shell } from 'electron';
import type { PdfPrinter } from '../core/engine-api.js';
import { handleAppProtocol, registerAppScheme } from './app-protocol.js';
import { startBackend, type Backend } from './backend.js';
import { planBackend } from './backend-plan.js';
import { enableCrashRecovery } from './crash-recovery.js';
import { buildCsp, enableCsp } from './csp.js';
import { enableEnginePort, personSeat, windowSeat } from './engine-port.js';
import { enablePermissionRules, externalAllowList, guardWebContents } from './navigation-guard.js';
import { createPdfPrinter } from './pdf-printer.js';
import { CredentialVault } from '../core/secrets/vault.js';
import { loadWallCredential } from './wall-credential.js';
import { enableWallShell, type WallShell } from './wall-shell.js';
import { WINDOW_STATE_FILE, WindowStateFile } from './window-state.js';
import { acquireSingleInstance, WindowRegistry } from './windows.js';
import { WINDOW_TITLE } from './web-preferences.js';

const log = (line: string) => console.log(`[main] ${line}`);
const engineLog = (line: string) => console.log(`[engine] ${line}`);

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '..', 'preload', 'preload.cjs');

let backend: Backend | null = null;
let backendClosed = false;
let registry: WindowRegistry | null = null;
let wallShell: WallShell | null = null;
let printPdf: PdfPrinter | null = null;

async function start(): Promise<void> {
  const csp = buildCsp();
  enableCsp(session.defaultSession, csp);
  enablePermissionRules(session.defaultSession);
  handleAppProtocol({ protocol, net, rootDir: path.join(app.getAppPath(), 'renderer', 'dist'), csp });

  const plan = planBackend({ argv: process.argv, env: process.env, userData: app.getPath('userData') });
  log(`data directory ${plan.dataDir}`);
  backend = await startBackend(plan, engineLog, { printer: (job) => printPdf!(job) });
  const { engine } = backend;

  const iconPath = path.join(app.getAppPath(), 'resources', 'icons', 'icon.png');
  const person = personSeat();
  // Wall windows sign in with this installation's device credential (enrolled once with --enrol-wall=CODE).
  const wallCredential = await loadWallCredential({ argv: process.argv, vault: new CredentialVault(), redeem: engine.access.redeemDeviceCode, log });
  registry = new WindowRegistry({
    BrowserWindow,
    preloadPath,
    ...(existsSync(iconPath) ? { iconPath } : {}),
    log,
    onCreated: (win, role) => {
      enableEnginePort(win.webContents, { engine, createChannel: () => new MessageChannelMain(), log, seat: windowSeat(role, person, wallCredential) });
      enableCrashRecovery(win.webContents, { log });
    },
  });
  printPdf = createPdfPrinter({ registry, dialog, writeFile, documentsDir: app.getPath('documents'), parent: () => registry?.get('workstation'), log });
  // Workstation, wall displays (kiosk), briefing windows: decided by displays.ts, re-planned on hot-plug.
  const stateFile = new WindowStateFile(path.join(app.getPath('userData'), WINDOW_STATE_FILE));
  wallShell = await enableWallShell({ screen, registry, engine, powerSaveBlocker, app, stateFile, log });
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  log(`startup failed: ${message}`);
  dialog.showErrorBox(WINDOW_TITLE, `Không khởi động được / Could not start:\n${message}`);
  void (backend?.close() ?? Promise.resolve()).finally(() => app.exit(1));
}

// Before 'ready': the privileged scheme, sandbox for every renderer, one instance per user.
registerAppScheme(protocol);
app.enableSandbox();

if (!acquireSingleInstance(app, () => registry?.focusPrimary())) {
  app.quit();
} else {
  // The SSO provider's https host may open in the system browser (the engine answers it on loopback).
  const allowList = externalAllowList(process.env.IOC_SSO_ISSUER);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, shell, log, allowList));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    wallShell?.close();
    wallShell = null;
    if (backend === null || backendClosed) return;
    event.preventDefault();
    backend
      .close()
      .catch((error: unknown) => log(`engine close failed: ${String(error)}`))
      .finally(() => {
        backendClosed = true;
        app.quit();
      });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
  app.whenReady().then(start).catch(fail);
}
