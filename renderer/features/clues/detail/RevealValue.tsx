import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { RecycledItem } from '../../../../shared/contract/system';
import { api } from '../../../api/client';
import { useCan } from '../../accounts/SessionContext';
import { errorMessage } from '../../../lib/errors';

interface Props {
  entity: RecycledItem['entity'];
  id: number;
  field: string;
  /** what the core sent: the masked value */
  masked: string | null;
  /** names the button for screen readers and tests, e.g. "投诉人身份证号" */
  label: string;
}

/**
 * A masked personal value with 显示: the full value is fetched only when asked for, one value at a time, and the
 * core writes the reveal to the audit log. Nothing is kept after the page closes.
 */
export function RevealValue({ entity, id, field, masked, label }: Props) {
  const { message } = App.useApp();
  const [revealed, setRevealed] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const can = useCan();

  if (!masked) return <span className="fact-empty">—</span>;
  if (revealed !== null) return <span data-testid={`revealed-${field}`}>{revealed}</span>;
  // only 管理员 may reveal personal data: the others see the masked value alone
  if (!can('admin')) return <span data-testid={`masked-${field}`}>{masked}</span>;

  const reveal = async () => {
    setLoading(true);
    try {
      const { value } = await api().system.reveal({ entity, id, field });
      setRevealed(value ?? '');
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  };

  return (
    <Space size={4}>
      <span data-testid={`masked-${field}`}>{masked}</span>
      <Button
        size="small"
        type="link"
        icon={<EyeOutlined />}
        loading={loading}
        onClick={() => void reveal()}
        aria-label={`显示${label}`}
        title="显示完整号码（将记入操作日志）"
        data-testid={`reveal-${field}`}
      >
        显示
      </Button>
    </Space>
  );
}
