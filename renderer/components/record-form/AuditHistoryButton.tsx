import { HistoryOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { AUDIT_ACTION_LABELS, changeText } from '../../../shared/audit-labels';
import type { AuditEntry } from '../../../shared/contract/system';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';

type RecordEntity = 'companies' | 'projects' | 'clues' | 'clueWorkers' | 'inspections' | 'problems' | 'plans' | 'workLogs';

/** 修改记录 of one record: who changed what and when, before → after, personal data masked by the core. */
export function AuditHistoryButton({ entity, id }: { entity: RecordEntity; id: number }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  const show = async () => {
    setOpen(true);
    setError(null);
    try {
      setEntries(await api().system.auditForRecord({ entity, id }));
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <>
      <Button size="small" type="link" icon={<HistoryOutlined />} onClick={() => void show()} data-testid="record-history">
        修改记录
      </Button>
      <Drawer open={open} onClose={() => setOpen(false)} title="修改记录" size="large" data-testid="record-history-drawer">
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
        {entries && entries.length === 0 && <Empty description="没有修改记录" />}
        {entries && (
          <Timeline
            items={entries.map((entry) => ({
              key: entry.id,
              children: (
                <div>
                  <Typography.Text strong>
                    {new Date(entry.at).toLocaleString('zh-CN', { hour12: false })} {entry.operator} {AUDIT_ACTION_LABELS[entry.action] ?? entry.action}
                  </Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap', color: '#555' }}>{changeText(entity, entry.before, entry.after)}</div>
                </div>
              ),
            }))}
          />
        )}
      </Drawer>
    </>
  );
}
