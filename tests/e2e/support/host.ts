import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isBridgeMethodName, isShellMethodName } from '../../../shared/contract';
import { refusedPath } from '../../../electron/shell/path-guard';
import type { CoreProcess } from './core-process';
import type { ShellDouble } from './shell-double';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../../dist/renderer');
export const CALL_PATH = '/__ledger/call';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The same policy the shell sends with app:// pages. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * Stands in for the shell in tests: serves the built renderer on 127.0.0.1 and forwards bridge calls (POST
 * CALL_PATH with { method, input }) to a real core process, as the shell's one IPC channel does; shell.* methods go
 * to the shell double.
 */
export async function startHost(core: CoreProcess, shell: ShellDouble): Promise<{ url: string; close(): Promise<void> }> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('dist/renderer/index.html is missing: run `npm run build` before the end-to-end tests');
  }
  const server = http.createServer((request, response) => {
    if (request.method === 'POST' && request.url === CALL_PATH) {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const { method, input } = JSON.parse(body) as { method: string; input: unknown };
        // the real shell refuses a path no dialog answered before anything runs (electron/shell/path-guard.ts)
        const refused = isBridgeMethodName(method) ? refusedPath(method, input, shell.chosen) : null;
        const answer = refused ? Promise.resolve({ ok: false, error: refused }) : isShellMethodName(method) ? shell.call(method, input) : core.call(method, input);
        void answer.then((result) => {
          response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          response.end(JSON.stringify(result));
        });
      });
      return;
    }
    serveStatic(request.url ?? '/', response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('host: no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function serveStatic(url: string, response: http.ServerResponse): void {
  const pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(RENDERER_DIR, relative);
  if (!file.startsWith(RENDERER_DIR + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'cache-control': cacheControl(relative) });
  fs.createReadStream(file).pipe(response);
}

/**
 * Vite names every file under assets/ by its content, so Chromium may keep them (and the compiled code of the
 * scripts, as the app's own scheme does with codeCache: true); index.html is asked for again every time.
 */
function cacheControl(relative: string): string {
  return relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
