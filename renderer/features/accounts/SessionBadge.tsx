import { LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { ChangePasswordButton } from './ChangePasswordButton';
import { useSession } from './SessionContext';

/** The header's corner: who is working, in which role, and the 修改密码 / 锁定 / 退出 buttons. */
export function SessionBadge() {
  const { status, lock, logout } = useSession();
  if (!status.account) return null;
  return (
    <Space size="small" className="app-session" data-testid="session-badge">
      <UserOutlined />
      <Typography.Text data-testid="session-user">{status.account.displayName}</Typography.Text>
      <Tag color={status.account.role === '管理员' ? 'gold' : status.account.role === '录入员' ? 'blue' : 'default'} data-testid="session-role">
        {status.account.role}
      </Tag>
      <ChangePasswordButton />
      <Button size="small" icon={<LockOutlined />} onClick={() => void lock()} data-testid="session-lock">
        锁定
      </Button>
      <Button size="small" icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="session-logout">
        退出
      </Button>
    </Space>
  );
}
