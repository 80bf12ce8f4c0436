import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { passwordProblem, usernameProblem } from '../../../shared/accounts/rules';
import type { SessionStatus } from '../../../shared/contract/accounts';
import { api } from '../../api/client';
import { errorMessage, isLedgerError } from '../../lib/errors';
import './accounts.css';

interface Props {
  /** false on the very first start: the screen then creates the administrator */
  hasAccounts: boolean;
  onSignedIn: (status: SessionStatus) => void;
}

interface Values {
  username: string;
  displayName?: string;
  password: string;
  confirm?: string;
}

/** The first screen: sign in, or — when the ledger has no account yet — create the administrator. */
export function SignInScreen({ hasAccounts, onSignedIn }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const status = hasAccounts
        ? await api().accounts.login({ username: values.username, password: values.password })
        : await api().accounts.setupFirstAdmin({ username: values.username, displayName: values.displayName ?? '', password: values.password });
      onSignedIn(status);
    } catch (caught) {
      // the message names the field (密码连续输错…): shown under it and above the form
      if (isLedgerError(caught) && caught.fields) form.setFields(caught.fields.map((f) => ({ name: f.field as keyof Values, errors: [f.message] })));
      setError(isLedgerError(caught) && caught.fields ? caught.fields.map((f) => f.message).join('；') : errorMessage(caught));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin-backdrop" data-testid="signin-screen">
      <Card className="signin-card" title={<Typography.Title level={4} style={{ margin: 0 }}>根治欠薪工作台账</Typography.Title>}>
        {!hasAccounts && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title="首次使用：请创建管理员账号" description="管理员可以修改设置、管理账号、查看个人信息和审计日志。请牢记密码。" />
        )}
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} data-testid="signin-error" />}
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false} disabled={busy}>
          <Form.Item
            name="username"
            label="用户名"
            rules={[
              { required: true, message: '请输入用户名' },
              ...(hasAccounts ? [] : [{ validator: (_: unknown, value: string) => (value && usernameProblem(value) ? Promise.reject(new Error(usernameProblem(value) ?? '')) : Promise.resolve()) }]),
            ]}
          >
            <Input prefix={<UserOutlined />} autoFocus autoComplete="username" data-testid="signin-username" />
          </Form.Item>
          {!hasAccounts && (
            <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名（写入修改记录）' }]}>
              <Input data-testid="signin-display-name" />
            </Form.Item>
          )}
          <Form.Item
            name="password"
            label="密码"
            extra={hasAccounts ? undefined : '至少8位，须同时包含字母和数字'}
            rules={[
              { required: true, message: '请输入密码' },
              ...(hasAccounts ? [] : [{ validator: (_: unknown, value: string) => (value && passwordProblem(value) ? Promise.reject(new Error(passwordProblem(value) ?? '')) : Promise.resolve()) }]),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete={hasAccounts ? 'current-password' : 'new-password'} data-testid="signin-password" />
          </Form.Item>
          {!hasAccounts && (
            <Form.Item
              name="confirm"
              label="再次输入密码"
              dependencies={['password']}
              rules={[
                { required: true, message: '请再次输入密码' },
                ({ getFieldValue }) => ({ validator: (_, value) => (value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) }),
              ]}
            >
              <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="signin-confirm" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="signin-submit">
            {hasAccounts ? '登录' : '创建管理员并登录'}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
