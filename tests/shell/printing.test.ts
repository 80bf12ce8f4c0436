import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PDF_OPTIONS } from '../../shared/print/pdf-options';

/** Fakes of the Electron parts printing touches: a window whose webContents prints and writes PDFs on request. */
const electron = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeWebContents extends Emitter {
    readonly id = 500;
    printCalls: unknown[] = [];
    pdfCalls: unknown[] = [];
    setWindowOpenHandler(): void {}
    print(options: unknown, callback: (success: boolean, reason: string) => void): void {
      this.printCalls.push(options);
      callback(false, 'cancelled');
    }
    async printToPDF(options: unknown): Promise<Buffer> {
      this.pdfCalls.push(options);
      return Buffer.from('%PDF-1.4 fake');
    }
  }
  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    loaded: string[] = [];
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.created.push(this);
    }
    async loadURL(url: string): Promise<void> {
      this.loaded.push(url);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    destroy(): void {
      this.destroyed = true;
    }
  }
  return { FakeBrowserWindow, showSaveDialog: vi.fn() };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  app: { getName: () => 'x', getVersion: () => '0' },
  dialog: { showSaveDialog: electron.showSaveDialog, showMessageBox: vi.fn() },
  shell: { openExternal: vi.fn(), openPath: vi.fn(), showItemInFolder: vi.fn() },
}));

import { PrintPages, printPageName } from '../../electron/shell/print-pages';
import { createPrinting, type Printing } from '../../electron/shell/printing';
import { createShellMethods } from '../../electron/shell/shell-methods';
import { isOurWebContents, printWindowOptions } from '../../electron/shell/window';

const HTML = '<!doctype html><html><body><p>整改通知书</p></body></html>';

const made: string[] = [];
function tempDir(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-print-shell-'));
  made.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of made.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

beforeEach(() => {
  electron.FakeBrowserWindow.created.length = 0;
  electron.showSaveDialog.mockReset();
});

describe('printWindowOptions', () => {
  it('makes a hidden window with no bridge and no script, and keeps the sandbox', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).not.toHaveProperty('preload');
    expect(options.webPreferences).toMatchObject({ javascript: false, devTools: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
  });
});

describe('PrintPages', () => {
  it('serves a page once, under an unguessable app:// name', () => {
    const pages = new PrintPages();
    const url = pages.add(HTML);
    expect(url).toMatch(/^app:\/\/ledger\/__print\/[0-9a-f-]{36}\.html$/);
    expect(pages.take(url)).toBe(HTML);
    expect(pages.take(url)).toBeNull();
    expect(pages.take('app://ledger/__print/00000000-0000-0000-0000-000000000000.html')).toBeNull();
  });

  it('recognises only its own URLs', () => {
    expect(printPageName('app://ledger/index.html')).toBeNull();
    expect(printPageName('app://evil/__print/00000000-0000-0000-0000-000000000000.html')).toBeNull();
    expect(printPageName('https://ledger/__print/00000000-0000-0000-0000-000000000000.html')).toBeNull();
    expect(printPageName('app://ledger/__print/../index.html')).toBeNull();
    expect(printPageName('app://ledger/__print/00000000-0000-0000-0000-000000000000.html')).toBe('00000000-0000-0000-0000-000000000000');
  });
});

describe('createPrinting', () => {
  it('writes the PDF through a hidden print window with the shared PDF options, then closes the window', async () => {
    const pages = new PrintPages();
    const file = path.join(tempDir(), '通知书.pdf');
    const bytes = await createPrinting(pages).savePdf(HTML, file);
    expect(fs.readFileSync(file, 'utf8')).toBe('%PDF-1.4 fake');
    expect(bytes).toBe(13);
    const window = electron.FakeBrowserWindow.created[0];
    if (!window) throw new Error('no print window');
    expect(window.options).toEqual(printWindowOptions());
    expect(window.loaded[0]).toMatch(/^app:\/\/ledger\/__print\//);
    expect(window.webContents.pdfCalls).toEqual([{ ...PDF_OPTIONS }]);
    expect(window.destroyed).toBe(true);
    // not a window the IPC trusts, and the page it read is gone
    expect(isOurWebContents(window.webContents.id)).toBe(false);
    expect(pages.size).toBe(0);
  });

  it('opens the system print dialog and reports a cancel as not printed', async () => {
    const printed = await createPrinting(new PrintPages()).print(HTML);
    expect(printed).toBe(false);
    const window = electron.FakeBrowserWindow.created[0];
    expect(window?.webContents.printCalls).toEqual([{ silent: false, printBackground: true }]);
    expect(window?.destroyed).toBe(true);
  });
});

describe('shell.savePdf and shell.print', () => {
  function methods(printing: Printing, exports: string) {
    return createShellMethods({ window: () => undefined, folders: { data: exports, backups: exports, logs: exports, exports }, printing }).run;
  }

  it('writes a PDF only to the file the save dialog answered', async () => {
    const folder = tempDir();
    const savePdf = vi.fn(async () => 1234);
    const run = methods({ print: vi.fn(), savePdf }, folder);
    const chosen = path.join(folder, '整改通知书.pdf');

    // a path the clerk never chose, even inside the exports folder, is refused: the ledger file lives beside it
    const refused = await run('shell.savePdf', { html: HTML, path: chosen });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    expect(await run('shell.chooseSaveFile', { title: '另存为PDF', defaultName: '整改通知书.pdf', kind: 'pdf' })).toEqual({ ok: true, value: { path: chosen } });
    expect(await run('shell.savePdf', { html: HTML, path: chosen })).toEqual({ ok: true, value: { path: chosen, bytes: 1234 } });
    expect(savePdf).toHaveBeenCalledWith(HTML, chosen);

    const ledgerFile = path.join(folder, 'ledger.db');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: ledgerFile });
    await run('shell.chooseSaveFile', { title: '另存为', defaultName: 'ledger.db', kind: 'backup' });
    expect(await run('shell.savePdf', { html: HTML, path: ledgerFile })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(savePdf).toHaveBeenCalledTimes(1);
  });

  it('reports a failed write as an IO error with the reason', async () => {
    const folder = tempDir();
    const run = methods({ print: vi.fn(), savePdf: vi.fn(async () => Promise.reject(new Error('EBUSY'))) }, folder);
    const chosen = path.join(folder, 'a.pdf');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    await run('shell.chooseSaveFile', { title: '另存为PDF', defaultName: 'a.pdf', kind: 'pdf' });
    const result = await run('shell.savePdf', { html: HTML, path: chosen });
    expect(result).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(result.ok ? '' : result.error.message).toContain('EBUSY');
  });

  it('prints the given HTML and refuses empty content', async () => {
    const print = vi.fn(async () => true);
    const run = methods({ print, savePdf: vi.fn() }, tempDir());
    expect(await run('shell.print', { html: HTML })).toEqual({ ok: true, value: { printed: true } });
    expect(print).toHaveBeenCalledWith(HTML);
    expect(await run('shell.print', { html: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
