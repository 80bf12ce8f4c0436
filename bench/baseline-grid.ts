/**
 * The bare-library baseline for a grid's first page: AG Grid Community's client-side row model given the same
 * records the core returns (fetched as one JSON file), with the grid's visible catalog columns (columns.json,
 * worked out in Node from the entity), in a plain page. Built for the browser by bench/grid-bench.ts with esbuild.
 *
 * This file is type-checked with the Node project (no DOM library), so it declares the little of the DOM it uses.
 */
import { AllCommunityModule, createGrid, ModuleRegistry, type ColDef } from 'ag-grid-community';
import { formatFenAsYuan } from '../shared/money';

declare const document: { getElementById(id: string): unknown };

/** One visible catalog field, as bench/grid-bench.ts writes it. */
export interface BaselineColumn {
  field: string;
  headerName: string;
  width: number;
  type: string;
}

ModuleRegistry.registerModules([AllCommunityModule]);

const [columns, rowData] = (await Promise.all([fetch('./columns.json'), fetch('./rows.json')].map(async (response) => (await response).json()))) as [
  BaselineColumn[],
  Record<string, unknown>[],
];
const columnDefs: ColDef[] = columns.map((column) => ({
  field: column.field,
  headerName: column.headerName,
  width: column.width,
  valueFormatter:
    column.type === 'money'
      ? (p: { value: unknown }) => (typeof p.value === 'number' ? formatFenAsYuan(p.value) : '')
      : column.type === 'bool'
        ? (p: { value: unknown }) => (p.value ? '是' : '否')
        : undefined,
}));
const api = createGrid(document.getElementById('grid') as never, { columnDefs, rowData, getRowId: (p) => String(p.data['id']), cacheQuickFilter: true });
// for bench/grid-interaction-bench.ts: the quick filter as the grid's own API sets it, and the rows it leaves
Object.assign(globalThis, {
  __benchQuickFilter: (text: string) => api.setGridOption('quickFilterText', text),
  __benchDisplayedRows: () => api.getDisplayedRowCount(),
});
