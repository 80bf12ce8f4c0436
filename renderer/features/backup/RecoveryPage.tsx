import { FolderOpenOutlined, MedicineBoxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Space, Typography } from 'antd';
import type { RecoveryStatus } from '../../../shared/contract/backups';
import { api } from '../../api/client';
import { countsText, sizeText, timeText } from './backupText';
import { useRestore } from './useRestore';

type Damaged = Extract<RecoveryStatus, { mode: 'damaged' }>;

/** The start-up screen when the ledger is damaged: what is wrong, the newest good backup, and what restoring loses. */
export function RecoveryPage({ status }: { status: Damaged }) {
  const restore = useRestore(true);
  const backup = status.newestGood;
  return (
    <div className="recovery-page" data-testid="recovery-page" style={{ maxWidth: 820, margin: '40px auto', padding: '0 16px' }}>
      <Result
        status="warning"
        title="台账文件已损坏，需要从备份恢复"
        subTitle={<Typography.Text type="secondary">台账文件：{status.dbPath}</Typography.Text>}
      />
      <Alert type="error" showIcon title="发现的问题" description={status.problem} style={{ marginBottom: 16 }} />
      {backup ? (
        <Card size="small" title="最新的完好备份">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="备份时间">{timeText(backup.at)}（{backup.reason}）</Descriptions.Item>
            <Descriptions.Item label="大小">{sizeText(backup.sizeBytes)}</Descriptions.Item>
            <Descriptions.Item label="备份中的记录">{countsText(backup.counts)}</Descriptions.Item>
            <Descriptions.Item label="损坏文件中的记录">{status.damagedCounts ? countsText(status.damagedCounts) : '无法读取'}</Descriptions.Item>
            <Descriptions.Item label="将会丢失">{timeText(backup.at)} 之后录入或修改的内容</Descriptions.Item>
          </Descriptions>
          <Space style={{ marginTop: 16 }}>
            <Button type="primary" danger icon={<MedicineBoxOutlined />} onClick={() => restore(backup)} data-testid="recovery-restore">
              用这个备份恢复…
            </Button>
            <Button icon={<FolderOpenOutlined />} onClick={() => void api().shell.openFolder({ folder: 'backups' })}>
              打开备份文件夹
            </Button>
          </Space>
        </Card>
      ) : (
        <Alert
          type="warning"
          showIcon
          title="没有找到完好的备份"
          description="备份文件夹中没有可用的备份。请联系维护人员；损坏的台账文件没有被改动。"
        />
      )}
    </div>
  );
}
