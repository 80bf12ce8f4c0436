/**
 * The bare-library baseline for the projects grid's first page: AG Grid Community's client-side row model given the
 * same 10,000 project records the core returns (fetched as one JSON file), with the grid's visible catalog
 * columns, in a plain page. Built for the browser by bench/grid-bench.ts with esbuild.
 *
 * This file is type-checked with the Node project (no DOM library), so it declares the little of the DOM it uses.
 */
import { AllCommunityModule, createGrid, ModuleRegistry, type ColDef } from 'ag-grid-community';
import { projectEntity } from '../shared/domain/project';
import { formatFenAsYuan } from '../shared/money';

declare const document: { getElementById(id: string): unknown };

ModuleRegistry.registerModules([AllCommunityModule]);

const columnDefs: ColDef[] = projectEntity.fields
  .filter((field) => !field.hiddenInGrid)
  .map((field) => ({
    field: field.key,
    headerName: field.label,
    width: field.width ?? 120,
    valueFormatter:
      field.type === 'money'
        ? (p: { value: unknown }) => (typeof p.value === 'number' ? formatFenAsYuan(p.value) : '')
        : field.type === 'bool'
          ? (p: { value: unknown }) => (p.value ? '是' : '否')
          : undefined,
  }));

const response = await fetch('./rows.json');
const rowData = (await response.json()) as Record<string, unknown>[];
createGrid(document.getElementById('grid') as never, { columnDefs, rowData, getRowId: (p) => String(p.data['id']) });
