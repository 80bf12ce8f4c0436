import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { AuditFilter } from '../../../shared/contract/audit';
import type { AuditEntry } from '../../../shared/contract/system';
import { api } from '../../api/client';

/** Rows per request: the grid asks for blocks of this size as the clerk scrolls; the log itself is never sent whole. */
export const AUDIT_BLOCK = 200;

/**
 * AG Grid's infinite row model asks by position; the core pages by id (newest first, before id N). Each block keeps
 * the id it ended at, so the next block continues from there; a jump ahead walks forward block by block.
 * `total` (from audit.count) sizes the scrollbar at once.
 */
export function auditDatasource(filter: AuditFilter, total: () => number | null): IDatasource {
  const cursorAfterBlock: Array<number | null> = [];

  const fetchBlock = async (block: number): Promise<AuditEntry[]> => {
    const before = block === 0 ? null : await cursorBefore(block);
    if (before === undefined) return [];
    const page = await api().audit.page({ filter, before, limit: AUDIT_BLOCK });
    cursorAfterBlock[block] = page.nextCursor;
    return page.rows;
  };

  /** The id the block starts before; undefined when the log ended earlier. */
  const cursorBefore = async (block: number): Promise<number | null | undefined> => {
    if (!(block - 1 in cursorAfterBlock)) await fetchBlock(block - 1);
    return cursorAfterBlock[block - 1] ?? undefined;
  };

  return {
    getRows(params: IGetRowsParams) {
      const block = Math.floor(params.startRow / AUDIT_BLOCK);
      fetchBlock(block).then(
        (rows) => {
          const end = params.startRow + rows.length;
          const known = total();
          params.successCallback(rows, rows.length < AUDIT_BLOCK ? end : known !== null && known > end ? known : -1);
        },
        () => params.failCallback(),
      );
    },
  };
}
