import { describe, expect, it, vi } from 'vitest';
import { createPdfPrinter, PRINT_READY_SCRIPT } from './pdf-printer.js';

// BrowserWindow, printToPDF and the save dialog cannot run here: stand-ins that behave like them.
function setup(options: { readyAfter?: number; cancel?: boolean } = {}) {
  let polls = 0;
  const pdf = new Uint8Array([37, 80, 68, 70]);
  const win = {
    isDestroyed: () => false,
    webContents: {
      executeJavaScript: vi.fn(async (script: string) => script === PRINT_READY_SCRIPT && ++polls > (options.readyAfter ?? 2)),
      printToPDF: vi.fn(async () => pdf),
    },
  };
  const registry = { open: vi.fn(() => win as never), close: vi.fn() };
  const dialog = { showSaveDialog: vi.fn(async () => (options.cancel ? { canceled: true, filePath: '' } : { canceled: false, filePath: '/home/an/Documents/hop.pdf' })) };
  const writeFile = vi.fn(async () => undefined);
  const printer = createPdfPrinter({ registry, dialog: dialog as never, writeFile, documentsDir: '/home/an/Documents', parent: () => undefined, log: () => undefined, pollMs: 1, timeoutMs: 200 });
  return { printer, registry, dialog, writeFile, win, pdf };
}

describe('createPdfPrinter', () => {
  it('prints the route in a hidden window once it is ready, then saves where the operator says', async () => {
    const { printer, registry, dialog, writeFile, win, pdf } = setup();
    const result = await printer({ route: '#/briefing/x/print', suggestedName: 'x-2026-03-20.pdf' });
    expect(result).toEqual({ file: '/home/an/Documents/hop.pdf', cancelled: false });
    expect(registry.open).toHaveBeenCalledWith('print', { key: 'print:1', hash: '#/briefing/x/print', showWhenReady: false });
    expect(win.webContents.executeJavaScript).toHaveBeenCalledTimes(3);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ landscape: true, pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(registry.close).toHaveBeenCalledWith('print:1');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '/home/an/Documents/x-2026-03-20.pdf' }));
    expect(writeFile).toHaveBeenCalledWith('/home/an/Documents/hop.pdf', pdf);
  });

  it('writes nothing when the operator cancels', async () => {
    const { printer, writeFile } = setup({ cancel: true });
    expect(await printer({ route: '#/p', suggestedName: 'a.pdf' })).toEqual({ file: null, cancelled: true });
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('gives up with a typed error when the page never gets ready, and closes its window', async () => {
    const { printer, registry } = setup({ readyAfter: 1e9 });
    await expect(printer({ route: '#/p', suggestedName: 'a.pdf' })).rejects.toMatchObject({ code: 'unavailable' });
    expect(registry.close).toHaveBeenCalled();
  });
});
