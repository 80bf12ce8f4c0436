import type { GridApi } from 'ag-grid-community';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { ROSTER_BLOCK, type RosterDatasource } from './rosterDatasource';

/**
 * When the clerk drags the scrollbar far (more than half a block), asks for the rows that will be shown straight
 * from the browser's scroll event, without waiting for AG Grid: the grid handles the scroll in the next animation
 * frame, draws empty rows, and only then (after a timer) asks its datasource — on a busy 2-core PC that wait is
 * as long as the request itself. The grid later takes these rows from the datasource instead of asking again.
 * AG Grid maps a scroll range taller than the browser allows proportionally (rows × row height onto the viewport's
 * scroll height), and so does this. Answers the function that stops watching.
 */
export function prefetchOnFarJumps(gridElement: HTMLElement, api: GridApi<LedgerRecord>, datasource: RosterDatasource): () => void {
  let lastTop = 0;
  // scroll events do not bubble, but pass the grid's element when captured: the scrollbar the clerk drags is AG
  // Grid's own vertical scroller, which moves the rows' viewport only in its handler (and so a frame later)
  const onScroll = (event: Event) => {
    const scroller = event.target;
    if (!(scroller instanceof HTMLElement) || scroller.scrollHeight < 2 * scroller.clientHeight) return; // not a vertical scroller
    const top = scroller.scrollTop;
    const moved = Math.abs(top - lastTop);
    lastTop = top;
    const rowHeight = api.getSizesForCurrentTheme().rowHeight;
    const rows = api.getDisplayedRowCount();
    const maxScroll = scroller.scrollHeight - scroller.clientHeight;
    if (moved < (ROSTER_BLOCK * rowHeight) / 2 || maxScroll <= 0 || rows === 0) return;
    const modelTop = (top / maxScroll) * Math.max(0, rows * rowHeight - scroller.clientHeight);
    const first = Math.floor(modelTop / rowHeight);
    const buffer = api.getGridOption('rowBuffer') ?? 10;
    const last = first + Math.ceil(scroller.clientHeight / rowHeight);
    datasource.prefetch(Math.max(0, first - buffer), Math.min(rows - 1, last + buffer));
  };
  gridElement.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return () => gridElement.removeEventListener('scroll', onScroll, { capture: true });
}
