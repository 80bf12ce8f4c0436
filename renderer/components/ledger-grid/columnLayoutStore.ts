import type { ColumnState, GridApi } from 'ag-grid-community';

/** What is remembered per grid: each column's order, width and visibility (not sort or filters). */
interface SavedColumn {
  colId: string;
  width?: number;
  hide?: boolean;
}

const storageKey = (gridId: string) => `ledger-grid:${gridId}:columns`;

export function saveColumnLayout(gridId: string, api: GridApi): void {
  const layout: SavedColumn[] = api.getColumnState().map((c: ColumnState) => ({
    colId: c.colId,
    ...(typeof c.width === 'number' ? { width: c.width } : {}),
    hide: c.hide === true,
  }));
  try {
    localStorage.setItem(storageKey(gridId), JSON.stringify(layout));
  } catch {
    // a full or disabled storage only loses the layout, never data
  }
}

/** Applies the saved layout; columns added to the catalog since then keep their defaults. */
export function restoreColumnLayout(gridId: string, api: GridApi): void {
  let layout: SavedColumn[];
  try {
    const text = localStorage.getItem(storageKey(gridId));
    if (!text) return;
    layout = JSON.parse(text) as SavedColumn[];
    if (!Array.isArray(layout)) return;
  } catch {
    return;
  }
  api.applyColumnState({ state: layout, applyOrder: true });
}

export function clearColumnLayout(gridId: string): void {
  try {
    localStorage.removeItem(storageKey(gridId));
  } catch {
    // nothing to clear
  }
}
