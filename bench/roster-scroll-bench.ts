import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { clueWorkerEntity } from '../shared/domain/clue';
import { launchChromium } from '../tests/e2e/support/browser';
import type { BaselineColumn } from './baseline-grid';
import { startupBackupDone } from './startup-backup';
import { round, summarize, type Timing } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');
const RENDERER_INDEX = path.join(ROOT, 'dist/renderer/index.html');

/**
 * Jump-scrolling a big roster in Chromium: the 欠薪农民工名单 on the clue's own page (the built renderer on a real
 * core process, blocks through the bridge) beside AG Grid's infinite row model in a bare page whose blocks come from
 * one SELECT on the same file over HTTP. Each jump sets the grid's scroll position as a dragged scrollbar does and
 * is timed in the page from the scroll until the rows there are in the DOM with their data (no loading rows left)
 * and two frames later (painted). Each round opens the page afresh, so no block is in the grid's cache; the first
 * round is not counted (it is the first jump after the app opened: the core learns the roster's positions then,
 * reported as `firstJumps`). Run alone on a seeded ledger: `npx tsx bench/roster-scroll-bench.ts <ledger.db> <clueId>`.
 */
const JUMP_SCRIPT = `(() => {
  // the element that scrolls the rows: the tallest scrollable one inside the grid (not AG Grid's hidden measuring box)
  const scroller = (root) => [...root.querySelectorAll('*')].filter((el) => el.clientHeight > 50 && el.scrollHeight > el.clientHeight + 10).sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
  // the grid has taken the roster's full height (the count arrives with the first block)
  window.__benchRosterReady = (rootSelector) => {
    const root = document.querySelector(rootSelector);
    const box = root && scroller(root);
    return Boolean(box && box.scrollHeight > 100 * box.clientHeight);
  };
  window.__benchRosterJump = (rootSelector, targetRow, totalRows) => new Promise((resolve, reject) => {
    const root = document.querySelector(rootSelector);
    if (!root) { reject(new Error('no grid ' + rootSelector)); return; }
    const box = scroller(root);
    if (!box) { reject(new Error('no scrolling element')); return; }
    let settled = false;
    performance.setResourceTimingBufferSize(10000);
    performance.clearResourceTimings();
    const started = performance.now();
    const done = () => {
      const rows = [...root.querySelectorAll('.ag-row[row-index]')];
      const near = rows.filter((row) => Math.abs(Number(row.getAttribute('row-index')) - targetRow) <= 60);
      // loaded and drawn: no row waits for its block, and every row there has its cells, showing the worker's name
      const named = (row) => (row.querySelector('[col-id="name"]')?.textContent ?? '').trim() !== '';
      if (settled || near.length === 0 || rows.some((row) => row.classList.contains('ag-row-loading')) || !near.every(named)) return;
      settled = true;
      observer.disconnect();
      const inDom = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const indexes = rows.map((row) => Number(row.getAttribute('row-index')));
        // the block requests the jump made (the bridge's calls, or the bare page's row requests)
        const fetches = performance.getEntriesByType('resource')
          .filter((r) => r.initiatorType === 'fetch' && r.startTime >= started)
          .map((r) => ({ start: Math.round(r.startTime - started), end: Math.round(r.responseEnd - started), kB: Math.round(r.encodedBodySize / 1024) }));
        const sample = near[0]?.querySelector('[col-id="name"]')?.textContent ?? '';
        resolve({ painted: performance.now() - started, inDom: inDom - started, firstRow: Math.min(...indexes), lastRow: Math.max(...indexes), fetches, sample });
      }));
    };
    const observer = new MutationObserver(done);
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class', 'row-index'] });
    setTimeout(() => {
      if (settled) return;
      observer.disconnect();
      const rows = [...root.querySelectorAll('.ag-row[row-index]')];
      const state = rows.map((row) => row.getAttribute('row-index') + (row.classList.contains('ag-row-loading') ? 'L' : '') + ':' + (row.querySelector('[col-id="name"]')?.textContent ?? '-')).slice(0, 12).join(' ');
      reject(new Error('rows at ' + targetRow + ' not shown within 30 s; scrollTop ' + box.scrollTop + '; rows ' + state));
    }, 30000);
    box.scrollTop = Math.min(1, targetRow / Math.max(1, totalRows - 1)) * (box.scrollHeight - box.clientHeight);
    requestAnimationFrame(done);
  });
})();`;

