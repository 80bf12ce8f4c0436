import type { Locator } from 'playwright-core';

/**
 * A cell of a ledger grid, scrolled into view first. The grids render only the columns on screen (column
 * virtualisation keeps the first page fast with forty-odd columns), so a cell far to the right exists in the page only
 * once the clerk has scrolled to it — which is what this does, a screen at a time, from the left edge.
 */
export async function gridCell(grid: Locator, rowSelector: string, colId: string, timeoutMs = 10_000): Promise<Locator> {
  const cell = grid.locator(`${rowSelector} [col-id="${colId}"]`);
  const viewport = grid.locator('.ag-body-horizontal-scroll-viewport').first();
  const deadline = Date.now() + timeoutMs;
  await grid.locator(rowSelector).first().waitFor({ timeout: timeoutMs });
  let scrolledToStart = false;
  while (Date.now() < deadline) {
    if ((await cell.count()) > 0) return cell.first();
    const moved = await viewport.evaluate((element, fromStart) => {
      const el = element as unknown as { scrollLeft: number; clientWidth: number; scrollWidth: number };
      const before = fromStart ? 0 : el.scrollLeft;
      el.scrollLeft = fromStart ? 0 : Math.min(el.scrollWidth, el.scrollLeft + el.clientWidth * 0.8);
      return fromStart || el.scrollLeft !== before;
    }, !scrolledToStart);
    scrolledToStart = true;
    if (!moved) {
      // at the right edge without the column: it is hidden, or not drawn yet; start over from the left
      scrolledToStart = false;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`表格中找不到列 ${colId}（${rowSelector}）`);
}

/**
 * The texts of every displayed column header in screen order, checkbox column left out. Headers off screen are not
 * in the page (column virtualisation), so the grid is scrolled across once and the headers are ordered by their
 * aria-colindex.
 */
export async function gridHeaderTexts(grid: Locator): Promise<string[]> {
  const viewport = grid.locator('.ag-body-horizontal-scroll-viewport').first();
  const headers = grid.locator('.ag-header-row-column .ag-header-cell');
  const seen = new Map<number, string>();
  // typed by hand: the tests are compiled without the DOM library
  type HeaderCell = { getAttribute(name: string): string | null; querySelector(selector: string): { textContent: string | null } | null };
  const shownHeaders = async () =>
    JSON.stringify(
      await headers.evaluateAll((cells) =>
        (cells as unknown as HeaderCell[]).map((cell) => [Number(cell.getAttribute('aria-colindex')), (cell.querySelector('.ag-header-cell-text')?.textContent ?? '').trim()] as const),
      ),
    );
  /**
   * The headers once the grid has drawn them for the new scroll position: AG Grid redraws them in an animation frame
   * after the scroll event, later still on a busy machine, so they are read until two reads a frame apart agree.
   */
  const settledHeaders = async (): Promise<[number, string][]> => {
    let before = await shownHeaders();
    for (;;) {
      await viewport.evaluate(() => {
        const { requestAnimationFrame: nextFrame } = globalThis as unknown as { requestAnimationFrame(callback: () => void): number };
        return new Promise<void>((resolve) => nextFrame(() => nextFrame(resolve)));
      });
      const now = await shownHeaders();
      if (now === before) return JSON.parse(now) as [number, string][];
      before = now;
    }
  };
  await viewport.evaluate((element) => ((element as unknown as { scrollLeft: number }).scrollLeft = 0));
  for (let step = 0; step < 100; step++) {
    for (const [index, text] of await settledHeaders()) {
      if (text !== '') seen.set(index, text);
    }
    const moved = await viewport.evaluate((element) => {
      const el = element as unknown as { scrollLeft: number; clientWidth: number };
      const before = el.scrollLeft;
      el.scrollLeft += el.clientWidth * 0.8;
      return el.scrollLeft !== before;
    });
    if (!moved) break;
  }
  await viewport.evaluate((element) => ((element as unknown as { scrollLeft: number }).scrollLeft = 0));
  return [...seen].sort(([a], [b]) => a - b).map(([, text]) => text);
}
