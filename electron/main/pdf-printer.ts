// Electron's PDF export for the engine: lays a print route out in a hidden window (with its own engine port),
// waits until the page says it is ready, prints it with printToPDF (A4 landscape, backgrounds) and asks where
// to save it. The engine calls it for briefing.export; the web host has none, its browser prints.
import type { BrowserWindow, Dialog } from 'electron';
import { join } from 'node:path';
import { EngineError } from '../../shared/contract/envelope.js';
import type { PdfPrinter } from '../core/engine-api.js';
import type { WindowRegistry } from './windows.js';

export const PRINT_READY_SCRIPT = `document.querySelector('[data-print-ready="true"]') !== null`;

export interface PdfPrinterDeps {
  registry: Pick<WindowRegistry, 'open' | 'close'>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  writeFile: (file: string, data: Uint8Array) => Promise<void>;
  documentsDir: string;
  /** The window the save dialog belongs to. */
  parent: () => BrowserWindow | undefined;
  log: (line: string) => void;
  timeoutMs?: number;
  pollMs?: number;
}

async function waitUntilReady(win: BrowserWindow, timeoutMs: number, pollMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (win.isDestroyed()) throw new EngineError('unavailable', 'the print window was closed');
    const ready = await win.webContents.executeJavaScript(PRINT_READY_SCRIPT).catch(() => false);
    if (ready === true) return;
    if (Date.now() > deadline) throw new EngineError('unavailable', `the print view did not get ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

export function createPdfPrinter(deps: PdfPrinterDeps): PdfPrinter {
  let jobs = 0;
  return async (job) => {
    const key = `print:${++jobs}`;
    const win = deps.registry.open('print', { key, hash: job.route, showWhenReady: false });
    let data: Uint8Array;
    try {
      await waitUntilReady(win, deps.timeoutMs ?? 60_000, deps.pollMs ?? 250);
      data = await win.webContents.printToPDF({ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      deps.registry.close(key);
    }
    const parent = deps.parent();
    const options = { defaultPath: join(deps.documentsDir, job.suggestedName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
    const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { file: null, cancelled: true };
    await deps.writeFile(choice.filePath, data);
    deps.log(`briefing PDF written to ${choice.filePath}`);
    return { file: choice.filePath, cancelled: false };
  };
}
