import { KeyOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { errorMessage, isLedgerError } from '../../lib/errors';
import { NEW_PASSWORD_HINT, newPasswordRule } from './passwordRule';

interface PasswordForm {
  oldPassword: string;
  newPassword: string;
  repeat: string;
}

/** 修改密码: any signed-in account changes its own password, giving the current one first. */
export function ChangePasswordButton() {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<PasswordForm>();

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await api().accounts.changeOwnPassword({ oldPassword: values.oldPassword, newPassword: values.newPassword });
      message.success('密码已修改，下次登录请使用新密码');
      setOpen(false);
    } catch (error) {
      if (isLedgerError(error) && error.fields?.length) form.setFields(error.fields.map((f) => ({ name: f.field as keyof PasswordForm, errors: [f.message] })));
      else message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button size="small" icon={<KeyOutlined />} onClick={() => setOpen(true)} data-testid="session-change-password">
        修改密码
      </Button>
      <Modal
        title="修改密码"
        open={open}
        onOk={() => void save().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        okText="保存"
        cancelText="取消"
        confirmLoading={saving}
        destroyOnHidden
        data-testid="change-password-dialog"
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="oldPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" data-testid="change-password-old" />
          </Form.Item>
          <Form.Item name="newPassword" label="新密码" extra={NEW_PASSWORD_HINT} rules={[{ required: true, message: '请输入新密码' }, newPasswordRule]}>
            <Input.Password autoComplete="new-password" data-testid="change-password-new" />
          </Form.Item>
          <Form.Item
            name="repeat"
            label="再次输入新密码"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: (_, value: string) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="change-password-repeat" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
