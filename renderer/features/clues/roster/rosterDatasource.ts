import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { api } from '../../../api/client';

/** Rows per request: about eight screens (the grid shows a dozen rows); a jump far into a 1,000,000-row roster
 *  waits for one or two such blocks, and 100 rows come across the bridge and into the grid much faster than 500. */
export const ROSTER_BLOCK = 100;

/** A block asked for ahead of the grid is used only this soon: later it may predate an edit. */
const PREFETCH_FRESH_MS = 2_000;

export interface RosterDatasource extends IDatasource {
  /**
   * Starts reading the blocks holding rows `first`–`last` now, before the grid asks for them. AG Grid asks for a
   * block only after it has drawn the empty rows of a jump (a frame, then a timer), which on a slow PC is most of
   * what a far jump waits for; the scroll event already tells where the rows will be.
   */
  prefetch(first: number, last: number): void;
}

/**
 * AG Grid's infinite row model asks for rows by position (rows 500–599). The next block while scrolling is asked
 * for after the last id of the block before it (keyset paging); a block far from any loaded one (a jump with the
 * scrollbar to row 900,000) is asked for by its position, which the core finds without reading the rows before it.
 * `expectedTotal` is the roster count from the clue's totals: it gives the scrollbar its full height at once.
 */
export function rosterDatasource(clueId: number, expectedTotal: () => number | null): RosterDatasource {
  const lastIdOfBlock: number[] = [];
  const prefetched = new Map<number, { at: number; rows: Promise<LedgerRecord[]> }>();

  const fetchBlock = async (block: number): Promise<LedgerRecord[]> => {
    const before = block === 0 ? 0 : lastIdOfBlock[block - 1];
    const page = before !== undefined ? { afterId: before } : { position: block * ROSTER_BLOCK };
    const rows = await api().clueWorkers.list({ clueId, ...page, limit: ROSTER_BLOCK });
    const last = rows[rows.length - 1];
    if (last) lastIdOfBlock[block] = last.id;
    return rows;
  };

  const takePrefetched = (block: number): Promise<LedgerRecord[]> | null => {
    const entry = prefetched.get(block);
    prefetched.delete(block);
    return entry && performance.now() - entry.at < PREFETCH_FRESH_MS ? entry.rows : null;
  };

  return {
    prefetch(first, last) {
      const now = performance.now();
      for (const [block, entry] of prefetched) if (now - entry.at >= PREFETCH_FRESH_MS) prefetched.delete(block);
      for (let block = Math.max(0, Math.floor(first / ROSTER_BLOCK)); block <= Math.floor(last / ROSTER_BLOCK); block++) {
        if (prefetched.has(block)) continue;
        const rows = fetchBlock(block);
        rows.catch(() => prefetched.delete(block)); // the grid's own request then tries again
        prefetched.set(block, { at: now, rows });
      }
    },
    getRows(params: IGetRowsParams) {
      const block = Math.floor(params.startRow / ROSTER_BLOCK);
      (takePrefetched(block) ?? fetchBlock(block)).then(
        (rows) => {
          const end = params.startRow + rows.length;
          const total = expectedTotal();
          const lastRow = rows.length < ROSTER_BLOCK ? end : total !== null && total > end ? total : -1;
          params.successCallback(rows, lastRow);
        },
        () => params.failCallback(),
      );
    },
  };
}
