import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ROLES, type Role } from '../../../shared/accounts/rules';
import type { AccountSummary } from '../../../shared/contract/accounts';
import { api } from '../../api/client';
import { errorMessage, isLedgerError } from '../../lib/errors';
import { NEW_PASSWORD_HINT, newPasswordRule } from './passwordRule';
import { useSession } from './SessionContext';

const ROLE_HINT: Record<Role, string> = {
  管理员: '设置、账号、恢复、查看个人信息和审计日志',
  录入员: '登记和修改记录',
  查看: '只能查看，不能修改',
};

type Dialog = { kind: 'create' } | { kind: 'reset'; account: AccountSummary } | null;

/** 账号管理 (管理员): create accounts, change a role, disable, reset a forgotten password. Accounts are never deleted. */
export function AccountsPage() {
  const { message } = App.useApp();
  const { status } = useSession();
  const [accounts, setAccounts] = useState<AccountSummary[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();

  const reload = useCallback(async () => {
    try {
      setAccounts(await api().accounts.list({}));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }, [message]);

  useEffect(() => void reload(), [reload]);

  const change = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await reload();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const submitDialog = async () => {
    const values = (await form.validateFields()) as { username: string; displayName: string; role: Role; password: string };
    try {
      if (dialog?.kind === 'create') {
        await api().accounts.create(values);
        message.success(`已新建账号：${values.displayName}`);
      } else if (dialog?.kind === 'reset') {
        await api().accounts.resetPassword({ id: dialog.account.id, password: values.password });
        message.success(`已重置${dialog.account.displayName}的密码，账号锁定已解除`);
      }
      setDialog(null);
      form.resetFields();
      await reload();
    } catch (error) {
      if (isLedgerError(error) && error.fields) form.setFields(error.fields.map((f) => ({ name: f.field, errors: [f.message] })));
      else message.error(errorMessage(error));
    }
  };

  return (
    <div data-testid="page-accounts">
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="accounts-new">
          新建账号
        </Button>
        <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
          刷新
        </Button>
      </Space>
      <Table<AccountSummary>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={accounts}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          {
            title: '角色',
            dataIndex: 'role',
            render: (role: Role, account) => (
              <Select<Role>
                value={role}
                style={{ width: 110 }}
                aria-label={`${account.displayName}的角色`}
                options={ROLES.map((r) => ({ value: r, label: r, title: ROLE_HINT[r] }))}
                onChange={(next) => void change(() => api().accounts.update({ id: account.id, role: next }), `${account.displayName}的角色已改为${next}`)}
              />
            ),
          },
          {
            title: '状态',
            render: (_: unknown, account) =>
              account.lockedUntil && account.lockedUntil > new Date().toISOString() ? <Tag color="red">密码错误次数过多，已锁定</Tag> : account.disabled ? <Tag>已停用</Tag> : <Tag color="green">正常</Tag>,
          },
          {
            title: '启用',
            render: (_: unknown, account) => (
              <Switch
                checked={!account.disabled}
                disabled={account.id === status.account?.id}
                aria-label={`启用${account.displayName}`}
                onChange={(on) => void change(() => api().accounts.setDisabled({ id: account.id, disabled: !on }), on ? `已启用${account.displayName}` : `已停用${account.displayName}`)}
              />
            ),
          },
          { title: '最近登录', dataIndex: 'lastLoginAt', render: (at: string | null) => (at ? new Date(at).toLocaleString('zh-CN', { hour12: false }) : '从未登录') },
          {
            title: '操作',
            render: (_: unknown, account) => (
              <Button size="small" onClick={() => setDialog({ kind: 'reset', account })}>
                重置密码
              </Button>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        角色：管理员 — {ROLE_HINT['管理员']}；录入员 — {ROLE_HINT['录入员']}；查看 — {ROLE_HINT['查看']}。账号不能删除，不再使用的请停用（修改记录中的姓名保留）。
      </Typography.Paragraph>
      <Modal
        open={dialog !== null}
        title={dialog?.kind === 'reset' ? `重置密码：${dialog.account.displayName}` : '新建账号'}
        okText="保存"
        onOk={() => void submitDialog()}
        onCancel={() => {
          setDialog(null);
          form.resetFields();
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ role: '录入员' }}>
          {dialog?.kind === 'create' && (
            <>
              <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
                <Input data-testid="account-username" />
              </Form.Item>
              <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
                <Input data-testid="account-display-name" />
              </Form.Item>
              <Form.Item name="role" label="角色">
                <Select options={ROLES.map((r) => ({ value: r, label: `${r}（${ROLE_HINT[r]}）` }))} data-testid="account-role" />
              </Form.Item>
            </>
          )}
          <Form.Item name="password" label={dialog?.kind === 'reset' ? '新密码' : '初始密码'} extra={NEW_PASSWORD_HINT} rules={[{ required: true, message: '请输入密码' }, newPasswordRule]}>
            <Input.Password data-testid="account-password" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
