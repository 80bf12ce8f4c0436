import { z } from 'zod';
import { adminMethod, domain, query, withPaths, type MethodDef } from './define';
import type { JobStarted } from './jobs';

/** Why a backup was taken; automatic ones are thinned out by rotation, the others are kept until deleted by hand. */
export const BACKUP_REASONS = ['启动', '每小时', '关闭', '手动', '恢复前', '升级前'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
export const AUTOMATIC_REASONS: readonly BackupReason[] = ['启动', '每小时', '关闭'];

/** Live records in a ledger file, read from the file itself (a backup is opened read-only). */
export interface RecordCounts {
  companies: number;
  projects: number;
  clues: number;
  clueWorkers: number;
  inspections: number;
  problems: number;
}

export interface BackupEntry {
  /** full path of the copy */
  path: string;
  fileName: string;
  /** when it was taken, ISO 8601 */
  at: string;
  reason: BackupReason;
  sizeBytes: number;
  /** null when the copy cannot be read (it then cannot be restored either) */
  counts: RecordCounts | null;
}

export interface RestoreResult {
  restoredFrom: string;
  /** the ledger as it was just before the restore (a 恢复前 backup), so the restore can be undone */
  undoBackup: string | null;
  /** where a damaged ledger was moved, untouched */
  setAsidePath: string | null;
}

/**
 * What the start-up screen needs: 'normal', or 'damaged' when the ledger could not be opened or failed quick_check.
 * When damaged, the newest good backup is offered with what restoring it would lose.
 */
export type RecoveryStatus =
  | { mode: 'normal'; readOnlyReason: string | null }
  | {
      mode: 'damaged';
      dbPath: string;
      /** what is wrong, in Chinese */
      problem: string;
      /** the damaged file's record counts, when it can still be read */
      damagedCounts: RecordCounts | null;
      /** the newest backup that passes integrity_check, or null when there is none */
      newestGood: BackupEntry | null;
    };

export interface QuickCheckResult {
  ok: boolean;
  problems: string[];
}

/** Taking a backup writes no record, but only those who may change the ledger may fill the disk with copies. */
function writerTask<O>() {
  return <I extends z.ZodType>(input: I, summary: string): MethodDef<I, O> => ({ input, writes: false, access: 'write', summary });
}

const backupPath = z
  .string()
  .min(1)
  .max(1000)
  .refine((value) => value.toLowerCase().endsWith('.db'), '请选择台账备份文件（.db）');
const folderPath = z.string().min(1, { error: '请选择文件夹' }).max(1000);

export const backupsContract = domain('backups', {
  list: query<BackupEntry[]>()(z.strictObject({}).optional(), '备份列表：时间、大小、原因和记录数'),
  create: writerTask<JobStarted<BackupEntry>>()(z.strictObject({}).optional(), '立即备份到备份文件夹'),
  createTo: withPaths(adminMethod<JobStarted<BackupEntry>>(false)(z.strictObject({ folder: folderPath }), '备份到所选文件夹（如U盘）'), { folder: 'write' }),
  restore: withPaths(
    adminMethod<JobStarted<RestoreResult>>(true)(z.strictObject({ path: backupPath }), '从备份恢复台账：先把当前台账另存为“恢复前”备份（可撤销），再替换'),
    { path: 'read' },
  ),
});

export const recoveryContract = domain('recovery', {
  status: query<RecoveryStatus>()(z.strictObject({}).optional(), '台账是否完好；损坏时给出最新的完好备份'),
  // the renderer calls it once the first page has painted: quick_check and the start-up backup run after that
  started: query<QuickCheckResult>()(z.strictObject({}).optional(), '首屏显示后：快速检查台账文件并做启动备份'),
});
