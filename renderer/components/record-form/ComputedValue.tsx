import { Form, Typography } from 'antd';
import type { LedgerRecord } from '../../../shared/contract/records';
import type { FieldDef } from '../../../shared/domain/field';
import { cellText, emptyLookups } from '../ledger-grid/cellText';

/** A value the core computes: shown, never edited. */
export function ComputedValue({ field, record }: { field: FieldDef; record: LedgerRecord | null }) {
  const text = record ? cellText(field, record[field.key], emptyLookups) : '';
  return (
    <Form.Item label={`${field.label}（自动计算）`}>
      <Typography.Text>{text ? (field.type === 'money' ? `${text}元` : text) : '保存后计算'}</Typography.Text>
    </Form.Item>
  );
}

/** A value set by a workflow action (state, assignment, outcome): shown on an existing record, changed only by the action. */
export function AssignedValue({ field, record }: { field: FieldDef; record: LedgerRecord }) {
  const text = cellText(field, record[field.key], emptyLookups);
  return (
    <Form.Item label={field.label} data-testid={`field-${field.key}`}>
      <Typography.Text type={text ? undefined : 'secondary'}>{text ? (field.type === 'money' ? `${text}元` : text) : '—'}</Typography.Text>
    </Form.Item>
  );
}
