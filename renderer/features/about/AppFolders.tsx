import { FolderOpenOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Typography } from 'antd';
import type { AppFolder, AppInfo } from '../../../shared/contract/shell';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';

const LABELS: Record<AppFolder, string> = {
  data: '台账文件夹',
  backups: '备份文件夹',
  logs: '日志文件夹',
  exports: '导出文件夹',
};

/** The program's folders with 打开 (in Explorer): in 关于 and in 设置, so a clerk can find the ledger to copy it. */
export function AppFolders({ folders }: { folders: AppInfo['folders'] }) {
  const { message } = App.useApp();
  const open = async (folder: AppFolder) => {
    try {
      const { opened } = await api().shell.openFolder({ folder });
      if (!opened) message.warning(`无法打开${LABELS[folder]}（可能尚未创建）`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Descriptions column={1} size="small" bordered data-testid="app-folders">
      {(Object.keys(LABELS) as AppFolder[]).map((folder) => (
        <Descriptions.Item key={folder} label={LABELS[folder]}>
          <Typography.Text copyable={{ text: folders[folder], tooltips: ['复制路径', '已复制'] }} data-testid={`folder-${folder}`}>
            {folders[folder]}
          </Typography.Text>
          <Button size="small" type="link" icon={<FolderOpenOutlined />} onClick={() => void open(folder)} data-testid={`open-folder-${folder}`}>
            打开
          </Button>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
