import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { PRINT_CONTENT_SECURITY_POLICY, printPageName, type PrintPages } from './print-pages';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, mapAppUrlToFile, mimeTypeFor } from './security';

/**
 * Serves the built renderer (dist/renderer) at app://ledger/. A real origin instead of file:// means the page
 * cannot read other local files, 'self' in the CSP means exactly our bundle, and fetch/ES modules behave as on the web.
 */

/** Must run before app 'ready': Chromium fixes the list of privileged schemes at start-up. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin and relative URLs; secure: counts as https (secure-context APIs, no mixed-content
      // warnings); supportFetchAPI: module scripts and fetch() load from it; codeCache: faster second start.
      // bypassCSP stays false so our own policy applies.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/** A page held for the hidden print window (print-pages.ts), with the no-script policy. */
function printPageResponse(html: string | null): Response {
  if (html === null) return textResponse(404, '找不到要打印的内容');
  return new Response(html, {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
  });
}

/**
 * After 'ready': answers app:// requests from files under rendererDir, with the CSP on every response, and the
 * print window's one-time pages from printPages.
 */
export function serveRenderer(rendererDir: string, printPages: PrintPages): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, '不支持的请求方法');
    if (printPageName(request.url) !== null) return printPageResponse(printPages.take(request.url));
    const file = mapAppUrlToFile(request.url, rendererDir);
    if (file === null) return textResponse(403, '拒绝访问');
    let body: Buffer;
    try {
      // fs reads inside app.asar transparently (Electron patches fs in the main process)
      body = await readFile(file);
    } catch {
      return textResponse(404, '找不到文件');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': mimeTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        // the files change only with a new version of the program; never serve a stale bundle after an update
        'Cache-Control': 'no-cache',
      },
    });
  });
}
