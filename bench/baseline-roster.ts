/**
 * The bare-library baseline for scrolling a big roster: AG Grid Community's infinite row model in a plain page,
 * blocks of rows (as many as the app's roster asks for, from meta.json) fetched over HTTP from a tiny endpoint (bench/roster-scroll-bench.ts) that runs one prepared
 * SELECT on the same SQLite file: after the previous block's last id when that block is loaded, else by OFFSET.
 * Built for the browser by bench/roster-scroll-bench.ts with esbuild.
 *
 * This file is type-checked with the Node project (no DOM library), so it declares the little of the DOM it uses.
 */
import { AllCommunityModule, createGrid, ModuleRegistry, type ColDef, type IDatasource, type IGetRowsParams } from 'ag-grid-community';
import { formatFenAsYuan } from '../shared/money';
import type { BaselineColumn } from './baseline-grid';

declare const document: { getElementById(id: string): unknown };

ModuleRegistry.registerModules([AllCommunityModule]);

const [columns, meta] = (await Promise.all([fetch('./columns.json'), fetch('./meta.json')].map(async (response) => (await response).json()))) as [
  BaselineColumn[],
  { total: number; block: number },
];
/** The same block size as the app's roster grid (renderer/features/clues/roster/rosterDatasource.ts). */
const BARE_ROSTER_BLOCK = meta.block;
const columnDefs: ColDef[] = columns.map((column) => ({
  field: column.field,
  headerName: column.headerName,
  width: column.width,
  valueFormatter: column.type === 'money' ? (p: { value: unknown }) => (typeof p.value === 'number' ? formatFenAsYuan(p.value) : '') : undefined,
}));

const lastIdOfBlock: number[] = [];
const datasource: IDatasource = {
  getRows(params: IGetRowsParams) {
    const block = Math.floor(params.startRow / BARE_ROSTER_BLOCK);
    const after = block === 0 ? 0 : lastIdOfBlock[block - 1];
    fetch(after !== undefined ? `./rows?after=${after}` : `./rows?offset=${params.startRow}`)
      .then((response) => response.json() as Promise<{ id: number }[]>)
      .then(
        (rows) => {
          const last = rows[rows.length - 1];
          if (last) lastIdOfBlock[block] = last.id;
          const end = params.startRow + rows.length;
          params.successCallback(rows, rows.length < BARE_ROSTER_BLOCK ? end : meta.total);
        },
        () => params.failCallback(),
      );
  },
};

createGrid(document.getElementById('grid') as never, {
  columnDefs,
  rowModelType: 'infinite',
  datasource,
  cacheBlockSize: BARE_ROSTER_BLOCK,
  maxBlocksInCache: 100,
  getRowId: (p) => String((p.data as { id: number }).id),
});
