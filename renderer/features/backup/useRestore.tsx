import { App } from 'antd';
import { useCallback } from 'react';
import type { BackupEntry } from '../../../shared/contract/backups';
import { api } from '../../api/client';
import { errorMessage } from '../../lib/errors';
import { useJobRunner } from '../jobs/JobProvider';
import { countsText, timeText } from './backupText';

/**
 * 恢复…: a confirmation that says what will happen, the restore as a job, then a reload so every page reads the
 * restored ledger. `damaged` changes the wording: a damaged ledger is moved aside rather than saved as a backup.
 */
export function useRestore(damaged: boolean): (backup: BackupEntry) => void {
  const { modal, message } = App.useApp();
  const jobs = useJobRunner();
  return useCallback(
    (backup: BackupEntry) => {
      modal.confirm({
        title: `从 ${timeText(backup.at)} 的备份恢复台账？`,
        width: 560,
        content: (
          <div data-testid="restore-confirm">
            <p>备份中的记录：{countsText(backup.counts)}。</p>
            {damaged ? (
              <p>已损坏的台账文件将原样移到“已损坏的台账”文件夹（不做任何改动），再用这个备份替换。</p>
            ) : (
              <p>恢复前，当前台账会先另存为一个“恢复前”备份，如需撤销，可从那个备份再恢复一次。</p>
            )}
            <p>这个备份之后录入或修改的内容将不在恢复后的台账中。恢复完成后程序会重新载入。</p>
          </div>
        ),
        okText: '恢复',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: async () => {
          try {
            const result = await jobs.run('从备份恢复台账', () => api().backups.restore({ path: backup.path }));
            if (result) window.location.reload();
          } catch (error) {
            message.error(errorMessage(error));
          }
        },
      });
    },
    [damaged, jobs, message, modal],
  );
}