interface Jump {
  painted: number;
  inDom: number;
  firstRow: number;
  lastRow: number;
  /** the block requests of this jump, in ms from the scroll */
  fetches: { start: number; end: number; kB: number }[];
  /** the name in the first row shown there: proof the rows have their data */
  sample: string;
}

export interface ScrollSide {
  /** per far position (e.g. "row 500000"), the time from the scroll to the rows painted */
  positions: Record<string, Timing>;
  /** every jump of the measured rounds together */
  all: Timing;
  /** the first round (not counted): the first jumps after the page and the core opened */
  firstJumps: Record<string, number>;
  /** where the time went in the last round's jumps: rows in the DOM, painted, and the block requests */
  lastRound: Record<string, Jump>;
}

export interface RosterScrollResult {
  rows: number;
  ours: ScrollSide | null;
  oursSkipped?: string;
  bare: ScrollSide;
}

export interface RosterScrollOptions {
  dbPath: string;
  folder: string;
  clueId: number;
  /** measured rounds (each opens the page afresh and jumps to every position once) */
  runs: number;
}

/** The far positions a clerk drags the scrollbar to; each round moves them a few blocks on, so no block repeats. */
function targets(total: number, round: number): { label: string; row: number }[] {
  const shift = round * 2_500;
  return [
    { label: 'row 500000', row: Math.min(500_000 + shift, total - 1) },
    { label: 'row 900000', row: Math.min(900_000 + shift, total - 1) },
    { label: 'end', row: total - 1 },
  ];
}

async function jump(page: Page, rootSelector: string, row: number, total: number): Promise<Jump> {
  return (await page.evaluate(`window.__benchRosterJump(${JSON.stringify(rootSelector)}, ${row}, ${total})`)) as Jump;
}

