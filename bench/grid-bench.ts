import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { EntityDef } from '../shared/domain/field';
import { launchChromium } from '../tests/e2e/support/browser';
import type { BaselineColumn } from './baseline-grid';
import { startupBackupDone } from './startup-backup';
import { round, summarize, type Timing } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const RENDERER_INDEX = path.join(ROOT, 'dist/renderer/index.html');

/**
 * Installed before any page script: notes when the first AG Grid row enters the DOM, then waits two animation
 * frames (the frame that paints it has then been produced) and records performance.now(), which counts from the
 * navigation start.
 */
const FIRST_ROWS_SCRIPT = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.ag-row')) return;
    observer.disconnect();
    const inDom = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const painted = performance.now();
      const nav = performance.getEntriesByType('navigation')[0];
      const fetches = performance.getEntriesByType('resource')
        .filter((r) => r.initiatorType === 'fetch')
        .map((r) => ({ url: new URL(r.name).pathname, start: Math.round(r.startTime), end: Math.round(r.responseEnd), kB: Math.round(r.encodedBodySize / 1024) }))
        .sort((a, b) => b.kB - a.kB)
        .slice(0, 3);
      window.__benchFirstRows = {
        inDom, painted, rows: document.querySelectorAll('.ag-row').length,
        breakdown: { domContentLoaded: nav ? Math.round(nav.domContentLoadedEventEnd) : null, largestFetches: fetches, rowsInDom: Math.round(inDom) },
      };
    }));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface FirstRows {
  inDom: number;
  painted: number;
  rows: number;
  /** where the time went in one run: page loaded, the data fetched (largest fetches), rows in the DOM */
  breakdown: Record<string, unknown>;
}

export interface GridSide {
  timing: Timing;
  firstRun: number;
  rowsInDom: number;
  lastRunBreakdown: Record<string, unknown>;
}

export interface GridResult {
  ours: GridSide | null;
  /** why ours was not measured */
  oursSkipped?: string;
  bare: GridSide;
}

/**
 * Polls from outside the page (the app's CSP forbids the eval that waitForFunction would run inside it); the time
 * itself is taken in the page, so the polling interval does not affect it.
 */
async function waitForFirstRows(page: Page): Promise<FirstRows> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const first = (await page.evaluate('window.__benchFirstRows')) as FirstRows | undefined;
    if (first) return first;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no grid rows appeared within 120 s');
}

/** dist/renderer may be rebuilt while the bench runs (the files vanish for a moment): try a navigation again. */
async function withRetries<T>(attempt: () => Promise<T>, tries = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
  }
}

/** Quiet time before each navigation (the same for ours and the bare page). */
const SETTLE_MS = 2_000;

/** Navigates afresh `runs + 1` times (the first warms caches and is not counted) and times the first rows. */
async function measure(page: Page, url: string, runs: number): Promise<GridSide> {
  const painted: number[] = [];
  let last: FirstRows | null = null;
  for (let i = 0; i <= runs; i++) {
    const first = await withRetries(async () => {
      await page.goto('about:blank');
      // an opening, not a race with the page just left: its last call (a chunk of up to 2,000 rows) is let finish
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      await page.goto(url, { waitUntil: 'commit' });
      return waitForFirstRows(page);
    });
    last = first;
    if (i > 0) painted.push(first.painted);
  }
  return { timing: summarize(painted), firstRun: round(painted[0] ?? 0, 1), rowsInDom: last?.rows ?? 0, lastRunBreakdown: last?.breakdown ?? {} };
}

/** The bare AG Grid page: bench/baseline-grid.ts bundled, an HTML page, the columns and the rows as JSON, served over HTTP. */
export async function serveBaseline(folder: string, entity: EntityDef, rows: readonly unknown[]): Promise<{ url: string; close(): Promise<void> }> {
  const dir = path.join(folder, `baseline-${entity.name}`);
  fs.mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'bench/baseline-grid.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    outfile: path.join(dir, 'baseline.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>AG Grid baseline</title>' +
      '<style>html,body{margin:0;height:100%}#grid{height:100vh}</style></head>' +
      '<body><div id="grid"></div><script type="module" src="./baseline.js"></script></body></html>',
  );
  fs.writeFileSync(path.join(dir, 'rows.json'), JSON.stringify(rows));
  const columns: BaselineColumn[] = entity.fields
    .filter((field) => !field.hiddenInGrid)
    .map((field) => ({ field: field.key, headerName: field.label, width: field.width ?? 120, type: field.type }));
  fs.writeFileSync(path.join(dir, 'columns.json'), JSON.stringify(columns));
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };
  const server = http.createServer((request, response) => {
    const name = path.basename(new URL(request.url ?? '/', 'http://localhost').pathname) || 'index.html';
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    // the script may be kept, compiled code and all, as the app's hashed assets are (tests/e2e/support/host.ts);
    // the rows are fetched afresh each time, as ours come from the core each time
    const cacheControl = name === 'baseline.js' ? 'public, max-age=31536000, immutable' : 'no-cache';
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': cacheControl });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/index.html`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface GridBenchOptions {
  dbPath: string;
  /** the page's hash route, e.g. 'projects' (项目台账) or 'clues' (线索台账) */
  route: string;
  /** the catalog entity the grid shows: the baseline gets its visible columns */
  entity: EntityDef;
  /** the records the page shows first, as the core returns them: the baseline gets exactly these */
  rows: readonly unknown[];
  folder: string;
  runs: number;
  /** text the built renderer must contain for the page to exist (e.g. its title); ours is skipped without it */
  pageMarker?: string;
}

/**
 * A ledger grid in the built renderer, on a real core process over the seeded ledger, beside the bare page with the
 * same rows, in the same Chromium.
 */
export async function benchGrid({ dbPath, route, entity, rows, folder, runs, pageMarker }: GridBenchOptions): Promise<GridResult> {
  const baseline = await serveBaseline(folder, entity, rows);
  const browser = await launchChromium();
  let bare: GridSide;
  try {
    await browser.context.addInitScript({ content: FIRST_ROWS_SCRIPT });
    const page = await browser.context.newPage();
    bare = await measure(page, baseline.url, runs);
  } finally {
    await browser.close();
    await baseline.close();
  }

  if (!fs.existsSync(RENDERER_INDEX)) return { ours: null, oursSkipped: 'dist/renderer 不存在：先运行 npm run build', bare };
  if (pageMarker && !rendererContains(pageMarker)) {
    return { ours: null, oursSkipped: `TODO：dist/renderer 里还没有“${pageMarker}”页面（#/${route}）；页面完成后运行 npm run build，再运行 npm run bench`, bare };
  }
  const { launchApp } = await import('../tests/e2e/support/app');
  const launchedAt = new Date();
  const app = await launchApp({ dbPath });
  try {
    await startupBackupDone(app.core, launchedAt);
    await app.page.context().addInitScript({ content: FIRST_ROWS_SCRIPT });
    const pageUrl = `${new URL(app.page.url()).origin}/#/${route}`;
    const ours = await measure(app.page, pageUrl, runs);
    return { ours, bare };
  } finally {
    await app.close();
  }
}

/** Whether the built renderer's scripts contain `text` (a page that is not built yet cannot be measured). */
function rendererContains(text: string): boolean {
  const assets = path.join(path.dirname(RENDERER_INDEX), 'assets');
  if (!fs.existsSync(assets)) return false;
  return fs.readdirSync(assets).some((name) => name.endsWith('.js') && fs.readFileSync(path.join(assets, name), 'utf8').includes(text));
}
