import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { IssuedDocument } from '../../../shared/contract/documents';
import { api } from '../../api/client';
import { dateProps } from '../../components/record-form/RecordFormField';
import { errorMessage } from '../../lib/errors';

interface Props {
  document: IssuedDocument;
  onClose: () => void;
  onDone: (document: IssuedDocument) => void;
}

/** 登记送达: the date the 送达回证 came back signed, and who signed it. */
export function ServeDocumentModal({ document, onClose, onDone }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ servedDate: string; receiver: string }>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const served = await api().documents.serve({ id: document.id, servedDate: values.servedDate, receiver: values.receiver });
      message.success(`已登记送达：${served.number}`);
      onDone(served);
    } catch (failure) {
      message.error(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`登记送达\u3000${document.number}`} okText="登记" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={{ servedDate: dayjs().format('YYYY-MM-DD'), receiver: '' }}>
        <Form.Item name="servedDate" label="送达日期" rules={[{ required: true, message: '送达日期：必须填写' }]} {...dateProps}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="receiver" label="签收人" rules={[{ required: true, whitespace: true, message: '签收人：必须填写' }]}>
          <Input maxLength={50} data-testid="serve-receiver" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 作废: the number stays taken, with the reason; asks once more, since it cannot be undone. */
export function VoidDocumentModal({ document, onClose, onDone }: Props) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const submit = async () => {
    const { reason } = await form.validateFields();
    modal.confirm({
      title: `作废${document.number}？`,
      content: '作废后文号保留、不再使用，文书不能恢复。',
      okText: '作废',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const voided = await api().documents.void({ id: document.id, reason });
          message.success(`已作废：${voided.number}`);
          onDone(voided);
        } catch (failure) {
          message.error(errorMessage(failure));
        }
      },
    });
  };
  return (
    <Modal open title={`作废文书\u3000${document.number}`} okText="作废" okButtonProps={{ danger: true }} cancelText="取消" onOk={() => void submit()} onCancel={onClose}>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="作废原因" rules={[{ required: true, whitespace: true, message: '作废原因：必须填写' }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} data-testid="void-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
