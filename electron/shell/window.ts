import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { guardWebContents } from './guards';

/**
 * The one place windows are made (a test checks that no other file says `new BrowserWindow`), so every window
 * gets the same locked-down preferences and the same guards.
 */

export const WINDOW_TITLE = '根治欠薪工作台账';

export interface WindowSettings {
  /** dist/shell/preload.cjs */
  preloadPath: string;
  /** developer tools only in development builds */
  allowDevTools: boolean;
}

/** The secure options, as a pure function so a test can read them without Electron. */
export function secureWindowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1400,
    height: 900,
    // the grids and the case form need this much room; below it columns collapse into unreadable slivers
    minWidth: 1100,
    minHeight: 700,
    // shown on ready-to-show, painted with the page's background meanwhile: no white flash, no half-drawn page
    show: false,
    backgroundColor: '#f0f2f5',
    webPreferences: {
      preload: settings.preloadPath,
      // the page gets window.ledger and nothing else of Node or Electron
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // spellcheck would underline names and addresses, and its dictionaries are downloaded from Google
      spellcheck: false,
      // a file dropped on the window must not replace the ledger page (import handles drops itself)
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: settings.allowDevTools,
    },
  };
}

/**
 * The hidden window that prints: no preload (so no bridge), no script at all, never shown. It loads one document
 * from print-pages.ts, and Chromium prints it (print dialog) or writes a PDF. Pure, like secureWindowOptions.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  const webPreferences = { ...secureWindowOptions({ preloadPath: '', allowDevTools: false }).webPreferences, javascript: false, devTools: false };
  delete webPreferences.preload;
  return {
    title: WINDOW_TITLE,
    // A4 at 96 dpi: the layout width the forms are drawn for (only matters for the print dialog's preview)
    width: 794,
    height: 1123,
    show: false,
    webPreferences,
  };
}

/** webContents ids of the windows made here; the IPC sender check trusts only these. */
const ourWebContents = new Set<number>();

export function isOurWebContents(webContentsId: number): boolean {
  return ourWebContents.has(webContentsId);
}

/** Creates a window with the secure options and the navigation, popup and webview guards. */
export function createSecureWindow(settings: WindowSettings): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(settings));
  const id = window.webContents.id;
  ourWebContents.add(id);
  // read the id now: after 'closed' the webContents is destroyed
  window.on('closed', () => ourWebContents.delete(id));
  guardWebContents(window);
  window.once('ready-to-show', () => window.show());
  return window;
}

/**
 * Creates the hidden print window, with the same guards. It is deliberately not registered for the IPC sender
 * check: it has no bridge, and nothing it shows may call the ledger.
 */
export function createPrintWindow(): BrowserWindow {
  const window = new BrowserWindow(printWindowOptions());
  guardWebContents(window);
  return window;
}
