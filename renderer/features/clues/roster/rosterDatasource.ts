import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { api } from '../../../api/client';

/** Rows per request: a screen or two of rows, so a 10,000-worker roster is never fetched whole. */
export const ROSTER_BLOCK = 500;

/**
 * AG Grid's infinite row model asks for rows by position (rows 500–999); the core pages by id (after id N). Each
 * block remembers its last id so the next block starts after it; a block asked for before the one in front of it
 * was loaded (a jump with the scrollbar) walks forward from the last known block.
 * `expectedTotal` is the roster count from the clue's totals: it gives the scrollbar its full height at once.
 */
export function rosterDatasource(clueId: number, expectedTotal: () => number | null): IDatasource {
  const lastIdOfBlock: number[] = [];

  const fetchBlock = async (block: number): Promise<LedgerRecord[]> => {
    const afterId = block === 0 ? 0 : await lastIdBefore(block);
    const rows = await api().clueWorkers.list({ clueId, afterId, limit: ROSTER_BLOCK });
    const last = rows[rows.length - 1];
    if (last) lastIdOfBlock[block] = last.id;
    return rows;
  };

  const lastIdBefore = async (block: number): Promise<number> => {
    const known = lastIdOfBlock[block - 1];
    if (known !== undefined) return known;
    const rows = await fetchBlock(block - 1);
    return rows[rows.length - 1]?.id ?? Number.MAX_SAFE_INTEGER; // past the end: the block is empty
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
