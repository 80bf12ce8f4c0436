import { Alert, Card, Spin } from 'antd';
import { AppFolders } from './AppFolders';
import { useAppInfo } from './useAppInfo';

/** 设置 → 程序文件夹: where the ledger, backups, logs and exports are, each with 打开 (to copy the ledger to a new PC). */
export function AppFoldersCard() {
  const { info, error } = useAppInfo();
  return (
    <Card size="small" title="程序文件夹" style={{ marginBottom: 16 }} data-testid="settings-folders">
      {error ? <Alert type="error" showIcon title="无法读取文件夹位置" description={error} /> : info ? <AppFolders folders={info.folders} /> : <Spin />}
    </Card>
  );
}
