import type { Column, GridApi } from 'ag-grid-community';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef } from '../../../shared/domain/field';
import { displayedRecords } from './displayedRows';

export interface GridExportShape {
  columns: { key: string; width: number }[];
  ids: number[];
}

/**
 * What the clerk sees, as the core needs it to write the same table: the catalog columns shown, in display order
 * (pinned first, as on screen) with their widths, and the ids of every row left after the saved view, the column
 * filters, the quick search and the sort — all loaded rows, not only those scrolled into view.
 */
export function gridExportShape(api: GridApi<LedgerRecord>, entity: EntityDef): GridExportShape {
  const keys = new Set(entity.fields.map((field) => field.key));
  const columns = api
    .getAllDisplayedColumns()
    .filter((column: Column) => keys.has(column.getColId()))
    .map((column: Column) => ({ key: column.getColId(), width: Math.round(column.getActualWidth()) }));
  const ids = displayedRecords(api).map((node) => (node.data as LedgerRecord).id);
  return { columns, ids };
}
