import { Button, Input, Space } from 'antd';
import { useState } from 'react';

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** the masked value the record arrived with; empty for a new record */
  maskedValue: string | null;
  placeholder?: string;
  id?: string;
}

/**
 * Personal data (phone, ID, account numbers) arrives masked from the core. The form shows the masked value read-only
 * with a 修改 button; only after 修改 does the clerk type a full new value, which is then the only thing sent.
 */
export function PersonalInput({ value, onChange, maskedValue, placeholder, id }: Props) {
  const [editing, setEditing] = useState(!maskedValue);
  if (editing) {
    return (
      <Space.Compact style={{ width: '100%' }}>
        <Input id={id} value={value ?? ''} placeholder={placeholder ?? '请输入完整号码'} onChange={(e) => onChange?.(e.target.value)} autoComplete="off" />
        {maskedValue && (
          <Button
            onClick={() => {
              onChange?.(maskedValue);
              setEditing(false);
            }}
          >
            取消修改
          </Button>
        )}
      </Space.Compact>
    );
  }
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input id={id} value={maskedValue ?? ''} readOnly disabled />
      <Button
        onClick={() => {
          onChange?.('');
          setEditing(true);
        }}
      >
        修改
      </Button>
    </Space.Compact>
  );
}
