import type { BackupEntry } from '../../../shared/contract/backups';
import { backupProblem } from './copy';
import { listBackups } from './list';

/** The newest backup of a ledger that is one of ours and passes integrity_check, or null. */
export function newestGoodBackup(folder: string, dbPath: string): BackupEntry | null {
  for (const entry of listBackups(folder, dbPath)) {
    if (entry.counts !== null && backupProblem(entry.path) === null) return entry;
  }
  return null;
}
