/**
 * The first grid page goes first. The core answers one call at a time, so anything a page does not need to draw its
 * first rows (the nav badges, the project-name pick list, the ledger file's record counts) waits until those rows are
 * on screen — or a short while, on pages without a grid.
 */

/** On a page without a grid, the deferred calls go after this long. */
const AT_THE_LATEST_MS = 1_200;
/** Code fetched once the window is idle after the first page is fetched after this long even if it never is. */
const IDLE_AT_THE_LATEST_MS = 3_000;

let shown = false;
const waiting: (() => void)[] = [];

/** Called once the first rows of a page are in state (usePagedRows); releases every deferred call. */
export function markFirstPageShown(): void {
  if (shown) return;
  shown = true;
  for (const release of waiting.splice(0)) release();
}

/** Resolves when the first page of the window's first grid is shown, or after AT_THE_LATEST_MS. */
export function afterFirstPage(): Promise<void> {
  if (shown) return Promise.resolve();
  return new Promise((resolve) => {
    waiting.push(resolve);
    setTimeout(resolve, AT_THE_LATEST_MS);
  });
}

/**
 * After the first page, once the window has nothing else to do: for code the clerk may need soon but the first rows
 * do not (the record form, pinyin for the search). Loaded earlier, its evaluation on the main thread could fall
 * between the first rows entering the page and their paint.
 */
export function idleAfterFirstPage(): Promise<void> {
  return afterFirstPage().then(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: IDLE_AT_THE_LATEST_MS })));
}
