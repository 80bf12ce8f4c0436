import { App, DatePicker, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { ProblemRecord } from '../../../../shared/contract/inspections';
import { toIsoDate } from '../../../../shared/dates';
import type { ProblemActionName } from '../../../../shared/domain/problem';
import { api } from '../../../api/client';
import { useLedgerData } from '../../../app/LedgerDataContext';
import { dateProps } from '../../../components/record-form/RecordFormField';
import { errorMessage, isLedgerError } from '../../../lib/errors';

interface Props {
  problem: ProblemRecord;
  action: { name: ProblemActionName; label: string };
  onClose: () => void;
  onDone: () => void;
}

interface ActionValues {
  date: string;
  reviewer?: string;
  note?: string;
}

/** What each action asks for: a review names the reviewer, and a failed review must say why. */
const DATE_LABEL: Record<ProblemActionName, string> = { start: '开始整改日期', report: '报告整改日期', passReview: '销号日期', failReview: '复核日期' };
const NOTE_LABEL: Record<ProblemActionName, string> = { start: '说明', report: '整改情况', passReview: '复核意见', failReview: '不通过原因' };
const NOTE_PLACEHOLDER: Record<ProblemActionName, string> = {
  start: '可不填',
  report: '如：已补签全部劳动合同，附花名册',
  passReview: '如：现场核实已整改到位',
  failReview: '说明未整改到位的情况和进一步要求',
};

/** One rectification step as a small form: date (today unless changed), reviewer for a review, and a note. */
export function ProblemActionModal({ problem, action, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const { info } = useLedgerData();
  const [form] = Form.useForm<ActionValues>();
  const [saving, setSaving] = useState(false);
  const isReview = action.name === 'passReview' || action.name === 'failReview';
  const needsReason = action.name === 'failReview';

  const submit = async (values: ActionValues) => {
    setSaving(true);
    try {
      await api().problems.act({
        id: problem.id,
        version: problem.version,
        action: action.name,
        date: values.date,
        note: values.note?.trim() || undefined,
        reviewer: isReview ? values.reviewer?.trim() : undefined,
      });
      message.success(`已${action.label}`);
      onDone();
    } catch (error) {
      if (isLedgerError(error) && error.fields) {
        const known = new Set(['date', 'reviewer', 'note']);
        form.setFields(error.fields.filter((f) => known.has(f.field)).map((f) => ({ name: f.field as keyof ActionValues, errors: [f.message] })));
      }
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`${action.label}：${String(problem['checkItem'] ?? '')}`}
      okText={`确定${action.label}`}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width={520}
      wrapProps={{ 'data-testid': 'problem-action-modal' }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ date: toIsoDate(new Date()), reviewer: isReview ? (info?.operator ?? '') : undefined }}
        onFinish={(v) => void submit(v)}
      >
        {isReview && (
          <div data-testid="act-reviewer">
            <Form.Item label="复核人" name="reviewer" rules={[{ required: true, whitespace: true, message: '请填写复核人' }]}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </div>
        )}
        <div data-testid="act-date">
          <Form.Item label={DATE_LABEL[action.name]} name="date" rules={[{ required: true, message: '请选择日期' }]} {...dateProps}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </div>
        <div data-testid="act-note">
          <Form.Item label={NOTE_LABEL[action.name]} name="note" rules={needsReason ? [{ required: true, whitespace: true, message: '请写明复核不通过的原因' }] : []}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} placeholder={NOTE_PLACEHOLDER[action.name]} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
