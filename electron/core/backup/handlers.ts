import type { RecoveryStatus } from '../../../shared/contract/backups';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../handler-types';
import { countRecordsInFile } from './counts';
import { newestGoodBackup } from './newest-good';
import { listBackups } from './list';
import { restoreOpenLedger } from './restore';

async function status(ctx: CoreContext): Promise<RecoveryStatus> {
  if (ctx.backups.damage === null) return { mode: 'normal', readOnlyReason: ctx.readOnlyReason };
  return {
    mode: 'damaged',
    dbPath: ctx.dbPath,
    problem: `台账文件未通过快速检查：${ctx.backups.damage.slice(0, 3).join('；')}`,
    damagedCounts: countRecordsInFile(ctx.dbPath),
    newestGood: newestGoodBackup(ctx.backupsDir, ctx.dbPath),
  };
}

export const backupHandlers: HandlersOf<'backups'> = {
  'backups.list': (_input, ctx) => listBackups(ctx.backupsDir, ctx.dbPath),
  'backups.create': (_input, ctx) => ctx.jobs.start('备份台账', (job) => ctx.backups.take(ctx, '手动', { progress: (done, total) => job.progress(done, total, '正在复制') })),
  'backups.createTo': (input, ctx) =>
    ctx.jobs.start('备份到所选文件夹', (job) =>
      ctx.backups.take(ctx, '手动', { folder: input.folder, progress: (done, total) => job.progress(done, total, '正在复制') }),
    ),
  'backups.restore': (input, ctx) => ctx.jobs.start('从备份恢复台账', (job) => restoreOpenLedger(ctx, input.path, job)),
};

export const recoveryHandlers: HandlersOf<'recovery'> = {
  'recovery.status': (_input, ctx) => status(ctx),
  'recovery.started': (_input, ctx) => ctx.backups.started(ctx),
};
