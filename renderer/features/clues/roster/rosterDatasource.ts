import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { api } from '../../../api/client';

/** Rows per request: about five screens (the grid shows a dozen rows); a jump far into a 1,000,000-row roster
 *  waits for one or two such blocks, and 100 rows come across the bridge and into the grid much faster than 500. */
export const ROSTER_BLOCK = 100;

/**
 * AG Grid's infinite row model asks for rows by position (rows 500–999). The next block while scrolling is asked
 * for after the last id of the block before it (keyset paging); a block far from any loaded one (a jump with the
 * scrollbar to row 900,000) is asked for by its position, which the core finds without reading the rows before it.
 * `expectedTotal` is the roster count from the clue's totals: it gives the scrollbar its full height at once.
 */
export function rosterDatasource(clueId: number, expectedTotal: () => number | null): IDatasource {
  const lastIdOfBlock: number[] = [];

  const fetchBlock = async (block: number): Promise<LedgerRecord[]> => {
    const before = block === 0 ? 0 : lastIdOfBlock[block - 1];
    const page = before !== undefined ? { afterId: before } : { position: block * ROSTER_BLOCK };
    const rows = await api().clueWorkers.list({ clueId, ...page, limit: ROSTER_BLOCK });
    const last = rows[rows.length - 1];
    if (last) lastIdOfBlock[block] = last.id;
    return rows;
  };

  return {
    getRows(params: IGetRowsParams) {
      const block = Math.floor(params.startRow / ROSTER_BLOCK);
      fetchBlock(block).then(
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
