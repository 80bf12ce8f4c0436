import { dialog, shell, type BrowserWindow, type Session, type WebContents } from 'electron';
import { isAppUrl, isExternalLinkAllowed, isPermissionAllowed } from './security';

/**
 * Attaches the rules of security.ts to Electron's events. The renderer shows data typed in by clerks and read from
 * imported spreadsheets; if any of it ever ran as script, these guards keep it from leaving the app's own page.
 */

/**
 * Asks before handing a link to the system browser: the clerk sees the full address first, and a page that
 * tries to open many links at once only produces dialogs, never browser windows.
 */
export async function confirmAndOpenExternal(parent: BrowserWindow | null, url: string): Promise<void> {
  if (!isExternalLinkAllowed(url)) return;
  const options = {
    type: 'question' as const,
    title: '打开外部链接',
    message: '是否在浏览器中打开以下链接？',
    detail: url,
    buttons: ['在浏览器中打开', '取消'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
  const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(url);
}

/** Keeps a window on app://ledger/: no navigation away, no popups, no <webview>. */
export function guardWebContents(window: BrowserWindow): void {
  const contents: WebContents = window.webContents;

  const refuseForeignNavigation = (event: { preventDefault(): void }, url: string): void => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    // a plain <a href="https://..."> navigates the page itself; offer the browser instead of losing the ledger
    void confirmAndOpenExternal(window, url).catch(() => undefined);
  };
  contents.on('will-navigate', (event, url) => refuseForeignNavigation(event, url));
  contents.on('will-redirect', (event, url) => refuseForeignNavigation(event, url));

  // target=_blank and window.open never create a window; web links go to the browser after asking
  contents.setWindowOpenHandler(({ url }) => {
    void confirmAndOpenExternal(window, url).catch(() => undefined);
    return { action: 'deny' };
  });

  // webviewTag is already false; this also refuses one that some future option might re-enable
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The ledger needs no camera, microphone, location, notifications, MIDI, HID, USB or serial port: every request
 * and every check answers no — except writing text to the clipboard from the app's own page, which is how the
 * grids copy the selected rows (Ctrl+C) for pasting into Excel. Reading the clipboard stays denied.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((contents, permission, callback) => callback(isPermissionAllowed(permission, contents.getURL())));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}
