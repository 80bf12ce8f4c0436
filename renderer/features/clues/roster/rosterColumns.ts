import type { ColDef } from 'ag-grid-community';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { clueWorkerEntity } from '../../../../shared/domain/clue';
import { buildColumnDefs, readOnlyColumns } from '../../../components/ledger-grid/columnDefs';
import { RosterActionsCell, RosterIdCell } from './rosterCells';

/**
 * The catalog's worker columns, without sorting and filters: rows come page by page in id order from the core, so
 * a sort or filter here would only apply to the rows already loaded and would mislead. An account that may only read
 * gets neither in-place editing nor the 操作 column.
 */
export function rosterColumns(writable: boolean): ColDef<LedgerRecord>[] {
  const seq: ColDef<LedgerRecord> = {
    colId: 'seq',
    headerName: '序号',
    width: 70,
    pinned: 'left',
    valueGetter: (params) => (params.node?.rowIndex ?? 0) + 1,
    cellClass: 'ledger-cell-readonly',
  };
  const fields = buildColumnDefs(clueWorkerEntity).map((col) => ({
    ...col,
    sortable: false,
    filter: false,
    floatingFilter: false,
    ...(col.colId === 'idNumber' ? { cellRenderer: RosterIdCell, initialWidth: 230 } : {}),
    // the last text column takes the spare width, so the grid has no empty band before 操作
    ...(col.colId === 'note' ? { flex: 1 } : {}),
  }));
  const actions: ColDef<LedgerRecord> = { colId: 'actions', headerName: '操作', width: 120, pinned: 'right', sortable: false, cellRenderer: RosterActionsCell };
  return writable ? [seq, ...fields, actions] : [seq, ...readOnlyColumns(fields)];
}
