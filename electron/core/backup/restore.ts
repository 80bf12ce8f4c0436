import fs from 'node:fs';
import path from 'node:path';
import type { RestoreResult } from '../../../shared/contract/backups';
import { LedgerError } from '../../../shared/errors';
import type { CoreContext } from '../context';
import type { JobHandle } from '../jobs/registry';
import { backupProblem } from './copy';
import { ledgerBaseName, stampOf } from './names';
import { installCopy, setAsideFolder } from './swap';

/** Refuses a file that is not a sound ledger backup, or the ledger itself. */
export function checkRestorable(source: string, dbPath: string): void {
  if (path.resolve(source) === path.resolve(dbPath)) throw new LedgerError('VALIDATION', '不能从正在使用的台账文件本身恢复，请选择一个备份');
  if (!fs.existsSync(source)) throw new LedgerError('NOT_FOUND', `找不到备份文件“${source}”`);
  const problem = backupProblem(source);
  if (problem) throw new LedgerError('VALIDATION', `不能从“${path.basename(source)}”恢复：${problem}。当前台账未做任何改动。`);
}

/**
 * Restore while the ledger is open: a sound ledger is first saved as a 恢复前 backup (so the restore can be undone);
 * a ledger quick_check found damaged is preserved byte for byte in 已损坏的台账 instead (a backup of it would not
 * pass the check). Then the file is swapped: close, replace, reopen — the core keeps serving.
 */
export async function restoreOpenLedger(ctx: CoreContext, source: string, job: JobHandle): Promise<RestoreResult> {
  job.progress(0, 3, '正在检查备份文件');
  checkRestorable(source, ctx.dbPath);
  job.throwIfCancelled();
  const damaged = ctx.backups.damage !== null;
  let undoBackup: string | null = null;
  let setAsidePath: string | null = null;
  if (damaged) {
    setAsidePath = preserveDamaged(ctx.dbPath, ctx.now());
  } else {
    job.progress(1, 3, '正在保存当前台账（恢复前备份，可用来撤销本次恢复）');
    undoBackup = (await ctx.backups.take(ctx, '恢复前')).path;
  }
  job.throwIfCancelled(); // the last point where nothing has been replaced
  job.progress(2, 3, '正在替换台账文件');
  await ctx.replaceFile(() => installCopy(source, ctx.dbPath));
  ctx.backups.replaced(ctx);
  job.progress(3, 3, '恢复完成');
  return { restoredFrom: source, undoBackup, setAsidePath };
}

/**
 * The damaged file and its WAL copied byte for byte before the ledger is closed: closing an open SQLite file may
 * checkpoint into it, so the copy is taken while nothing writes. (A ledger that could not be opened at all is
 * moved aside untouched instead: see recovery-mode.ts.)
 */
function preserveDamaged(dbPath: string, at: Date): string {
  const folder = setAsideFolder(dbPath);
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, `${ledgerBaseName(dbPath)}-${stampOf(at)}${path.extname(dbPath) || '.db'}`);
  fs.copyFileSync(dbPath, target);
  if (fs.existsSync(`${dbPath}-wal`)) fs.copyFileSync(`${dbPath}-wal`, `${target}-wal`);
  return target;
}
