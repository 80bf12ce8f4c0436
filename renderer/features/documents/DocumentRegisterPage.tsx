import { FilePdfOutlined, PrinterOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, type DocumentStatus, type DocumentType, type IssuedDocument } from '../../../shared/contract/documents';
import { renderDocuments } from '../../../shared/print';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { DocumentViewModal } from './DocumentViewModal';
import { printHtml } from './documentOutput';
import { ServeDocumentModal, VoidDocumentModal } from './ServeVoidModals';
import { useBatchPdf } from './useBatchPdf';
import './documents.css';

const STATUS_COLORS: Record<DocumentStatus, string> = { 已签发: 'blue', 已送达: 'green', 已作废: 'default' };

type Dialog = { kind: 'view' | 'serve' | 'void'; document: IssuedDocument } | null;

/**
 * 文书登记簿: every issued document with its number, date, addressee, status and service; 查看 reprints the frozen
 * content, 登记送达 and 作废 (with reason) change only the register row. Selected rows print or become one PDF.
 */
export function DocumentRegisterPage() {
  const { message } = App.useApp();
  const [documents, setDocuments] = useState<IssuedDocument[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [type, setType] = useState<DocumentType | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [status, setStatus] = useState<DocumentStatus | null>(null);
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [printing, setPrinting] = useState(false);
  const batch = useBatchPdf();

  const reload = useCallback(async () => {
    try {
      setDocuments(await api().documents.list({}));
      setLoadError(null);
    } catch (failure) {
      setLoadError(errorMessage(failure));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const years = useMemo(() => [...new Set((documents ?? []).map((d) => d.year))].sort((a, b) => b - a), [documents]);
  // newest first: the clerk looks for what was issued lately
  const shown = useMemo(
    () => (documents ?? []).filter((d) => (type === null || d.type === type) && (year === null || d.year === year) && (status === null || d.status === status)).reverse(),
    [documents, type, year, status],
  );
  const selected = useMemo(() => shown.filter((d) => selectedIds.includes(d.id)), [shown, selectedIds]);
  // printed in register order (oldest first), as they are filed
  const selectedInOrder = () => [...selected].sort((a, b) => a.id - b.id);

  const replace = (changed: IssuedDocument) => {
    setDocuments((all) => (all ?? []).map((d) => (d.id === changed.id ? changed : d)));
    setDialog(null);
  };

  const printSelected = async () => {
    setPrinting(true);
    try {
      if (await printHtml(renderDocuments(selectedInOrder().map((d) => d.content)))) message.success(`已将${selected.length}份文书发送到打印机`);
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setPrinting(false);
    }
  };

  const columns: ColumnsType<IssuedDocument> = [
    { title: '文书类型', dataIndex: 'typeLabel', width: 120 },
    { title: '文号', dataIndex: 'number', width: 210, render: (number: string, d) => <span data-testid={`document-number-${d.id}`}>{number}</span> },
    { title: '成文日期', dataIndex: 'date', width: 110 },
    { title: '主送', dataIndex: 'addressee', ellipsis: true },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (value: DocumentStatus, d) => (
        <Tag color={STATUS_COLORS[value]} title={d.voidReason ? `作废原因：${d.voidReason}` : undefined} data-testid={`document-status-${d.id}`}>
          {value}
        </Tag>
      ),
    },
    { title: '送达', width: 180, render: (_: unknown, d) => (d.servedDate ? `${d.servedDate} ${d.receiver ?? ''}` : d.voidReason ? <Typography.Text type="secondary">作废：{d.voidReason}</Typography.Text> : '') },
    { title: '签发人', dataIndex: 'issuedBy', width: 90 },
    {
      title: '操作',
      width: 200,
      render: (_: unknown, d) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setDialog({ kind: 'view', document: d })} data-testid={`document-view-${d.id}`}>
            查看/重印
          </Button>
          <Button type="link" size="small" disabled={d.status !== '已签发'} onClick={() => setDialog({ kind: 'serve', document: d })} data-testid={`document-serve-${d.id}`}>
            登记送达
          </Button>
          <Button type="link" size="small" danger disabled={d.status === '已作废'} onClick={() => setDialog({ kind: 'void', document: d })} data-testid={`document-void-${d.id}`}>
            作废
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="page-documents">
      <Space className="document-register-filters" wrap>
        <Select<DocumentType | null> style={{ width: 150 }} value={type} onChange={setType} options={[{ value: null, label: '全部类型' }, ...DOCUMENT_TYPES.map((d) => ({ value: d.type, label: d.label }))]} aria-label="文书类型" />
        <Select<number | null> style={{ width: 110 }} value={year} onChange={setYear} options={[{ value: null, label: '全部年度' }, ...years.map((y) => ({ value: y, label: `${y}年` }))]} aria-label="年度" />
        <Select<DocumentStatus | null> style={{ width: 110 }} value={status} onChange={setStatus} options={[{ value: null, label: '全部状态' }, ...DOCUMENT_STATUSES.map((s) => ({ value: s, label: s }))]} aria-label="状态" />
        <Button icon={<PrinterOutlined />} disabled={selected.length === 0} loading={printing} onClick={() => void printSelected()} data-testid="register-print">
          打印所选{selected.length > 0 ? `（${selected.length}份）` : ''}
        </Button>
        <Button
          icon={<FilePdfOutlined />}
          disabled={selected.length === 0}
          onClick={() => void batch.exportPdf(selectedInOrder().map((d) => d.content), `文书${selected.length}份`)}
          data-testid="register-batch-pdf"
        >
          所选另存为一个PDF
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} data-testid="register-reload">
          刷新
        </Button>
      </Space>
      {loadError && <Alert type="error" showIcon title="无法读取文书登记簿" description={loadError} style={{ marginBottom: 12 }} />}
      <Table<IssuedDocument>
        rowKey="id"
        size="small"
        loading={documents === null && !loadError}
        dataSource={shown}
        columns={columns}
        rowSelection={{ selectedRowKeys: selectedIds, onChange: (keys) => setSelectedIds(keys.map(Number)) }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (total) => `共${total}份` }}
        locale={{ emptyText: '还没有签发的文书。在检查记录、线索详情或一项目一策页面签发。' }}
        data-testid="document-register"
      />
      {dialog?.kind === 'view' && <DocumentViewModal document={dialog.document} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'serve' && <ServeDocumentModal document={dialog.document} onClose={() => setDialog(null)} onDone={replace} />}
      {dialog?.kind === 'void' && <VoidDocumentModal document={dialog.document} onClose={() => setDialog(null)} onDone={replace} />}
      {batch.dialog}
    </div>
  );
}
