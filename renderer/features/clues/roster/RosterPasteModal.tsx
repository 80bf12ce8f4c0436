import { Alert, App, Input, Modal, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { FieldError } from '../../../../shared/errors';
import { api } from '../../../api/client';
import { errorMessage, isLedgerError } from '../../../lib/errors';
import { parsePastedRoster, ROSTER_COLUMNS, ROSTER_FIELD_KEYS, rowErrorTarget, type PastedRow } from './pastedRows';

interface Props {
  clueId: number;
  /** text already on the clipboard when the clerk pressed Ctrl+V on the roster */
  initialText?: string;
  onClose: () => void;
  onImported: (count: number) => void;
}

const PLACEHOLDER = '在Excel中选中名单的行（可连同表头一起），复制后在这里粘贴（Ctrl+V）。\n列的顺序：' + ROSTER_COLUMNS.join('、');

/**
 * 粘贴名单: rows copied from Excel, previewed as the roster will read them, then imported all at once. The core
 * checks every row and imports nothing when any row is wrong; each wrong row's message is listed and the row is
 * marked in the preview, so the clerk fixes the sheet (or the text here) and imports again.
 */
export function RosterPasteModal({ clueId, initialText, onClose, onImported }: Props) {
  const { message } = App.useApp();
  const [text, setText] = useState(initialText ?? '');
  const [errors, setErrors] = useState<FieldError[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const rows = useMemo(() => parsePastedRoster(text), [text]);
  const workers = rows.filter((r) => !r.isHeader);
  const extra = rows.filter((r) => r.extraCells).length;

  const badCells = useMemo(() => {
    const marks = new Map<number, Set<string>>();
    for (const e of errors ?? []) {
      const target = rowErrorTarget(e.field);
      if (target) (marks.get(target.row) ?? marks.set(target.row, new Set()).get(target.row))?.add(target.field);
    }
    return marks;
  }, [errors]);

  const submit = async () => {
    setImporting(true);
    setErrors(null);
    setFailure(null);
    try {
      const { imported } = await api().clueWorkers.importRows({ clueId, rows: rows.map((r) => r.raw.slice(0, 20)) });
      message.success(`已导入${imported}人`);
      onImported(imported);
    } catch (error) {
      if (isLedgerError(error) && error.fields) setErrors(error.fields);
      else setFailure(errorMessage(error));
    } finally {
      setImporting(false);
    }
  };

  const columns = [
    { title: '行号', dataIndex: 'number', width: 90, render: (n: number, row: PastedRow) => (row.isHeader ? `${n} 表头` : n) },
    ...ROSTER_COLUMNS.map((title, column) => ({
      title,
      key: String(column),
      render: (_: unknown, row: PastedRow) => {
        const bad = badCells.get(row.number)?.has(ROSTER_FIELD_KEYS[column] ?? '');
        return <span className={bad ? 'paste-cell-bad' : undefined}>{row.cells[column]}</span>;
      },
    })),
  ];

  return (
    <Modal
      open
      title="粘贴欠薪农民工名单"
      width={1000}
      okText={workers.length > 0 ? `导入${workers.length}人` : '导入'}
      cancelText="取消"
      okButtonProps={{ disabled: workers.length === 0 }}
      confirmLoading={importing}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      wrapProps={{ 'data-testid': 'roster-paste-modal' }}
    >
      <Input.TextArea
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setErrors(null);
          setFailure(null);
        }}
        placeholder={PLACEHOLDER}
        autoSize={{ minRows: 4, maxRows: 8 }}
        className="paste-text"
        aria-label="粘贴的名单"
        data-testid="paste-text"
        autoFocus
      />
      {errors && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={`名单有${errors.length}处错误，未导入任何一行。请改正后重新导入：`}
          description={
            <ul className="paste-errors" data-testid="paste-errors">
              {errors.map((e) => (
                <li key={`${e.field}-${e.message}`}>{e.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {failure && <Alert type="error" showIcon style={{ marginTop: 12 }} title={failure} />}
      {extra > 0 && <Alert type="warning" showIcon style={{ marginTop: 12 }} title={`有${extra}行超过${ROSTER_COLUMNS.length}列，多出的列不会导入`} />}
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 6px' }} data-testid="paste-summary">
        {rows.length === 0 ? '尚未粘贴' : `预览：共${workers.length}人${rows.some((r) => r.isHeader) ? '（第1行是表头，导入时跳过）' : ''}`}
      </Typography.Paragraph>
      <Table<PastedRow>
        size="small"
        rowKey="number"
        dataSource={rows}
        columns={columns}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (total) => `共${total}行` } : false}
        rowClassName={(row) => (row.isHeader ? 'paste-row-header' : badCells.has(row.number) ? 'paste-row-bad' : '')}
        scroll={{ x: 'max-content', y: 300 }}
        locale={{ emptyText: '粘贴后在这里预览' }}
        data-testid="paste-preview"
      />
    </Modal>
  );
}
