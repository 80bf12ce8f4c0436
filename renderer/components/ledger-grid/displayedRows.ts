import type { Column, GridApi, IRowNode } from 'ag-grid-community';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef, FieldDef } from '../../../shared/domain/field';

/** Rows after filters and sort, in the order shown. */
export function displayedRecords(api: GridApi<LedgerRecord>): IRowNode<LedgerRecord>[] {
  const nodes: IRowNode<LedgerRecord>[] = [];
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.data) nodes.push(node);
  });
  return nodes;
}

/** The catalog fields of the columns shown, in display order (the checkbox column has no field). */
export function visibleFields(api: GridApi<LedgerRecord>, entity: EntityDef): FieldDef[] {
  const byKey = new Map(entity.fields.map((f) => [f.key, f]));
  return api
    .getAllDisplayedColumns()
    .map((column: Column) => byKey.get(column.getColId()))
    .filter((field): field is FieldDef => field !== undefined);
}
