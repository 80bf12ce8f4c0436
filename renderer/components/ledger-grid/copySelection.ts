import type { GridApi } from 'ag-grid-community';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef } from '../../../shared/domain/field';
import { cellText, type CellLookups } from './cellText';
import { rowsAsTsv } from './copyRows';
import { displayedRecords, visibleFields } from './displayedRows';

/**
 * Ctrl+C in the grid (AG Grid's clipboard is Enterprise-only): the selected rows' visible columns as
 * tab-separated text with a header line, in the order shown; with no row selected, the focused cell's text.
 * Resolves to the number of rows copied (0 for a single cell).
 */
export async function copySelection(api: GridApi<LedgerRecord>, entity: EntityDef, lookups: CellLookups): Promise<number> {
  const fields = visibleFields(api, entity);
  const selected = displayedRecords(api)
    .filter((node) => node.isSelected())
    .map((node) => node.data as LedgerRecord);
  if (selected.length > 0) {
    await navigator.clipboard.writeText(rowsAsTsv(selected, fields, lookups));
    return selected.length;
  }
  const focused = api.getFocusedCell();
  const record = focused ? api.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
  const field = focused ? entity.fields.find((f) => f.key === focused.column.getColId()) : undefined;
  if (record && field) await navigator.clipboard.writeText(cellText(field, record[field.key], lookups));
  return 0;
}
