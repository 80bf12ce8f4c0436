import {
  createGrid,
  type CellEditRequestEvent,
  type FilterModel,
  type GridApi,
  type GridOptions,
  type GridReadyEvent,
  type RowDoubleClickedEvent,
  type SelectionChangedEvent,
  type SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { App } from 'antd';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { CodeListName, EntityDef, FieldDef } from '../../../shared/domain/field';
import type { FieldValue } from '../../../shared/domain/values';
import { useCan } from '../../features/accounts/SessionContext';
import { errorMessage } from '../../lib/errors';
import { useLatest } from '../../lib/useLatest';
import { gridLocaleText, ledgerGridTheme, registerGridModules } from './agGridSetup';
import type { CellLookups } from './cellText';
import { buildColumnDefs, readOnlyColumns, type ColumnExtras } from './columnDefs';
import { restoreColumnLayout, saveColumnLayout } from './columnLayoutStore';
import { SelectAllHeader, selectAllHeaderKeys } from './selectAllHeader';
import { copySelection } from './copySelection';
import { editedValue } from './editedValue';
import { GridStatusBar } from './GridStatusBar';
import type { GridContext } from './gridContext';
import './ledgerGrid.css';

registerGridModules();

export interface LedgerGridProps {
  /** names the grid in localStorage, where its column layout is remembered */
  gridId: string;
  entity: EntityDef;
  /** null while loading */
  rows: LedgerRecord[] | null;
  /** the first page is shown and the rest is still arriving */
  loadingMore?: boolean;
  lookups: CellLookups;
  /** per-field column additions (cell colours…); keep the object stable, a new one rebuilds the columns */
  columnExtras?: ColumnExtras;
  /** fields whose columns come first, before the catalog order (e.g. 办理状态 and 期限状态 on the clue ledger) */
  leadingColumns?: readonly string[];
  codeList: (name: CodeListName | undefined) => string[];
  onGridApi?: (api: GridApi<LedgerRecord> | null) => void;
  onOpenRecord: (record: LedgerRecord) => void;
  /** saves one field; throws a LedgerError when the core refuses, and the cell keeps its old value */
  onCellEdit: (record: LedgerRecord, field: FieldDef, value: FieldValue) => Promise<void>;
  onDeleteRequest: (records: LedgerRecord[]) => void;
  onSelectionChange?: (records: LedgerRecord[]) => void;
  /** the hint under the grid, when double-click does something other than open the form */
  hint?: string;
  /** column filters to start with (a link that opens the ledger filtered); read once, when the grid is created */
  initialFilterModel?: FilterModel | null;
  /** a filter beside the columns' own, for what no one column holds (a link's 统计乡镇); keep it stable */
  externalFilter?: ((record: LedgerRecord) => boolean) | null;
}

/** The Delete key asks to delete the row instead of clearing the cell (AG Grid's default). */
function suppressDeleteKey(params: SuppressKeyboardEventParams<LedgerRecord>): boolean {
  return !params.editing && params.event.key === 'Delete';
}

const defaultColDef = { sortable: true, resizable: true, filter: true, floatingFilter: true, suppressKeyboardEvent: suppressDeleteKey };
// the header's 全选 is our own (selectAllHeader.ts): AG Grid's walks every row after each sort
const rowSelection = { mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: true, selectAll: 'filtered' } as const;
const getRowId = (params: { data: LedgerRecord }) => String(params.data.id);
const selectionColumnDef = { pinned: 'left', width: 44, headerComponent: SelectAllHeader, suppressHeaderKeyboardEvent: selectAllHeaderKeys } as const;
const NO_ROWS: LedgerRecord[] = [];

/**
 * Memoised: the page around it re-renders on every selection, the grid only when its own props change.
 *
 * The grid is AG Grid's own (createGrid), not the ag-grid-react component: that one draws every header, row and cell
 * as a React component, which took most of the first page's time and of each filter's; the plain grid draws them
 * straight into the DOM (the ledgers' cells are text from valueFormatter, no React cell components). React owns the
 * frame around it and the status bar; the props reach the grid through setGridOption.
 */
export const LedgerGrid = memo(function LedgerGrid(props: LedgerGridProps) {
  const { gridId, entity, rows, loadingMore, lookups, columnExtras, leadingColumns, codeList, onGridApi, onOpenRecord, onCellEdit, onDeleteRequest, onSelectionChange, hint, initialFilterModel, externalFilter } = props;
  const { message } = App.useApp();
  const hostRef = useRef<HTMLDivElement>(null);
  const apiRef = useRef<GridApi<LedgerRecord> | null>(null);
  // the status bar listens to the grid itself; the grid's props never change on a filter, sort or selection
  const [statusApi, setStatusApi] = useState<GridApi<LedgerRecord> | null>(null);

  const writable = useCan()('write');
  const columnDefs = useMemo(() => {
    const columns = buildColumnDefs(entity, columnExtras, leadingColumns);
    return writable ? columns : readOnlyColumns(columns);
  }, [entity, columnExtras, leadingColumns, writable]);
  const context = useMemo<GridContext>(() => ({ lookups, codeList }), [lookups, codeList]);

  const onCellEditRequest = useCallback(
    async (event: CellEditRequestEvent<LedgerRecord>) => {
      const field = entity.fields.find((f) => f.key === event.colDef.field);
      const record = event.data;
      if (!field || !record) return;
      const edited = editedValue(field, event.newValue);
      if (!edited.ok) {
        message.error(edited.message);
        return;
      }
      if (JSON.stringify(edited.value ?? null) === JSON.stringify(record[field.key] ?? null)) return;
      try {
        await onCellEdit(record, field, edited.value);
      } catch (error) {
        // the grid is in read-only-edit mode, so the cell still holds the stored value: nothing to undo
        message.error(errorMessage(error));
      }
    },
    [entity, message, onCellEdit],
  );

  // what the grid's handlers call, always the current props (the handlers themselves are fixed at creation)
  const latest = useLatest({ gridId, onGridApi, onOpenRecord, onSelectionChange, onCellEditRequest, externalFilter });
  // read when the grid is created, like ag-grid-react's initial props: later values go through the effects below
  const created = useLatest({ rows, columnDefs, context, initialFilterModel });

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const first = created.current;
    const saveLayout = (event: object) => {
      if (('finished' in event && event.finished === false) || !apiRef.current) return;
      saveColumnLayout(latest.current.gridId, apiRef.current);
    };
    const options: GridOptions<LedgerRecord> = {
      theme: ledgerGridTheme,
      localeText: gridLocaleText,
      rowData: first.rows ?? NO_ROWS,
      loading: first.rows === null,
      columnDefs: first.columnDefs,
      defaultColDef,
      context: first.context,
      getRowId,
      rowSelection,
      selectionColumnDef,
      enableCellTextSelection: true,
      // only the columns on screen are drawn: a ledger has forty-odd columns, and drawing every one of them for
      // every visible row took most of the first page's time; keyboard navigation and 复制 still reach them all
      ensureDomOrder: true,
      readOnlyEdit: true,
      suppressClickEdit: true,
      stopEditingWhenCellsLoseFocus: true,
      // the search box sets quickFilterText through the api (GridSearchBox); each row's search text is built
      // once and kept (rebuilt when the row changes), not on every keystroke
      cacheQuickFilter: true,
      ...(first.initialFilterModel ? { initialState: { filter: { filterModel: first.initialFilterModel } } } : {}),
      isExternalFilterPresent: () => latest.current.externalFilter != null,
      doesExternalFilterPass: (node) => node.data !== undefined && (latest.current.externalFilter?.(node.data) ?? true),
      onGridReady: (event: GridReadyEvent<LedgerRecord>) => {
        restoreColumnLayout(latest.current.gridId, event.api);
        latest.current.onGridApi?.(event.api);
        setStatusApi(event.api);
      },
      onCellEditRequest: (event) => void latest.current.onCellEditRequest(event),
      onRowDoubleClicked: (event: RowDoubleClickedEvent<LedgerRecord>) => event.data && latest.current.onOpenRecord(event.data),
      onSelectionChanged: (event: SelectionChangedEvent<LedgerRecord>) => latest.current.onSelectionChange?.(event.api.getSelectedRows()),
      onColumnMoved: saveLayout,
      onColumnResized: saveLayout,
      onColumnVisible: saveLayout,
    };
    const api = createGrid(host, options);
    apiRef.current = api;
    return () => {
      apiRef.current = null;
      latest.current.onGridApi?.(null);
      setStatusApi(null);
      api.destroy();
    };
  }, [created, latest]);

  // rows replaced or a chunk arrived: getRowId lets the grid keep sort, filter, selection and scroll position
  useEffect(() => {
    const api = apiRef.current;
    if (!api || api.getGridOption('rowData') === (rows ?? NO_ROWS)) return;
    api.setGridOption('loading', rows === null);
    api.setGridOption('rowData', rows ?? NO_ROWS);
  }, [rows]);

  useEffect(() => {
    const api = apiRef.current;
    if (api && api.getGridOption('columnDefs') !== columnDefs) api.setGridOption('columnDefs', columnDefs);
  }, [columnDefs]);

  // the page's own filter changed (useLatest has already passed it on: its effect runs before this one)
  const shownExternalFilter = useRef(externalFilter);
  useEffect(() => {
    if (shownExternalFilter.current === externalFilter) return;
    shownExternalFilter.current = externalFilter;
    apiRef.current?.onFilterChanged();
  }, [externalFilter]);

  // company names or code lists changed: redraw the cells and re-run filters that match on names
  useEffect(() => {
    const api = apiRef.current;
    if (!api || api.getGridOption('context') === context) return;
    api.setGridOption('context', context);
    api.refreshCells({ force: true });
    api.resetQuickFilter(); // the cached search texts hold the old names
    api.onFilterChanged();
  }, [context]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const api = apiRef.current;
      if (!api || api.getEditingCells().length > 0) return;
      if (event.key === 'Delete') {
        const selected = api.getSelectedRows();
        const focused = api.getFocusedCell();
        const focusedRow = focused ? api.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
        const targets = selected.length > 0 ? selected : focusedRow ? [focusedRow] : [];
        if (targets.length > 0) {
          event.preventDefault();
          onDeleteRequest(targets);
        }
      } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c') {
        // text the clerk selected with the mouse is copied by the browser as usual
        if (window.getSelection()?.toString()) return;
        event.preventDefault();
        void copySelection(api, entity, lookups).then(
          (copied) => copied > 0 && message.success(`已复制${copied}行，可粘贴到Excel`),
          (error: unknown) => message.error(errorMessage(error)),
        );
      }
    },
    [entity, lookups, message, onDeleteRequest],
  );

  return (
    <div className="ledger-grid" data-testid={`grid-${gridId}`} onKeyDown={onKeyDown}>
      <div className="ledger-grid-body" ref={hostRef} />
      <GridStatusBar api={statusApi} entity={entity} loadingMore={loadingMore ?? false} hint={hint} />
    </div>
  );
});
