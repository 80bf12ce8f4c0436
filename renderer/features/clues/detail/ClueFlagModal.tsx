import { App, DatePicker, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { ClueRecord } from '../../../../shared/contract/clues';
import { toIsoDate } from '../../../../shared/dates';
import { api } from '../../../api/client';
import { useLedgerData } from '../../../app/LedgerDataContext';
import { CodeSelect } from '../../../components/record-form/CodeSelect';
import { dateProps } from '../../../components/record-form/RecordFormField';
import { errorMessage } from '../../../lib/errors';
import type { FlagDef } from './clueFlags';

interface FlagFormValues {
  date?: string;
  reason?: string;
  leader?: string | null;
  plan?: string;
  caseNumber?: string;
}

interface Props {
  clue: ClueRecord;
  def: FlagDef;
  /** true: set the flag; false: lift it */
  on: boolean;
  onClose: () => void;
  onDone: () => void;
}

const DATE_LABEL: Record<FlagDef['flag'], string> = {
  supervised: '督办日期',
  leaderOwned: '包案日期',
  caseFiled: '立案日期',
  referredToPolice: '移送日期',
  guidedToArbitration: '引导日期',
};

/** Sets or lifts one escalation flag, asking what that flag needs (督办原因, 包案领导 and 方案, 立案编号…). */
export function ClueFlagModal({ clue, def, on, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const { settings } = useLedgerData();
  const [form] = Form.useForm<FlagFormValues>();
  const [saving, setSaving] = useState(false);
  const title = on ? def.label : `取消${def.label}`;

  const submit = async (values: FlagFormValues) => {
    const extra: Record<string, string> = {};
    for (const [key, value] of Object.entries(values)) if (typeof value === 'string' && value.trim()) extra[key] = value.trim();
    setSaving(true);
    try {
      await api().clues.setFlag({ id: clue.id, version: clue.version, flag: def.flag, on, ...extra });
      message.success(`已${title}`);
      onDone();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={`${title}：${String(clue['clueNo'] ?? '')}`}
      okText={`确定${title}`}
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width={520}
      wrapProps={{ 'data-testid': 'clue-flag-modal' }}
    >
      <Form form={form} layout="vertical" initialValues={{ date: toIsoDate(new Date()) }} onFinish={(v) => void submit(v)}>
        {on && def.flag === 'leaderOwned' && (
          <>
            <Form.Item label="包案领导" name="leader" rules={[{ required: true, message: '请选择包案领导' }]}>
              <CodeSelect codeList="leaders" settings={settings} />
            </Form.Item>
            <Form.Item label="包案方案" name="plan">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} placeholder="化解措施、责任人、时限" />
            </Form.Item>
          </>
        )}
        {on && def.flag === 'caseFiled' && (
          <Form.Item label="立案编号" name="caseNumber" rules={[{ required: true, whitespace: true, message: '请填写立案编号' }]}>
            <Input maxLength={60} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item label={on ? DATE_LABEL[def.flag] : '日期'} name="date" rules={[{ required: true, message: '请选择日期' }]} {...dateProps}>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item
          label={on && def.flag === 'supervised' ? '督办原因' : on ? '说明' : '取消原因'}
          name="reason"
          rules={on && def.flag === 'supervised' ? [{ required: true, whitespace: true, message: '请填写督办原因' }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
