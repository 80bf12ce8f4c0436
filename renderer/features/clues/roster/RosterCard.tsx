import { PlusOutlined, SnippetsOutlined } from '@ant-design/icons';
import { createGrid, type CellEditRequestEvent, type GridApi } from 'ag-grid-community';
import { App, Button, Card, Space, Typography } from 'antd';
import { ImportButton } from '../../imports/ImportButton';
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import type { ClueRecord, RosterTotals } from '../../../../shared/contract/clues';
import type { LedgerRecord } from '../../../../shared/contract/records';
import { clueWorkerEntity } from '../../../../shared/domain/clue';
import { api } from '../../../api/client';
import { useLedgerData } from '../../../app/LedgerDataContext';
import { gridLocaleText, ledgerGridTheme, registerGridModules } from '../../../components/ledger-grid/agGridSetup';
import { editedValue } from '../../../components/ledger-grid/editedValue';
import { RecordFormDrawer, type SaveRequest } from '../../../components/record-form/RecordFormDrawer';
import { errorMessage } from '../../../lib/errors';
import { useLatest } from '../../../lib/useLatest';
import { useCan } from '../../accounts/SessionContext';
import type { RosterCellContext } from './rosterCells';
import { rosterColumns } from './rosterColumns';
import { ROSTER_BLOCK, rosterDatasource } from './rosterDatasource';
import { prefetchOnFarJumps } from './rosterPrefetch';
import { RosterPasteModal } from './RosterPasteModal';
import { RosterTotalsLine } from './RosterTotalsLine';

registerGridModules();

interface Props {
  clue: ClueRecord;
  totals: RosterTotals;
  /** after rows were added, changed or removed: the clue's totals are re-read */
  onChanged: () => void;
}

type FormTarget = { record: LedgerRecord | null } | null;

const getRowId = (params: { data: LedgerRecord }) => String(params.data.id);

/** Tall enough for the rows there are (up to about a dozen), so a short roster does not leave a blank box. */
function gridHeight(workers: number): number {
  const ROW = 34;
  const CHROME = 38 + 18; // header row and horizontal scrollbar
  return Math.min(Math.max(workers, 4) * ROW + CHROME, 460);
}

/**
 * 欠薪农民工名单: the clue's workers, loaded block by block as the clerk scrolls (never the whole roster at once),
 * edited in the cells (non-personal fields) or in the form, pasted from Excel, and totalled against the clue.
 */
