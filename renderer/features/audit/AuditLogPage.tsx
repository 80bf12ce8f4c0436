import { ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { App, Button, DatePicker, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, changeText } from '../../../shared/audit-labels';
import type { AuditFilter } from '../../../shared/contract/audit';
import type { AuditEntry } from '../../../shared/contract/system';
import { api } from '../../api/client';
import { gridLocaleText, ledgerGridTheme, registerGridModules } from '../../components/ledger-grid/agGridSetup';
import { errorMessage } from '../../lib/errors';
import { useJobRunner } from '../jobs/JobProvider';
import { AUDIT_BLOCK, auditDatasource } from './auditDatasource';

registerGridModules();

const localTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

const COLUMNS: ColDef<AuditEntry>[] = [
  { headerName: '时间', field: 'at', width: 170, valueFormatter: (p) => (p.value ? localTime(String(p.value)) : '') },
  { headerName: '操作人', field: 'operator', width: 160 },
  { headerName: '操作', field: 'action', width: 110, valueFormatter: (p) => AUDIT_ACTION_LABELS[String(p.value)] ?? String(p.value ?? '') },
  { headerName: '记录类型', field: 'entity', width: 130, valueFormatter: (p) => AUDIT_ENTITY_LABELS[String(p.value)] ?? String(p.value ?? '') },
  { headerName: '记录编号', field: 'entityId', width: 90 },
  {
    headerName: '修改内容（修改前 → 修改后）',
    flex: 1,
    minWidth: 300,
    valueGetter: (p) => (p.data ? changeText(p.data.entity, p.data.before, p.data.after).replace(/\n/g, '；') : ''),
    tooltipValueGetter: (p) => (p.data ? changeText(p.data.entity, p.data.before, p.data.after) : ''),
  },
];

const toIso = (day: Dayjs | null | undefined) => (day ? day.format('YYYY-MM-DD') : undefined);

/**
 * 审计日志 (管理员): every change, sign-in and reveal of personal data, newest first, filtered by account, record type,
 * action and dates. The grid pages through the core by keyset (a log of 500,000 rows never crosses the bridge
 * whole); the export runs as a background job into a workbook the clerk places. Personal data stays masked.
 */
export function AuditLogPage() {
  const { message } = App.useApp();
  const jobs = useJobRunner();
  const [operator, setOperator] = useState('');
  const [entity, setEntity] = useState<string | undefined>();
  const [action, setAction] = useState<AuditFilter['action']>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [generation, setGeneration] = useState(0);

  const filter = useMemo<AuditFilter>(() => {
    const chosen: AuditFilter = {};
    if (operator.trim()) chosen.operator = operator.trim();
    if (entity) chosen.entity = entity;
    if (action) chosen.action = action;
    const from = toIso(range?.[0]);
    const to = toIso(range?.[1]);
    if (from) chosen.from = from;
    if (to) chosen.to = to;
    return chosen;
  }, [operator, entity, action, range]);

  useEffect(() => {
    setTotal(null);
    api()
      .audit.count({ filter })
      .then(({ total: count }) => setTotal(count), (error: unknown) => message.error(errorMessage(error)));
  }, [filter, generation, message]);

  const datasource = useMemo(() => auditDatasource(filter, () => total), [filter, total]);

  const exportLog = async () => {
    try {
      const target = await api().shell.chooseSaveFile({ title: '导出审计日志', defaultName: '审计日志.xlsx', kind: 'xlsx' });
      if (!target) return;
      const done = await jobs.run('导出审计日志', () => api().audit.export({ filter, path: target.path }));
      if (done) message.success(`已导出${done.rows}条审计记录：${done.path}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <div className="ledger-page" data-testid="page-audit">
      <div className="ledger-toolbar" role="toolbar" aria-label="审计日志筛选">
        <Space wrap>
          <Input allowClear placeholder="操作人（姓名或用户名）" aria-label="操作人" style={{ width: 200 }} value={operator} onChange={(e) => setOperator(e.target.value)} data-testid="audit-operator" />
          <Select
            allowClear
            placeholder="记录类型"
            aria-label="记录类型"
            style={{ width: 150 }}
            value={entity}
            onChange={setEntity}
            options={Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({ value, label }))}
            data-testid="audit-entity"
          />
          <Select
            allowClear
            placeholder="操作"
            aria-label="操作"
            style={{ width: 140 }}
            value={action}
            onChange={setAction}
            options={Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))}
            data-testid="audit-action"
          />
          <DatePicker.RangePicker value={range} onChange={(next) => setRange(next)} aria-label="日期范围" data-testid="audit-range" />
          <Typography.Text type="secondary" data-testid="audit-total">
            {total === null ? '正在统计…' : `共${total}条`}
          </Typography.Text>
        </Space>
        <Space>
          <Button icon={<ExportOutlined />} onClick={() => void exportLog()} data-testid="audit-export">
            导出Excel
          </Button>
          <Button icon={<ReloadOutlined />} onClick={() => setGeneration((n) => n + 1)}>
            刷新
          </Button>
        </Space>
      </div>
      <div style={{ flex: 1, minHeight: 300 }} data-testid="audit-grid">
        <AgGridReact<AuditEntry>
          key={`${generation}:${JSON.stringify(filter)}:${total ?? ''}`}
          theme={ledgerGridTheme}
          localeText={gridLocaleText}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={AUDIT_BLOCK}
          maxBlocksInCache={20}
          columnDefs={COLUMNS}
          defaultColDef={{ resizable: true, sortable: false, filter: false }}
          getRowId={(p) => String(p.data.id)}
          enableCellTextSelection
          tooltipShowDelay={300}
          overlayNoRowsTemplate="没有符合条件的审计记录"
        />
      </div>
    </div>
  );
}
