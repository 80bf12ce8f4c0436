import { Alert, Descriptions, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLedgerData } from '../../app/LedgerDataContext';
import { onAboutRequest } from './aboutRequests';
import { AppFolders } from './AppFolders';
import { useAppInfo } from './useAppInfo';

/** 关于: the product, its version and where the ledger, backups, logs and exports are — what a help-desk call needs first. */
export function AboutDialog() {
  const [open, setOpen] = useState(false);
  const { info: ledger } = useLedgerData();
  const { info, error } = useAppInfo(open);

  useEffect(() => onAboutRequest(() => setOpen(true)), []);

  return (
    <Modal open={open} title="关于" footer={null} width={720} onCancel={() => setOpen(false)} destroyOnHidden wrapProps={{ 'data-testid': 'about-dialog' }}>
      {error && <Alert type="error" showIcon title="无法读取程序信息" description={error} />}
      {!info && !error && <Spin />}
      {info && (
        <>
          <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
            <Descriptions.Item label="程序">{info.productName}</Descriptions.Item>
            <Descriptions.Item label="版本">
              <span data-testid="about-version">{info.version}</span>
              {ledger ? `（数据结构版本 ${ledger.schemaVersion}）` : ''}
            </Descriptions.Item>
            {ledger && <Descriptions.Item label="台账文件">{ledger.dbPath}</Descriptions.Item>}
          </Descriptions>
          <AppFolders folders={info.folders} />
        </>
      )}
    </Modal>
  );
}
