import { DeleteOutlined, EditOutlined, FolderOpenOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import type { FilterModel, GridApi } from 'ag-grid-community';
import { App, Button, Space, type InputRef } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { EntityDef, FieldDef } from '../../../shared/domain/field';
import type { FieldValue } from '../../../shared/domain/values';
import { recordApi, type RecordEntityName } from '../../api/recordApi';
import { useCan } from '../accounts/SessionContext';
import { useLedgerData } from '../../app/LedgerDataContext';
import { idleAfterFirstPage } from '../../app/firstPage';
import { ColumnSettingsButton } from '../../components/ledger-grid/ColumnSettingsButton';
import { ExportGridButton } from '../../components/ledger-grid/ExportGridButton';
import { GridSearchBox } from '../../components/ledger-grid/GridSearchBox';
import { PrintLedgerButton } from '../../components/ledger-grid/PrintLedgerButton';
import type { ColumnExtras } from '../../components/ledger-grid/columnDefs';
import { LedgerGrid } from '../../components/ledger-grid/LedgerGrid';
import type { ControlContext } from '../../components/record-form/FieldControl';
import type { SaveRequest } from '../../components/record-form/RecordFormDrawer';
import { isLedgerError } from '../../lib/errors';
import { useCtrlHotkeys } from '../../lib/useHotkeys';
import { useDeleteWithUndo } from './useDeleteWithUndo';

export interface RecordRows<R extends LedgerRecord = LedgerRecord> {
  /** null while loading */
  rows: R[] | null;
  /** the first page is shown and the rest is still arriving */
  loadingMore: boolean;
  setRows: (update: (rows: R[]) => R[]) => void;
  reload: () => Promise<void>;
}

interface Props {
  entity: EntityDef & { name: RecordEntityName };
  gridId: string;
  data: RecordRows;
  computedRenderers?: Record<string, ComponentType<{ ctx: ControlContext }>>;
  /** opens a record somewhere else than the form (e.g. the clue detail page): the toolbar says 打开 instead of 编辑 */
  openRecord?: (record: LedgerRecord) => void;
  /** shown above the toolbar (e.g. the clue ledger's saved views) */
  header?: ReactNode;
  /** after any change this page made (save, cell edit, delete, undo), e.g. to refresh counts */
  onChanged?: () => void;
  columnExtras?: ColumnExtras;
  leadingColumns?: readonly string[];
  /** the hint under the grid */
  hint?: string;
  /** more toolbar buttons for the selected rows (e.g. 打开档案, 生成整改问题) */
  toolbarExtra?: (selected: LedgerRecord[]) => ReactNode;
  /** after the form saved a record; `before` is the record as it was, null for a new one (e.g. to propose problems) */
  onRecordSaved?: (saved: LedgerRecord, before: LedgerRecord | null) => void;
  /** column filters the grid starts with (a link that opens the ledger filtered, e.g. from the dashboard) */
  initialFilterModel?: FilterModel | null;
  /** a filter beside the columns' own (LedgerGrid's externalFilter); keep it stable */
  externalFilter?: ((record: LedgerRecord) => boolean) | null;
  /** the grid's name in an export (title and file name); 项目台账 etc. when not given */
  exportTitle?: string;
}

/**
 * The form is loaded when first opened (fetched in the background once the first rows are on screen and the window is idle): with its date
 * pickers, selects and tabs it is about a third of a ledger page's code, none of which the first rows need.
 */
const loadRecordFormDrawer = () => import('../../components/record-form/RecordFormDrawer');
const RecordFormDrawer = lazy(async () => ({ default: (await loadRecordFormDrawer()).RecordFormDrawer }));

/** Drawer state: closed, a new record, or an existing one. */
type FormTarget = { record: LedgerRecord | null } | null;

const replaceRow = (saved: LedgerRecord) => (rows: LedgerRecord[]) => rows.map((r) => (r.id === saved.id ? saved : r));

/**
 * A ledger page: toolbar (新建, 编辑, 删除, search, 列设置, 刷新), the grid and the record form. Projects and
 * companies are the same page over different catalog entities.
 */
export function RecordLedgerPage({ entity, gridId, data, computedRenderers, openRecord: openElsewhere, header, onChanged, columnExtras, leadingColumns, hint, toolbarExtra, onRecordSaved, initialFilterModel, externalFilter, exportTitle }: Props) {
  const { message } = App.useApp();
  const can = useCan();
  const { lookups, codeList, companies, projects, settings } = useLedgerData();
  const records = useMemo(() => recordApi(entity.name), [entity.name]);
  const [gridApi, setGridApi] = useState<GridApi<LedgerRecord> | null>(null);
  const [selected, setSelected] = useState<LedgerRecord[]>([]);
  const [formTarget, setFormTarget] = useState<FormTarget>(null);
  const searchRef = useRef<InputRef>(null);
  const { setRows } = data;

  useEffect(() => {
    void idleAfterFirstPage().then(loadRecordFormDrawer);
  }, []);

  const openNew = useCallback(() => setFormTarget({ record: null }), []);
  const openRecord = useCallback((record: LedgerRecord) => (openElsewhere ? openElsewhere(record) : setFormTarget({ record })), [openElsewhere]);
  const changed = useRef(onChanged);
  changed.current = onChanged;
  const notifyChanged = useCallback(() => changed.current?.(), []);

  const askDelete = useDeleteWithUndo({
    entity,
    records,
    onDeleted: useCallback(
      (ids: number[]) => {
        setRows((rows) => rows.filter((r) => !ids.includes(r.id)));
        notifyChanged();
      },
      [setRows, notifyChanged],
    ),
    onRestored: useCallback(
      (restored: LedgerRecord[]) => {
        setRows((rows) => [...rows.filter((r) => !restored.some((x) => x.id === r.id)), ...restored].sort((a, b) => a.id - b.id));
        notifyChanged();
      },
      [setRows, notifyChanged],
    ),
  });

  useCtrlHotkeys({ n: () => can('write') && openNew(), f: () => searchRef.current?.focus({ cursor: 'all' }) }, formTarget === null);

  const onCellEdit = useCallback(
    async (record: LedgerRecord, field: FieldDef, value: FieldValue) => {
      try {
        const saved = await records.update(record.id, record.version, { [field.key]: value });
        setRows(replaceRow(saved));
        notifyChanged();
        message.success(`已保存：${field.label}`);
      } catch (error) {
        // changed elsewhere since it was loaded: show the current record so the clerk edits what is really stored
        if (isLedgerError(error) && error.code === 'CONFLICT') {
          void records.get(record.id).then((fresh) => setRows(replaceRow(fresh)), () => undefined);
        }
        throw error;
      }
    },
    [records, setRows, message, notifyChanged],
  );

  const save = useCallback(
    (request: SaveRequest) =>
      request.mode === 'create' ? records.create(request.values) : records.update(request.id, request.version, request.values),
    [records],
  );

  const onSaved = useCallback(
    (saved: LedgerRecord) => {
      setRows((rows) => (rows.some((r) => r.id === saved.id) ? replaceRow(saved)(rows) : [...rows, saved]));
      setFormTarget(null);
      notifyChanged();
      onRecordSaved?.(saved, formTarget?.record ?? null);
    },
    [setRows, notifyChanged, onRecordSaved, formTarget],
  );

  const reload = async () => {
    await data.reload();
    message.success('已刷新');
  };

  const controlCtx = useMemo(() => ({ companies: companies ?? [], projects: projects ?? [], settings }), [companies, projects, settings]);

  return (
    <div className="ledger-page" data-testid={`page-${entity.name}`}>
      {header}
      <div className="ledger-toolbar" role="toolbar" aria-label={`${entity.label}工具栏`}>
        <Space wrap>
          {can('write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={openNew} data-testid="toolbar-new">
              新建（Ctrl+N）
            </Button>
          )}
          <Button
            icon={openElsewhere ? <FolderOpenOutlined /> : <EditOutlined />}
            disabled={selected.length !== 1}
            onClick={() => selected[0] && openRecord(selected[0])}
            data-testid={openElsewhere ? 'toolbar-open' : 'toolbar-edit'}
          >
            {openElsewhere ? '打开' : '编辑'}
          </Button>
          {can('write') && (
            <Button danger icon={<DeleteOutlined />} disabled={selected.length === 0} onClick={() => askDelete(selected)} data-testid="toolbar-delete">
              删除
            </Button>
          )}
          {toolbarExtra?.(selected)}
          <GridSearchBox api={gridApi} inputRef={searchRef} />
        </Space>
        <Space>
          <ExportGridButton api={gridApi} entity={entity} title={exportTitle ?? `${entity.label}台账`} loadingMore={data.loadingMore} />
          <ColumnSettingsButton gridId={gridId} entity={entity} api={gridApi} />
          <PrintLedgerButton entity={entity} api={gridApi} />
          <Button icon={<ReloadOutlined />} onClick={() => void reload()} data-testid="toolbar-reload">
            刷新
          </Button>
        </Space>
      </div>
      <LedgerGrid
        gridId={gridId}
        entity={entity}
        rows={data.rows}
        loadingMore={data.loadingMore}
        lookups={lookups}
        columnExtras={columnExtras}
        leadingColumns={leadingColumns}
        codeList={codeList}
        onGridApi={setGridApi}
        onOpenRecord={openRecord}
        onCellEdit={onCellEdit}
        onDeleteRequest={askDelete}
        onSelectionChange={setSelected}
        hint={hint}
        initialFilterModel={initialFilterModel}
        externalFilter={externalFilter}
      />
      {formTarget && (
        <Suspense fallback={null}>
          <RecordFormDrawer
            entity={entity}
            record={formTarget.record}
            ctx={controlCtx}
            onClose={() => setFormTarget(null)}
            save={save}
            onSaved={onSaved}
            computedRenderers={computedRenderers}
          />
        </Suspense>
      )}
    </div>
  );
}
