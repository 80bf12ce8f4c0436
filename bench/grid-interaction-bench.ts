import type { Page } from 'playwright-core';
import type { EntityDef } from '../shared/domain/field';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveBaseline } from './grid-bench';
import { startupBackupDone } from './startup-backup';
import { summarize, type Timing } from './stats';

/**
 * Sorting and filtering the whole clue ledger in Chromium, once every row is in the grid: ours is the 线索台账 page
 * (全部 view) on a real core; bare is AG Grid's client-side row model given the same records. Each action is timed
 * inside the page, from the click or the keystroke until two animation frames after the grid has the new order or
 * the new row count (the frame that paints it has then been produced).
 */

export interface InteractionSide {
  sort: Timing;
  filter: Timing;
  rows: number;
}

export interface InteractionResult {
  ours: InteractionSide | null;
  oursSkipped?: string;
  bare: InteractionSide;
}

const SORT_COLUMN = 'receivedDate';

/*
 * The in-page timers are plain JavaScript strings: a function passed to page.evaluate would be compiled by tsx, which
 * names arrow functions with a helper the page does not have.
 */
const FRAME = 'const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));';

/** Clicks a header and waits until the grid shows the new sort (aria-sort changes), then two frames. */
async function timeSortClick(page: Page, colId: string): Promise<number> {
  return (await page.evaluate(`(async (col) => {
    ${FRAME}
    const header = document.querySelector('.ag-header-cell[col-id="' + col + '"]');
    const label = header && header.querySelector('.ag-header-cell-label');
    if (!label) throw new Error('no header ' + col);
    const before = header.getAttribute('aria-sort');
    const started = performance.now();
    label.click();
    while (header.getAttribute('aria-sort') === before && performance.now() - started < 30000) await frame();
    await frame();
    await frame();
    return performance.now() - started;
  })(${JSON.stringify(colId)})`)) as number;
}

/** Types a query into 搜索 (as one input event) and waits until the filtered count changes, then two frames. */
async function timeOurSearch(page: Page, query: string): Promise<number> {
  return (await page.evaluate(`(async (text) => {
    ${FRAME}
    const marked = document.querySelector('[data-testid="toolbar-search"]');
    const input = marked && marked.tagName === 'INPUT' ? marked : marked && marked.querySelector('input');
    if (!input) throw new Error('no search box');
    const count = () => { const el = document.querySelector('[data-testid="grid-count-filtered"]'); return el ? el.textContent : ''; };
    const before = count();
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const started = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (count() === before && performance.now() - started < 30000) await frame();
    await frame();
    await frame();
    return performance.now() - started;
  })(${JSON.stringify(query)})`)) as number;
}

async function timeBareSearch(page: Page, query: string): Promise<number> {
  return (await page.evaluate(`(async (text) => {
    ${FRAME}
    const started = performance.now();
    __benchQuickFilter(text);
    await frame();
    await frame();
    return performance.now() - started;
  })(${JSON.stringify(query)})`)) as number;
}

/**
 * Search words that each leave a part of the ledger (a township's clues), so every search and every clear changes
 * the row count — the timer's signal that the grid has finished.
 */
function searchWords(rows: readonly unknown[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const township = String((row as Record<string, unknown>)['township'] ?? '');
    if (township) counts.set(township, (counts.get(township) ?? 0) + 1);
  }
  const words = [...counts].filter(([, n]) => n < rows.length * 0.5).sort((a, b) => b[1] - a[1]).map(([name]) => name);
  if (words.length === 0) throw new Error('no township leaves part of the ledger to search for');
  return words.slice(0, 3);
}

async function measure(page: Page, search: (query: string) => Promise<number>, runs: number, rows: number, words: string[]): Promise<InteractionSide> {
  // a warm-up of each (the first search also builds the grid's cached search texts)
  await timeSortClick(page, SORT_COLUMN);
  await search(words[0] ?? '');
  await search('');
  const sorts: number[] = [];
  const filters: number[] = [];
  for (let i = 0; i < runs; i++) sorts.push(await timeSortClick(page, SORT_COLUMN));
  for (let i = 0; i < runs; i++) filters.push(await search(words[i % words.length] ?? ''), await search(''));
  // the clears are timed too: showing every row again is as much a filter as hiding most of them
  return { sort: summarize(sorts), filter: summarize(filters), rows };
}

export async function benchGridInteraction(options: { dbPath: string; folder: string; entity: EntityDef; rows: readonly unknown[]; runs: number }): Promise<InteractionResult> {
  const words = searchWords(options.rows);
  const baseline = await serveBaseline(options.folder, options.entity, options.rows);
  const browser = await launchChromium();
  let bare: InteractionSide;
  try {
    const page = await browser.context.newPage();
    await page.goto(baseline.url);
    await page.locator('.ag-row').first().waitFor({ timeout: 120_000 });
    bare = await measure(page, (query) => timeBareSearch(page, query), options.runs, options.rows.length, words);
  } finally {
    await browser.close();
    await baseline.close();
  }

  const { launchApp } = await import('../tests/e2e/support/app');
  const launchedAt = new Date();
  const app = await launchApp({ dbPath: options.dbPath });
  try {
    await startupBackupDone(app.core, launchedAt);
    const page = app.page;
    await page.goto(`${new URL(page.url()).origin}/#/clues?view=all`);
    await page.getByTestId('grid-loading-more').waitFor({ timeout: 60_000 });
    await page.getByTestId('grid-loading-more').waitFor({ state: 'detached', timeout: 600_000 });
    // the count follows the last chunk one render later: wait until it has stood still for a second
    const countNow = async () => Number((await page.getByTestId('grid-count-total').textContent())?.replace(/\D/g, '') ?? 0);
    let total = await countNow();
    for (let still = 0; still < 10; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const next = await countNow();
      still = next === total ? still + 1 : 0;
      total = next;
    }
    const ours = await measure(page, (query) => timeOurSearch(page, query), options.runs, total, words);
    return { ours, bare };
  } catch (error) {
    return { ours: null, oursSkipped: error instanceof Error ? error.message : String(error), bare };
  } finally {
    await app.close();
  }
}
