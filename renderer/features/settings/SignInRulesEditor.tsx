import { Form, InputNumber, Space } from 'antd';

/** The idle lock and the wrong-password lock-out; the core reads them at each call and each sign-in. */
export function SignInRulesEditor() {
  return (
    <Space wrap size="large">
      <Form.Item label="无操作自动锁定（分钟）" name="idleLockMinutes" rules={[{ required: true, message: '请填写分钟数' }]} style={{ marginBottom: 0 }}>
        <InputNumber min={1} max={240} precision={0} data-testid="settings-idle-lock" />
      </Form.Item>
      <Form.Item label="密码连续输错（次）后锁定账号" name={['loginLockout', 'maxFailures']} rules={[{ required: true, message: '请填写次数' }]} style={{ marginBottom: 0 }}>
        <InputNumber min={3} max={20} precision={0} />
      </Form.Item>
      <Form.Item label="账号锁定（分钟）" name={['loginLockout', 'lockMinutes']} rules={[{ required: true, message: '请填写分钟数' }]} style={{ marginBottom: 0 }}>
        <InputNumber min={1} max={1440} precision={0} />
      </Form.Item>
    </Space>
  );
}
