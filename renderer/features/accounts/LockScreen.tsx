import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SessionStatus } from '../../../shared/contract/accounts';
import { api } from '../../api/client';
import { errorMessage, isLedgerError } from '../../lib/errors';
import './accounts.css';

/**
 * Covers the window while the session is locked (idle time or 锁定): the page underneath stays as it was, and only
 * the signed-in account's password opens it again. 退出登录 lets someone else sign in.
 */
export function LockScreen({ status, onStatus }: { status: SessionStatus; onStatus: (status: SessionStatus) => void }) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const unlock = async () => {
    setBusy(true);
    setError(null);
    try {
      onStatus(await api().accounts.unlock({ password }));
    } catch (caught) {
      setError(isLedgerError(caught) && caught.fields ? caught.fields.map((f) => f.message).join('；') : errorMessage(caught));
      setPassword('');
      // too many wrong passwords end the session in the core: follow it to the sign-in screen
      onStatus(await api().accounts.status({}));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="signin-backdrop lock-overlay" data-testid="lock-screen">
      <Card className="signin-card" title={<Space><LockOutlined />已锁定</Space>}>
        <Typography.Paragraph>
          {status.account?.displayName}（{status.account?.username}）的台账已锁定。请输入密码继续工作。
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={error} data-testid="lock-error" />}
        <Form layout="vertical" onFinish={() => void unlock()} disabled={busy}>
          <Form.Item label="密码" required>
            <Input.Password autoFocus value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" data-testid="lock-password" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy} disabled={password === ''} data-testid="lock-submit">
              解锁
            </Button>
            <Button onClick={() => void api().accounts.logout({}).then(onStatus)} data-testid="lock-logout">
              退出登录，换一个账号
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
