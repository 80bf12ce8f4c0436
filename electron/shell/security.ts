import path from 'node:path';

/**
 * The shell's security rules as pure functions. Nothing here imports 'electron', so every rule is unit-tested
 * directly; guards.ts, app-protocol.ts and ipc.ts attach them to Electron's events.
 */

/**
 * The renderer is served from a custom privileged scheme instead of file://: a file:// page could read any file
 * on the disk and shares its "origin" with every other local file, while app://ledger/ is one origin we own.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Sent with every app:// response; the renderer's index.html carries the same policy as a meta tag. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages of our own origin (app://ledger/...). Anything unparsable is not ours. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Links the clerk may open in the system browser: plain web pages only. file:, smb: and custom schemes would start
 * local programs or open network shares; javascript:/data: would run code; app: is our own origin.
 * Links carrying a user name ("https://gov.cn@evil.example/") are refused because they disguise the real host.
 */
export function isExternalLinkAllowed(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** The parts of an IPC event the sender check reads (IpcMainInvokeEvent satisfies it). */
export interface IpcSenderLike {
  readonly sender: { readonly id: number; readonly mainFrame: unknown };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * Accept a call only from the top frame of a window the factory created, showing our own page. A subframe (an
 * embedded page), a navigated-away page or a webContents we did not create (devtools, a future popup) is refused:
 * the ledger holds workers' identity numbers and bank accounts.
 */
export function isTrustedSender(event: IpcSenderLike, isOurWebContents: (webContentsId: number) => boolean): boolean {
  const frame = event.senderFrame;
  // null when the frame navigated or was destroyed while the message was in flight
  if (frame === null) return false;
  if (frame.parent !== null || frame !== event.sender.mainFrame) return false;
  if (!isAppUrl(frame.url)) return false;
  return isOurWebContents(event.sender.id);
}

/** Names Windows maps to devices in any folder (reading "CON" would block on the console). */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\..*)?$/i;

/**
 * Maps app://ledger/<path> to a file under rootDir, or null when the request must be refused: another origin,
 * a path that escapes rootDir (../, encoded %2e%2e%2f, backslashes), drive letters and alternate data streams (":"),
 * control characters, Windows device names. "/" and folder paths map to their index.html.
 * pathApi is a parameter so the Windows rules are tested on any machine (path.win32).
 */
export function mapAppUrlToFile(url: string, rootDir: string, pathApi: path.PlatformPath = path): string | null {
  if (!isAppUrl(url)) return null;
  const parsed = parseUrl(url);
  if (parsed === null) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\:]/.test(pathname)) return null;

  const segments = pathname.split('/').filter((segment) => segment !== '');
  for (const segment of segments) {
    if (segment === '.' || segment === '..') return null;
    if (WINDOWS_DEVICE_NAME.test(segment)) return null;
    // Windows silently drops trailing dots and spaces, which would make "index.html." another name for index.html
    if (/[. ]$/.test(segment)) return null;
  }
  if (segments.length === 0) return null;

  const root = pathApi.resolve(rootDir);
  const file = pathApi.resolve(root, ...segments);
  // belt and braces: whatever the checks above missed, never leave the renderer folder
  if (!file.startsWith(root + pathApi.sep)) return null;
  return file;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Content type by extension. Module scripts are refused by Chromium unless served as JavaScript, and we send
 * "nosniff", so the type must be right; unknown files go out as opaque bytes.
 */
export function mimeTypeFor(file: string): string {
  const extension = path.extname(file).toLowerCase();
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** The one permission the app's page gets: writing text to the clipboard (the grids' Ctrl+C). */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}
