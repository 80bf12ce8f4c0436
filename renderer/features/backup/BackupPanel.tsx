import { CloudUploadOutlined, FolderOpenOutlined, SaveOutlined, UsbOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { BackupEntry } from '../../../shared/contract/backups';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useJobRunner } from '../jobs/JobProvider';
import { countsText, sizeText, timeText } from './backupText';
import { useRestore } from './useRestore';

/**
 * 设置 → 备份与恢复: the backups with their time, size and record counts; back up now, to a USB stick, restore, and
 * open the backups folder. Automatic backups are made at start-up, hourly while there are changes, and on close.
 */
export function BackupPanel() {
  const { message } = App.useApp();
  const jobs = useJobRunner();
  const restore = useRestore(false);
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);

  const reload = useCallback(async () => {
    try {
      setBackups(await api().backups.list({}));
    } catch (error) {
      message.error(errorMessage(error));
    }
  }, [message]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const backUp = async (folder?: string) => {
    try {
      const taken = await jobs.run(folder ? '备份到所选文件夹' : '备份台账', () => (folder ? api().backups.createTo({ folder }) : api().backups.create({})));
      if (taken) message.success(`已备份：${taken.path}`);
      await reload();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const toStick = async () => {
    const chosen = await api().shell.chooseFolder({ title: '选择U盘或备份文件夹' });
    if (chosen) await backUp(chosen.path);
  };

  return (
    <Card size="small" title="备份与恢复" style={{ marginBottom: 16 }} data-testid="backup-panel">
      <div className="ledger-toolbar">
        <Typography.Text type="secondary">程序在启动后、有修改时每小时、关闭时自动备份；自动备份保留最近24小时、30天、12个月各一份，手动备份一直保留。</Typography.Text>
        <Space>
          <Button type="primary" icon={<SaveOutlined />} onClick={() => void backUp()} data-testid="backup-now">
            立即备份
          </Button>
          <Button icon={<UsbOutlined />} onClick={() => void toStick()} data-testid="backup-to-folder">
            备份到U盘…
          </Button>
          <Button icon={<FolderOpenOutlined />} onClick={() => void api().shell.openFolder({ folder: 'backups' })}>
            打开备份文件夹
          </Button>
        </Space>
      </div>
      <Table<BackupEntry>
        size="small"
        rowKey="path"
        loading={backups === null}
        dataSource={backups ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有备份' }}
        data-testid="backup-list"
        columns={[
          { title: '备份时间', dataIndex: 'at', width: 170, render: (at: string) => timeText(at) },
          { title: '原因', dataIndex: 'reason', width: 80, render: (reason: string) => <Tag>{reason}</Tag> },
          { title: '大小', dataIndex: 'sizeBytes', width: 90, align: 'right', render: (bytes: number) => sizeText(bytes) },
          { title: '记录数', dataIndex: 'counts', render: (_: unknown, row) => countsText(row.counts) },
          {
            title: '',
            key: 'restore',
            width: 90,
            render: (_: unknown, row) => (
              <Button size="small" icon={<CloudUploadOutlined />} disabled={row.counts === null} onClick={() => restore(row)}>
                恢复…
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
