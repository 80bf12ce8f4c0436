import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import type { ClueRecord } from '../../../../shared/contract/clues';
import { toIsoDate } from '../../../../shared/dates';
import { SATISFACTION_LEVELS, type ClueActionName } from '../../../../shared/domain/clue-workflow';
import { formatFenAsYuan } from '../../../../shared/money';
import { api } from '../../../api/client';
import { useLedgerData } from '../../../app/LedgerDataContext';
import { CodeSelect } from '../../../components/record-form/CodeSelect';
import { dateProps } from '../../../components/record-form/RecordFormField';
import { errorMessage, isLedgerError } from '../../../lib/errors';
import { ACTION_DATE_LABEL, actionInput, type ActionFormValues } from './actionInput';
import { AssignFields } from './AssignFields';

interface Props {
  clue: ClueRecord;
  action: { name: ClueActionName; label: string };
  onClose: () => void;
  onDone: () => void;
}

const involved = (clue: ClueRecord) => {
  const workers = typeof clue['workersInvolved'] === 'number' ? `${clue['workersInvolved']}人` : '未登记';
  const amount = typeof clue['amountInvolved'] === 'number' ? `${formatFenAsYuan(clue['amountInvolved'])}元` : '未登记';
  return `登记的涉及人数：${workers}；涉及金额：${amount}`;
};

/** The fields an action asks for besides its date: exactly what the core needs for it, nothing else. */
function ActionFields({ clue, name }: { clue: ClueRecord; name: ClueActionName }) {
  const { settings } = useLedgerData();
  switch (name) {
    case 'assign':
    case 'reassign':
      return <AssignFields clue={clue} settings={settings} />;
    case 'feedback':
      return (
        <>
          <div data-testid="act-conclusion">
            <Form.Item label="核处结论" name="conclusion" rules={[{ required: true, message: '请选择核处结论' }]}>
              <CodeSelect codeList="conclusions" settings={settings} />
            </Form.Item>
          </div>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -8 }}>
            {involved(clue)}
          </Typography.Paragraph>
          <div style={{ display: 'flex', gap: 16 }}>
            <div data-testid="act-workersResolved" style={{ flex: 1 }}>
              <Form.Item label="解决人数" name="workersResolved">
                <InputNumber precision={0} min={0} style={{ width: '100%' }} suffix="人" />
              </Form.Item>
            </div>
            <div data-testid="act-amountResolved" style={{ flex: 1 }}>
              <Form.Item label="解决金额" name="amountResolved">
                <InputNumber stringMode precision={2} min="0" style={{ width: '100%' }} suffix="元" placeholder="0.00" />
              </Form.Item>
            </div>
          </div>
          <div data-testid="act-unresolvedReason">
            <Form.Item label="未解决原因（部分解决或未解决时填写）" name="unresolvedReason">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </div>
        </>
      );
    case 'followUp':
      return (
        <div data-testid="act-satisfaction">
          <Form.Item label="回访满意度" name="satisfaction" rules={[{ required: true, message: '请选择回访满意度' }]} extra="回访“不满意”的线索可以重新交办">
            <Radio.Group options={SATISFACTION_LEVELS.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
        </div>
      );
    default:
      return null;
  }
}

/** One workflow action as a small form: its own fields, the date (today unless changed) and a note. */
export function ClueActionModal({ clue, action, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionFormValues>();
  const [saving, setSaving] = useState(false);
  const isSendBack = action.name === 'sendBack';

  const submit = async (values: ActionFormValues) => {
    const converted = actionInput(values);
    if (!converted.ok) {
      form.setFields([{ name: converted.field, errors: [converted.message] }]);
      return;
    }
    setSaving(true);
    try {
      await api().clues.act({ id: clue.id, version: clue.version, action: action.name, ...converted.input });
      message.success(`已${action.label}`);
      onDone();
    } catch (error) {
      if (isLedgerError(error) && error.fields) {
        const known = new Set(Object.keys(form.getFieldsValue(true) as object));
        form.setFields(error.fields.filter((f) => known.has(f.field)).map((f) => ({ name: f.field as keyof ActionFormValues, errors: [f.message] })));
      }
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`${action.label}：${String(clue['clueNo'] ?? '')}`}
      okText={`确定${action.label}`}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width={560}
      wrapProps={{ 'data-testid': 'clue-action-modal' }}
    >
      <Form form={form} layout="vertical" initialValues={{ date: toIsoDate(new Date()) }} onFinish={(v) => void submit(v)}>
        <ActionFields clue={clue} name={action.name} />
        <div data-testid="act-date">
          <Form.Item label={ACTION_DATE_LABEL[action.name]} name="date" rules={[{ required: true, message: '请选择日期' }]} {...dateProps}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </div>
        <div data-testid="act-note">
          <Form.Item
            label={isSendBack ? '退回原因' : '办理说明'}
            name="note"
            rules={isSendBack ? [{ required: true, whitespace: true, message: '请填写退回原因' }] : []}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} placeholder={isSendBack ? '说明需要重办的问题' : '可不填'} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