export function RosterCard({ clue, totals, onChanged }: Props) {
  const { message, modal } = App.useApp();
  const { lookups, codeList, companies, projects, settings } = useLedgerData();
  const [gridApi, setGridApi] = useState<GridApi<LedgerRecord> | null>(null);
  const [generation, setGeneration] = useState(0);
  const [revealed, setRevealed] = useState<ReadonlyMap<number, string>>(new Map());
  const [pasteText, setPasteText] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<FormTarget>(null);
  const totalsRef = useRef(totals);
  totalsRef.current = totals;

  const datasource = useMemo(
    () => rosterDatasource(clue.id, () => totalsRef.current.workers),
    // a new generation re-reads the roster from the top after rows were added or removed (totals are read at call time)
    [clue.id, generation],
  );

  const changed = useCallback(() => {
    setGeneration((g) => g + 1);
    onChanged();
  }, [onChanged]);

  const reveal = useCallback(
    async (record: LedgerRecord) => {
      try {
        const { value } = await api().system.reveal({ entity: 'clueWorkers', id: record.id, field: 'idNumber' });
        setRevealed((current) => new Map(current).set(record.id, value ?? ''));
      } catch (error) {
        message.error(errorMessage(error));
      }
    },
    [message],
  );

  const remove = useCallback(
    (record: LedgerRecord) => {
      modal.confirm({
        title: `确定从名单中删除“${String(record['name'] ?? '')}”？`,
        content: '删除后可在回收站恢复。',
        okText: '删除',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: async () => {
          try {
            await api().clueWorkers.delete({ id: record.id });
            message.success(`已删除“${String(record['name'] ?? '')}”`);
            changed();
          } catch (error) {
            message.error(errorMessage(error));
          }
        },
      });
    },
    [modal, message, changed],
  );

  const can = useCan();
  /** a 查看 account sees the roster but is offered nothing that changes it */
  const writable = can('write');
  /** the grid's one context object: its fields follow the page's state, read by the cells when they draw */
  const context = useRef<RosterCellContext>({ lookups, codeList, revealed, canReveal: false, reveal: () => {}, edit: () => {}, remove: () => {} });
  Object.assign(context.current, {
    lookups,
    codeList,
    revealed,
    canReveal: can('admin'),
    reveal: (record: LedgerRecord) => void reveal(record),
    edit: (record: LedgerRecord) => setFormTarget({ record }),
    remove,
  });

  useEffect(() => {
    gridApi?.refreshCells({ columns: ['idNumber'], force: true });
  }, [gridApi, revealed]);

  const onCellEditRequest = useCallback(
    async (event: CellEditRequestEvent<LedgerRecord>) => {
      const field = clueWorkerEntity.fields.find((f) => f.key === event.colDef.field);
      const record = event.data;
      if (!field || !record) return;
      const edited = editedValue(field, event.newValue);
      if (!edited.ok) {
        message.error(edited.message);
        return;
      }
      try {
        const saved = await api().clueWorkers.update({ id: record.id, version: record.version, values: { [field.key]: edited.value } });
        event.node.setData(saved);
        message.success(`已保存：${field.label}`);
        onChanged();
      } catch (error) {
        message.error(errorMessage(error));
      }
    },
    [message, onChanged],
  );

  const latestCellEditRequest = useLatest(onCellEditRequest);
  const gridElement = useRef<HTMLDivElement>(null);

  /*
   * The grid is made with AG Grid's createGrid, not the AgGridReact component: its rows and cells are then plain DOM
   * (as in the bare baseline of the benchmark), so a jump far into a big roster draws the new rows without React.
   * A new datasource (another clue, or rows added or removed) makes a new grid that reads the roster from the top.
   */
  useEffect(() => {
    const element = gridElement.current;
    if (!element) return undefined;
    const api = createGrid<LedgerRecord>(element, {
      theme: ledgerGridTheme,
      localeText: gridLocaleText,
      rowModelType: 'infinite',
      datasource,
      cacheBlockSize: ROSTER_BLOCK,
      maxBlocksInCache: 100,
      columnDefs: rosterColumns(writable),
      defaultColDef: { resizable: true, sortable: false, filter: false },
      context: context.current,
      getRowId,
      readOnlyEdit: true,
      suppressClickEdit: true,
      stopEditingWhenCellsLoseFocus: true,
      enableCellTextSelection: true,
      onCellEditRequest: (e) => void latestCellEditRequest.current(e),
      // the form opens read-only for a 查看 account (no 保存), so the whole record can still be read there
      onRowDoubleClicked: (e) => e.data && setFormTarget({ record: e.data }),
      overlayNoRowsTemplate: writable ? '名单为空：点“粘贴名单”从Excel粘贴，或点“添加人员”逐个登记' : '名单为空',
    });
    setGridApi(api);
    const stopPrefetching = prefetchOnFarJumps(element, api, datasource);
    return () => {
      stopPrefetching();
      setGridApi(null);
      api.destroy();
    };
  }, [datasource, writable, latestCellEditRequest]);

  /** Ctrl+V on the roster (not in a cell editor) opens the paste preview with what was copied. */
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (!writable) return;
    if (gridApi && gridApi.getEditingCells().length > 0) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text.trim()) return;
    event.preventDefault();
    setPasteText(text);
  };

  const save = useCallback(
    (request: SaveRequest) =>
      request.mode === 'create'
        ? api().clueWorkers.create({ clueId: clue.id, values: request.values })
        : api().clueWorkers.update({ id: request.id, version: request.version, values: request.values }),
    [clue.id],
  );

  const controlCtx = useMemo(() => ({ companies: companies ?? [], projects: projects ?? [], settings }), [companies, projects, settings]);

  return (
    <Card
      size="small"
      title={`欠薪农民工名单（${totals.workers}人）`}
      className="clue-card"
      data-testid="roster"
      extra={
        writable && (
          <Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              可在名单上按Ctrl+V直接粘贴Excel中复制的行
            </Typography.Text>
            <Button size="small" icon={<PlusOutlined />} onClick={() => setFormTarget({ record: null })} data-testid="roster-add">
              添加人员
            </Button>
            <Button size="small" type="primary" icon={<SnippetsOutlined />} onClick={() => setPasteText('')} data-testid="roster-paste">
              粘贴名单
            </Button>
            <ImportButton kind="rosters" clueId={clue.id} size="small" />
          </Space>
        )
      }
    >
      <div className="roster-grid" style={{ height: gridHeight(totals.workers) }} tabIndex={0} onPaste={onPaste} data-testid="roster-grid" aria-label="欠薪农民工名单">
        <div ref={gridElement} style={{ height: '100%' }} />
      </div>
      <RosterTotalsLine totals={totals} clue={clue} />
      {pasteText !== null && (
        <RosterPasteModal
          clueId={clue.id}
          initialText={pasteText}
          onClose={() => setPasteText(null)}
          onImported={() => {
            setPasteText(null);
            changed();
          }}
        />
      )}
      {formTarget && (
        <RecordFormDrawer
          entity={clueWorkerEntity}
          record={formTarget.record}
          ctx={controlCtx}
          onClose={() => setFormTarget(null)}
          save={save}
          onSaved={() => {
            setFormTarget(null);
            changed();
          }}
        />
      )}
    </Card>
  );
}