/** Opens the page afresh `runs + 1` times and jumps to each far position once per round. */
async function measure(page: Page, open: () => Promise<void>, rootSelector: string, total: number, runs: number): Promise<ScrollSide> {
  const samples: Record<string, number[]> = {};
  const firstJumps: Record<string, number> = {};
  const lastRound: Record<string, Jump> = {};
  for (let round = 0; round <= runs; round++) {
    await open();
    for (let waited = 0; !(await page.evaluate(`window.__benchRosterReady(${JSON.stringify(rootSelector)})`)); waited += 100) {
      if (waited > 30_000) throw new Error('the roster grid did not take its full height within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // the page's own start-up calls settle first
    for (const target of targets(total, round)) {
      // AG Grid follows the scroll events of one of its two scrolling elements (the scrollbar's and the rows') until
      // 150 ms after the last, and moves the other itself; a jump set while the other one is still followed would be
      // ignored, so the grid's own scrolling after the previous jump settles first (not part of the timing)
      await new Promise((resolve) => setTimeout(resolve, 500));
      const result = await jump(page, rootSelector, target.row, total);
      if (result.firstRow > target.row || result.lastRow < Math.min(target.row, total - 1)) {
        throw new Error(`jump to ${target.row} showed rows ${result.firstRow}–${result.lastRow}`);
      }
      if (round === 0) firstJumps[target.label] = round2(result.painted);
      else (samples[target.label] ??= []).push(result.painted);
      if (round === runs) lastRound[target.label] = { ...result, painted: round2(result.painted), inDom: round2(result.inDom) };
    }
  }
  const positions = Object.fromEntries(Object.entries(samples).map(([label, values]) => [label, summarize(values)]));
  return { positions, all: summarize(Object.values(samples).flat()), firstJumps, lastRound };
}

/** The rows per block request of the app's roster (renderer/features/clues/roster/rosterDatasource.ts); the bare page
 *  asks for blocks of the same size, so both move the same rows for a jump. */
const ROSTER_BLOCK = 100;

const round2 = (ms: number) => round(ms, 1);

/** The bare page: bench/baseline-roster.ts bundled, the roster's columns, and the rows endpoint on the same file. */
async function serveBareRoster(folder: string, dbPath: string, clueId: number, total: number): Promise<{ url: string; close(): Promise<void> }> {
  const dir = path.join(folder, 'baseline-roster');
  fs.mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'bench/baseline-roster.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    outfile: path.join(dir, 'baseline.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  // the same height as the app's roster grid (460 px at most)
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>AG Grid infinite baseline</title>' +
      '<style>html,body{margin:0}#grid{height:460px}</style></head>' +
      '<body><div id="grid"></div><script type="module" src="./baseline.js"></script></body></html>',
  );
  const columns: BaselineColumn[] = clueWorkerEntity.fields.map((field) => ({ field: field.key, headerName: field.label, width: field.width ?? 120, type: field.type }));
  fs.writeFileSync(path.join(dir, 'columns.json'), JSON.stringify(columns));
  fs.writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ total, block: ROSTER_BLOCK }));

  const db = new Database(dbPath, { readonly: true });
  const select = 'SELECT id, name, id_number AS idNumber, phone, amount_owed AS amountOwed, amount_paid AS amountPaid, paid_date AS paidDate, note FROM clue_workers WHERE clue_id = ? AND deleted_at IS NULL';
  const after = db.prepare(`${select} AND id > ? ORDER BY id LIMIT ${ROSTER_BLOCK}`);
  const offset = db.prepare(`${select} ORDER BY id LIMIT ${ROSTER_BLOCK} OFFSET ?`);
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/rows') {
      const rows = url.searchParams.has('after') ? after.all(clueId, Number(url.searchParams.get('after'))) : offset.all(clueId, Number(url.searchParams.get('offset')));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows));
      return;
    }
    const file = path.join(dir, path.basename(url.pathname) || 'index.html');
    if (!fs.existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/index.html`,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          db.close();
          resolve();
        }),
      ),
  };
}

export async function benchRosterScroll({ dbPath, folder, clueId, runs }: RosterScrollOptions): Promise<RosterScrollResult> {
  const counted = new Database(dbPath, { readonly: true });
  const total = (counted.prepare('SELECT count(*) AS n FROM clue_workers WHERE clue_id = ? AND deleted_at IS NULL').get(clueId) as { n: number }).n;
  counted.close();

  const bareServer = await serveBareRoster(folder, dbPath, clueId, total);
  let bare: ScrollSide;
  const browser = await launchChromium();
  try {
    await browser.context.addInitScript({ content: JUMP_SCRIPT });
    const page = await browser.context.newPage();
    const open = async () => {
      await page.goto('about:blank');
      await page.goto(bareServer.url);
      await page.locator('#grid .ag-row[row-index="0"]:not(.ag-row-loading)').first().waitFor({ timeout: 60_000 });
    };
    bare = await measure(page, open, '#grid', total, runs);
  } finally {
    await browser.close();
    await bareServer.close();
  }

  if (!fs.existsSync(RENDERER_INDEX)) return { rows: total, ours: null, oursSkipped: 'dist/renderer 不存在：先运行 npm run build', bare };
  const { launchApp } = await import('../tests/e2e/support/app');
  const launchedAt = new Date();
  const app = await launchApp({ dbPath });
  try {
    await startupBackupDone(app.core, launchedAt);
    await app.page.context().addInitScript({ content: JUMP_SCRIPT });
    const url = `${new URL(app.page.url()).origin}/#/clues/${clueId}`;
    const grid = '[data-testid="roster-grid"]';
    const open = async () => {
      await app.page.goto('about:blank');
      await app.page.goto(url);
      await app.page.locator(`${grid} .ag-row[row-index="0"]:not(.ag-row-loading)`).first().waitFor({ timeout: 60_000 });
    };
    const ours = await measure(app.page, open, grid, total, runs);
    return { rows: total, ours, bare };
  } finally {
    await app.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dbPath, clueId] = process.argv.slice(2);
  if (!dbPath || !clueId) throw new Error('usage: npx tsx bench/roster-scroll-bench.ts <ledger.db> <clueId>');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-roster-scroll-'));
  try {
    const result = await benchRosterScroll({ dbPath, folder, clueId: Number(clueId), runs: Number(process.env['BENCH_SCROLL_RUNS'] ?? 5) });
    console.log(JSON.stringify(result, null, 2));
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
